class Money(object):
    def __init__(self, cents):
        self.cents = cents
    def __cmp__(self, other):
        print '__cmp__',
        if isinstance(other, Money):
            return cmp(self.cents, other.cents)
        return cmp(self.cents, other)
    def __repr__(self):
        return 'Money(%d)' % self.cents

a, b = Money(100), Money(250)
print a < b, a > b, a == Money(100), a != b, a <= 100, a >= 101
print sorted([b, a, Money(5)])
print cmp(a, b), cmp(b, a), cmp(a, Money(100))

class Rich(object):
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print 'eq',
        return self.v == getattr(o, 'v', o)
    def __lt__(self, o):
        print 'lt',
        return self.v < getattr(o, 'v', o)
    def __cmp__(self, o):
        print 'cmp-not-used',
        return 0
r1, r2 = Rich(1), Rich(2)
print r1 == r2, r1 < r2
print r1 != r2
print r2 > r1
print r1 == 1, 1 == r1

class OnlyCmp:
    def __init__(self, k):
        self.k = k
    def __cmp__(self, other):
        return cmp(self.k, other.k)
print max(OnlyCmp(3), OnlyCmp(7)).k, min([OnlyCmp(3), OnlyCmp(-1)]).k

print cmp(1, 2), cmp('b', 'a'), cmp([1, 2], [1, 2]), cmp((1,), (1, 0)), cmp(None, 0), cmp(1, 1.0)
print cmp(3, 'a'), cmp({}, []), cmp(2 ** 70, 1.0)

class WeirdCmp(object):
    def __cmp__(self, o):
        return -5
print WeirdCmp() < WeirdCmp(), cmp(WeirdCmp(), 1)
class BadCmp(object):
    def __cmp__(self, o):
        return 'no'
try:
    BadCmp() < BadCmp()
except TypeError, e:
    print 'TypeError:', e

class Eq(object):
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Eq) and self.v == o.v
print Eq(1) == Eq(1), Eq(1) != Eq(1), Eq(1) in [Eq(0), Eq(1)], [Eq(2)].index(Eq(2))
print sorted([3, 1, 2], cmp=lambda x, y: cmp(y, x)), sorted(['B', 'a', 'C'], cmp=lambda x, y: cmp(x.lower(), y.lower()))
