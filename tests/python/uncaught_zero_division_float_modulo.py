# Float modulo follows the sign of the divisor, like int modulo.
angles = [30, 390, -30, 725.5]
print [a % 360 for a in angles]
print [a % 360.0 for a in angles]
print [divmod(a, 360) for a in angles]
print -0.0 % 360, 0.0 % -360
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (0.0, 3), (1e300, 7)]:
    print a, b, a % b, divmod(a, b)
import math
print math.fmod(-7.5, 2), math.fmod(7.5, -2)
try:
    5 % 0
except ZeroDivisionError, e:
    print 'ZeroDivisionError:', e
def normalize_angle(deg, period=360.0):
    return deg % period
for d in [370, -10, 720.5, 0]:
    print d, normalize_angle(d)
print normalize_angle(45, 90)
print normalize_angle(10, 0.0)
