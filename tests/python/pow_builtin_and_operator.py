print 2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 3, 2 ** -2, (-8) ** (1.0 / 3) if False else 'skip'
print 2 ** 62, 2 ** 63, 2 ** 64, type(2 ** 62).__name__, type(2 ** 63).__name__
print 10 ** 20, 7 ** 23, (-3) ** 41
print 2.0 ** 0.5, 4 ** 0.5, 8 ** (1.0 / 3), 1.5 ** 2, 10 ** -3, 10.0 ** 3
print pow(2, 10), pow(2, 10, 1000), pow(3, 200, 7), pow(-3, 3, 7), pow(3, 3, -7), pow(5L, 3, 13)
print pow(2, 100, 10 ** 9 + 7), pow(123456789, 987654321, 1000000007)
print pow(2.0, 3), pow(4, -1), pow(2, 0.5)
for args in [(2, -1, 5), (2.0, 2, 3), (2, 2, 0), (0.0, -1), (-8, 0.5), (10.0, 400)]:
    try:
        print pow(*args)
    except (TypeError, ValueError, ZeroDivisionError, OverflowError), e:
        print args, type(e).__name__ + ':', e
print (-8) ** 0.5 if False else 'complex needed'
print 1j ** 2, (1 + 1j) ** 2, pow(2j, 2)
print 2 ** 2 ** 3, (2 ** 2) ** 3, -1 ** 0.5
print True ** 2, False ** 0, 2 ** True
x = 3
x **= 4
print x
class Mod(object):
    def __init__(self, v):
        self.v = v
    def __pow__(self, e, m=None):
        if m is None:
            return Mod(self.v ** e)
        return Mod(pow(self.v, e, m))
    def __ipow__(self, e):
        self.v = self.v ** e + 1
        return self
    def __repr__(self):
        return 'Mod(%d)' % self.v
print Mod(3) ** 3, pow(Mod(3), 3, 5)
m = Mod(2)
m **= 3
print m
print 0.0 ** 0, 1 ** float('inf'), float('inf') ** 0, 2 ** float('-inf'), repr((-0.0) ** 3)
import math
print math.pow(2, 3), math.sqrt(16), math.exp(0), math.log(math.e), math.log(8, 2), math.log10(1000)
