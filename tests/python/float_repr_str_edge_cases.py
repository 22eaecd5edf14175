vals = [0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 1e16, 1e15, 123456789012345678.0,
        1e-4, 1e-5, 0.0001234, 1e22, 1e23, 1.5e300 * 1e10, 5e-324, 2.0 ** 0.5,
        100.0, 1e100, 12345.678, -0.0, 0.0, 3.14159265358979, 1.0 * 10 ** 17,
        float('inf'), float('-inf'), float('nan'), 9007199254740993.0, 0.30000000000000004]
for v in vals:
    print repr(v), str(v), v
print 1e16, 1e15, 1.0, 10.0, 1e5, 1.23e-7
print '%s %r' % (0.1 + 0.2, 0.1 + 0.2)
print [0.1, 0.5, 1e16], (1.1,)
print {1.5: 2.25}
print str(1.0000000000001), repr(1.0000000000001)
print str(123456789.123456789), repr(123456789.123456789)
print float('1e500'), float('-1e500'), float('  3.5  '), float('+2'), float('-.5')
print float('Infinity'), float('NaN'), float('-nan'), float('inF')
try:
    float('abc')
except ValueError, e:
    print 'ValueError:', e
try:
    float('')
except ValueError, e:
    print 'ValueError:', e
nan = float('nan')
print nan == nan, nan != nan, nan < 1, nan > 1, [nan] == [nan]
inf = float('inf')
print inf + 1, inf - inf, inf * 0, -inf, inf > 1e308, 1e308 * 10
print -0.0 == 0.0, repr(-0.0 * 1), repr(0.0 * -1), repr(abs(-0.0))
import math
print math.copysign(1, -0.0), math.isnan(nan), math.isinf(-inf)
print float(2 ** 62), float(10 ** 20), float(-3), float(True)
print 0.1 * 3, 0.1 * 3 == 0.3, 1.1 + 2.2
print 1e16 + 1, 2.5e-5, 1234567.0, 12345678901.0
print (0.1).hex(), float.fromhex('0x1.8p1'), (2.5).as_integer_ratio(), (0.1).as_integer_ratio()
print (3.0).is_integer(), (3.5).is_integer()
print int(3.99), int(-3.99), long(1e20), int(1e20)
try:
    int(float('inf'))
except OverflowError, e:
    print 'OverflowError:', e
try:
    int(nan)
except ValueError, e:
    print 'ValueError:', e
