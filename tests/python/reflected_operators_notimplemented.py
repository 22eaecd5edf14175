class Meters(object):
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'Meters(%r)' % self.v
    def __add__(self, other):
        print '  Meters.__add__(%r)' % (other,)
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print '  Meters.__radd__(%r)' % (other,)
        if isinstance(other, (int, float)):
            return Meters(other + self.v)
        return NotImplemented
    def __sub__(self, other):
        return NotImplemented
    def __rsub__(self, other):
        print '  Meters.__rsub__(%r)' % (other,)
        return Meters(other - self.v)
    def __lt__(self, other):
        print '  Meters.__lt__'
        return NotImplemented
    def __gt__(self, other):
        print '  Meters.__gt__'
        return self.v > getattr(other, 'v', other)
    def __pow__(self, other, mod=None):
        return ('pow', self.v, other, mod)
    def __rpow__(self, other):
        return ('rpow', other, self.v)

class Feet(object):
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'Feet(%r)' % self.v
    def __add__(self, other):
        print '  Feet.__add__'
        return NotImplemented
    def __radd__(self, other):
        print '  Feet.__radd__'
        return 'feet-radd'

class SubMeters(Meters):
    def __radd__(self, other):
        print '  SubMeters.__radd__'
        return 'sub wins'

m = Meters(5)
print m + 1
print 1 + m
print 2.5 + m
print m + m
print m + Feet(1)
try:
    print Feet(1) + m
except TypeError, e:
    print 'TypeError:', e
print Meters(1) + SubMeters(2)
print 10 - m
try:
    print m - 3
except TypeError, e:
    print 'TypeError:', e
try:
    print m + 'x'
except TypeError, e:
    print 'TypeError:', e
print m < 3
print 3 < m
print m ** 2, 2 ** m, pow(m, 2, 7)
print NotImplemented, repr(NotImplemented), type(NotImplemented).__name__
print (1).__add__(1.5), (1.5).__radd__(1), (3).__rsub__(10)
print 'ab'.__add__(1) if False else 'skip'
print (1).__add__('x')
print [1].__add__ if False else 'list'
