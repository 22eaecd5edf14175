class Money:
    def __init__(self, amount, currency='USD'):
        self.amount = amount
        self.currency = currency
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.amount + other.amount, self.currency)
        return Money(self.amount + other, self.currency)
    __radd__ = __add__
    def __sub__(self, other):
        return Money(self.amount - other.amount, self.currency)
    def __mul__(self, k):
        return Money(self.amount * k, self.currency)
    def __neg__(self):
        return Money(-self.amount, self.currency)
    def __cmp__(self, other):
        return cmp(self.amount, other.amount)
    def __repr__(self):
        return 'Money(%r, %r)' % (self.amount, self.currency)
    def __str__(self):
        return '%.2f %s' % (self.amount, self.currency)
    def __nonzero__(self):
        return self.amount != 0
    def __hash__(self):
        return hash((self.amount, self.currency))
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return (self.amount, self.currency)[i]
    def __call__(self, rate):
        return Money(self.amount * rate, 'EUR')
    def __int__(self):
        return int(self.amount)
    def __float__(self):
        return float(self.amount)

a = Money(10)
b = Money(2.5)
print a + b, a - b, a * 3, -a, 5 + a, a + 5
print repr(a + b), str(a), [a, b]
print a > b, a == Money(10), sorted([a, b, Money(0)])
print bool(Money(0)), bool(a), len(a), a[0], a[1], list(a)
print a(0.9), int(Money(7.9)), float(Money(3))
print sum([a, b, Money(1)], Money(0))
print {a: 'ten'}[Money(10)]
print type(a).__name__, a.__class__.__name__, isinstance(a, Money)
try:
    a / 2
except TypeError, e:
    print 'TypeError:', e
try:
    a < 3
except AttributeError, e:
    print 'AttributeError:', e
class Acc:
    def __init__(self):
        self.v = 0
    def __iadd__(self, x):
        self.v += x
        return self
acc = Acc()
acc += 5
acc += 6
print acc.v, type(acc).__name__
class NoOps:
    pass
try:
    NoOps() + 1
except TypeError, e:
    print 'TypeError:', e
try:
    len(NoOps())
except AttributeError, e:
    print 'AttributeError:', e
