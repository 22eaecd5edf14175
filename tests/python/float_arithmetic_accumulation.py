total = 0.0
for i in range(10):
    total += 0.1
print total, repr(total), total == 1.0, abs(total - 1.0) < 1e-9
print sum([0.1] * 10), repr(sum([0.1] * 10))
import math
print math.fsum([0.1] * 10), repr(math.fsum([0.1] * 10))
print 1.1 * 3, repr(1.1 * 3), 0.1 + 0.7, repr(0.1 + 0.7)
print 1e16 + 1 == 1e16, 2 ** 53 + 1.0 == 2 ** 53, float(2 ** 53 + 1)
print 3 * 0.1 == 0.3, round(3 * 0.1, 10) == 0.3
print 1 / 3.0 * 3, 2 / 3.0, repr(2 / 3.0)
values = [1.5, 2.25, 3.125, -0.5, 1e-3]
mean = sum(values) / len(values)
var = sum((v - mean) ** 2 for v in values) / len(values)
print repr(mean), repr(var), repr(math.sqrt(var))
print '%.10f %.3e %g' % (mean, var, math.sqrt(var))
celsius = [-40, 0, 37, 100]
print [c * 9.0 / 5 + 32 for c in celsius]
print [round(f, 1) for f in [1.25, 1.35, 1.45, 2.675]]
print 7.0 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, divmod(7.5, -2)
print float('1.' + '0' * 20 + '1'), 1.0000000000000002, 1.0000000000000001
print 0.1 ** 2, repr(0.1 ** 2), 1e-320 / 10, 1e308 + 1e308
print 5e-324 / 2, -5e-324 / 2 == 0, repr(-5e-324 / 2)
x = 1.0
steps = 0
while 1.0 + x != 1.0:
    x /= 2
    steps += 1
print steps, repr(x)
print int(1e15 + 0.3), repr(1e15 + 0.3), repr(123456789.987654321)
print repr(2.0 ** 62), repr(2.0 ** 63), repr(2.0 ** 64), repr(10.0 ** 15), repr(10.0 ** 16)
print float(1 << 60) == 1 << 60, 1 << 60 == float(1 << 60), long(float(10 ** 18)), 0.5 == 1 / 2.0
print [repr(x / 10.0) for x in range(1, 10)]
