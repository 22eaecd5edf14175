import math
print math.pi, math.e
print math.sqrt(2), math.sqrt(0), math.floor(-2.5), math.ceil(-2.5), math.floor(2.5), math.ceil(2.0001)
print type(math.floor(2.5)).__name__, math.trunc(-2.7), type(math.trunc(2.7)).__name__
print math.fabs(-3), math.fmod(-7, 3), -7 % 3, math.fmod(7, -3), math.modf(3.75), math.modf(-3.75)
print math.factorial(20), math.factorial(0), math.gcd(12, 18) if hasattr(math, 'gcd') else 'nogcd'
print math.hypot(3, 4), math.degrees(math.pi), math.radians(180)
print round(math.sin(math.pi / 6), 12), round(math.cos(math.pi / 3), 12), math.tan(0), math.atan2(1, 1) * 4
print math.asin(1), math.acos(1), math.atan(float('inf'))
print math.exp(1), math.log(1), math.log(100, 10), math.log1p(0), math.expm1(0), math.log(2 ** 1000)
print math.frexp(8.0), math.ldexp(0.5, 4), math.copysign(3, -0.0), math.fsum([0.1] * 10), sum([0.1] * 10)
print math.isinf(1e308 * 10), math.isnan(float('nan')), math.isinf(5)
print math.sinh(0), math.cosh(0), math.tanh(0), math.erf(0), math.gamma(5), math.lgamma(1)
for fn, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.acos, 2), (math.factorial, -1), (math.factorial, 2.5), (math.exp, 1000)]:
    try:
        print fn(arg)
    except (ValueError, OverflowError), e:
        print fn.__name__, type(e).__name__ + ':', e
try:
    math.sqrt('x')
except TypeError, e:
    print 'TypeError:', e
print math.floor(10 ** 20), math.sqrt(10 ** 20), math.log(10 ** 100, 10)
class Floaty(object):
    def __float__(self):
        return 2.25
print math.sqrt(Floaty()), math.floor(Floaty())
print [round(math.sqrt(i), 4) for i in range(6)]
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(math.sqrt(n)) + 1):
        if n % d == 0:
            return False
    return True
print [n for n in range(60) if is_prime(n)]
