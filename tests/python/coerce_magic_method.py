class Num:
    def __init__(self, v):
        self.v = v
    def __coerce__(self, other):
        print '  coerce(%r, %r)' % (self.v, other)
        if isinstance(other, Num):
            return self, other
        if isinstance(other, (int, float)):
            return self, Num(other)
        return None
    def __add__(self, other):
        return Num(self.v + other.v)
    def __mul__(self, other):
        return Num(self.v * other.v)
    def __radd__(self, other):
        print '  __radd__(%r)' % (other,)
        return Num(other.v + self.v)
    def __repr__(self):
        return 'Num(%r)' % self.v

print Num(2) + Num(3)
print Num(2) + 5
print 5 + Num(2)
try:
    print 5 * Num(2)
except TypeError, e:
    print 'TypeError:', e
print Num(1.5) * 2
try:
    Num(1) + 'x'
except (TypeError, AttributeError), e:
    print type(e).__name__, e

print coerce(1, 2.5), coerce(1L, 2), coerce(1, 1j), coerce(2.0, 3L), coerce(True, 1)
try:
    coerce(1, 'a')
except TypeError, e:
    print 'TypeError:', e

class NewNum(object):
    def __init__(self, v):
        self.v = v
    def __coerce__(self, other):
        print '  NewNum coerce called'
        return self, NewNum(other)
    def __add__(self, other):
        if isinstance(other, NewNum):
            return NewNum(self.v + other.v)
        return NotImplemented
    def __repr__(self):
        return 'NewNum(%r)' % self.v
print NewNum(1) + NewNum(2)
try:
    print NewNum(1) + 3
except TypeError, e:
    print 'TypeError (new-style ignores __coerce__ for +):', e
print coerce(NewNum(1), 7)
print (1).__coerce__(2), (1).__coerce__(2.0), (1.0).__coerce__(2)
