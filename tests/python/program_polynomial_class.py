class Poly(object):
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]
    @property
    def degree(self):
        return len(self.c) - 1
    def __call__(self, x):
        result = 0
        for coef in reversed(self.c):
            result = result * x + coef
        return result
    def __add__(self, other):
        other = other if isinstance(other, Poly) else Poly([other])
        n = max(len(self.c), len(other.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (other.c[i] if i < len(other.c) else 0) for i in range(n)])
    __radd__ = __add__
    def __neg__(self):
        return Poly([-x for x in self.c])
    def __sub__(self, other):
        return self + (-other if isinstance(other, Poly) else Poly([-other]))
    def __rsub__(self, other):
        return (-self) + other
    def __mul__(self, other):
        if not isinstance(other, Poly):
            return Poly([x * other for x in self.c])
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(out)
    __rmul__ = __mul__
    def __pow__(self, n):
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result
    def __eq__(self, other):
        return isinstance(other, Poly) and self.c == other.c
    def __ne__(self, other):
        return not self == other
    def derivative(self):
        return Poly([i * c for i, c in enumerate(self.c)][1:] or [0])
    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            c = self.c[i]
            if c == 0 and len(self.c) > 1:
                continue
            if i == 0:
                terms.append('%r' % c)
            elif i == 1:
                terms.append('%rx' % c if c != 1 else 'x')
            else:
                terms.append('%rx^%d' % (c, i) if c != 1 else 'x^%d' % i)
        return ' + '.join(terms).replace('+ -', '- ')

x = Poly([0, 1])
p = 3 * x ** 2 - 2 * x + 1
q = x - 1
print p, '|', q, '|', p.degree
print p + q, '|', p - q, '|', p * q, '|', q ** 3
print [p(v) for v in range(-2, 3)], p(0.5), p(10 ** 10)
print p.derivative(), p.derivative().derivative(), Poly([5]).derivative()
print (x + 1) ** 2 == x ** 2 + 2 * x + 1, x != x + 0, Poly([0, 0, 0]), Poly([])
print 1 - x, 2 + x * 0, (x ** 10)(2), Poly([1.5, -0.5])
def newton(poly, guess, steps=20):
    d = poly.derivative()
    for _ in range(steps):
        guess = guess - poly(guess) / float(d(guess))
    return guess
print round(newton(x ** 2 - 2, 1.0), 12), round(newton(x ** 3 - x - 1, 1.5), 10)
