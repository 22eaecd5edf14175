# Integer, long and float arithmetic: negative division/modulo, big factorials, float formatting.
import math
import sys

pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (13, 13)]
for a, b in pairs:
    print '%3d / %2d = %3d   %% = %3d   divmod=%r   float=%.4f' % (a, b, a / b, a % b, divmod(a, b), float(a) / b)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.5, 0.25)]:
    print a, b, a // b, a % b, divmod(a, b)

def fact(n):
    r = 1
    for i in xrange(2, n + 1):
        r *= i
    return r
f30 = fact(30)
print f30, type(f30).__name__, len(str(fact(100)))
print fact(25) // fact(23), fact(20) % 1000007, str(fact(50))[:20]
print sum(int(d) for d in str(fact(100)))
m = sys.maxint
print type(m).__name__, type(m + 1).__name__, (m + 1) - 1 == m, type((m + 1) - 1).__name__
print -m - 1, type(-m - 1).__name__, type(-m - 2).__name__
print 2 ** 64, 2 ** -2, (-2) ** 63, 10 ** 20 / 3, -(10 ** 20) / 3, -(10 ** 20) % 7
print 123456789 * 987654321, 12345678901234567890 % 97, divmod(-10 ** 18, 7)
print 1 << 70, (1 << 70) >> 68, -1 >> 3, ~(2 ** 65), 0xffffffffffff & 0xf0f0, 5 ^ 3 | 8
print abs(-2 ** 70), pow(3, 200, 1000), pow(2, 100), long(3.99), int(-3.99), int('  -42 ')
print 0.1 + 0.2, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, 1e16 + 1, 2.0 ** 0.5
print 1.0 / 3, 2.0 / 3, 10.0 / 7, 1e-5, 1e22, 1.5e300 * 1e10, -1e-320
print '%.3f %.0f %.0f %.0f %10.4e %g %g' % (2.0005, 0.5, 1.5, 2.5, 1234.5678, 1e-5, 123456789.0)
print round(2.675, 2), round(-0.5), round(1.5), round(1234.5678, -2), round(7, 1)
print repr(1.1), str(1.1), repr(1.0 / 3), str(1.0 / 3), float('inf'), -float('inf'), float('nan')
print math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fabs(-3), math.sqrt(2)
print math.factorial(20), math.gcd(12, 18) if hasattr(math, 'gcd') else 'no gcd', math.hypot(3, 4)
print 7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5, 2 ** 0.5 * 2 ** 0.5, int(2 ** 0.5 * 2 ** 0.5)
print float(2 ** 60), int(float(2 ** 60)), long(1e20), 10 ** 15 / 10.0 ** 15
print (1 << 100) / (1 << 98), float(1 << 100) / (1 << 98), 3 * 1.0 / 2, 3 / 2
print 17 % -5, -17 % 5, -17 % -5, 17.0 % -5, (-17) // 5, -(17 // 5)
print hex(255), hex(-255), oct(64), hex(2 ** 40), bin(10), int('ff', 16), int('777', 8), long('1' * 25)
print [x ** 2 % 10 for x in range(-5, 6)], sum(xrange(1, 10 ** 6, 7)), cmp(2 ** 80, 2.0 ** 80)
print 1e308 * 10, -1e308 * 10, 5e-324 / 2, 2 ** 1000 > 1e300, (2 ** 1000) % 1000
