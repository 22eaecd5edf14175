# Floats overflow to inf in arithmetic but raise OverflowError in ** and math.
print 2.0 ** 1023 < float('inf'), repr(2.0 ** -1074)
print 1e308 * 10, -1e308 * 10, 1e308 + 1e308
try:
    2.0 ** 5000
except OverflowError, e:
    print 'OverflowError:', e
print float(10 ** 308) < float('inf')
import math
x = 1.0
for i in range(5):
    x *= 1e100
    print i, x
print math.exp(700) > 1e300
try:
    math.exp(1000)
except OverflowError, e:
    print 'OverflowError:', e
print 2.0 ** 1000 > 0
print 10.0 ** 400
