# Old-style classes implementing arithmetic without __coerce__, plus __getattr__ fallbacks.

class Money:
    def __init__(self, cents, cur='USD'):
        self.cents = cents
        self.cur = cur
    def _other(self, o):
        if isinstance(o, Money):
            if o.cur != self.cur:
                raise ValueError('currency mismatch %s/%s' % (self.cur, o.cur))
            return o.cents
        return int(o * 100)
    def __add__(self, o):
        return Money(self.cents + self._other(o), self.cur)
    __radd__ = __add__
    def __sub__(self, o):
        return Money(self.cents - self._other(o), self.cur)
    def __rsub__(self, o):
        return Money(self._other(o) - self.cents, self.cur)
    def __mul__(self, k):
        return Money(int(round(self.cents * k)), self.cur)
    __rmul__ = __mul__
    def __div__(self, k):
        return Money(self.cents // k, self.cur)
    def __neg__(self):
        return Money(-self.cents, self.cur)
    def __abs__(self):
        return Money(abs(self.cents), self.cur)
    def __cmp__(self, o):
        return cmp(self.cents, self._other(o))
    def __nonzero__(self):
        return self.cents != 0
    def __str__(self):
        sign = '-' if self.cents < 0 else ''
        c = abs(self.cents)
        return '%s%s %d.%02d' % (sign, self.cur, c // 100, c % 100)
    __repr__ = __str__
    def __getattr__(self, name):
        if name == 'dollars':
            return self.cents / 100.0
        raise AttributeError(name)

a = Money(1050)
b = Money(299)
print a + b, a - b, b - a, a * 3, 2 * b, a / 4
print 5 + a, 20 - a, -a, abs(-a)
print a > b, a == Money(1050), a != b, a < 10.51, cmp(a, b)
print bool(Money(0)), bool(a), a.dollars
print sorted([a, b, Money(5), Money(-200)])
print sum([a, b, Money(1)], Money(0))
try:
    a + Money(1, 'EUR')
except ValueError as e:
    print 'ValueError:', e
try:
    a.yen
except AttributeError as e:
    print 'AttributeError:', e
print type(a).__name__, a.__class__.__name__, isinstance(a, Money)

class Proxy:
    def __init__(self, target):
        self.__dict__['_t'] = target
        self.__dict__['_log'] = []
    def __getattr__(self, name):
        self._log.append('get ' + name)
        return getattr(self._t, name)
    def __setattr__(self, name, value):
        self._log.append('set ' + name)
        setattr(self._t, name, value)
    def __len__(self):
        return len(self._log)

px = Proxy(a)
print px.cents, px.cur
px.cents = 5
print a, len(px), px._log
total = Money(0)
for i in range(1, 6):
    total += Money(i * 111)
total -= 1
print total, total * 0.5
