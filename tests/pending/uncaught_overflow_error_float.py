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
