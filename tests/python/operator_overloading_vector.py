class Vector(object):
    def __init__(self, *components):
        self.c = tuple(components)
    def __repr__(self):
        return 'Vector%r' % (self.c,)
    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(*[a + b for a, b in zip(self.c, other.c)])
        return NotImplemented
    def __sub__(self, other):
        return Vector(*[a - b for a, b in zip(self.c, other.c)])
    def __mul__(self, k):
        if isinstance(k, (int, long, float)):
            return Vector(*[a * k for a in self.c])
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self.c, k.c))
        return NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return Vector(*[-a for a in self.c])
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c
    def __ne__(self, other):
        return not self == other
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __iter__(self):
        return iter(self.c)
    def __nonzero__(self):
        return any(self.c)
    def __hash__(self):
        return hash(self.c)
    def __contains__(self, x):
        return x in self.c
    def __iadd__(self, other):
        print '(iadd)',
        self.c = (self + other).c
        return self

v = Vector(1, 2, 3)
w = Vector(4, 5, 6)
print v + w, v - w, v * 2, 3 * v, v * w
print -v, +v, abs(Vector(3, 4))
print v == Vector(1, 2, 3), v != w, v == 5
print len(v), v[0], v[-1], list(v), v[1:]
print bool(v), bool(Vector(0, 0)), 2 in v, 9 in v
x = v
x += w
print x, v, x is v
try:
    v + 1
except TypeError, e:
    print 'TypeError:', e
try:
    v * 'a'
except TypeError, e:
    print 'TypeError:', e
d = {Vector(1, 1): 'one-one'}
print d[Vector(1, 1)]
a, b, c = Vector(7, 8, 9)
print a, b, c
print sorted([Vector(3), Vector(1), Vector(2)], key=lambda q: q[0])
print sum([Vector(1, 1), Vector(2, 2)], Vector(0, 0))
