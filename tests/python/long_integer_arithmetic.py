def factorial(n):
    r = 1L
    for i in xrange(2, n + 1):
        r *= i
    return r
f100 = factorial(100)
print f100
print len(str(f100)), sum(int(d) for d in str(f100))
print f100 % (10 ** 9 + 7), f100 // factorial(98), f100 / factorial(99)

def fib(n):
    a, b = 0, 1
    for _ in xrange(n):
        a, b = b, a + b
    return a
print fib(200), fib(201) - fib(200) == fib(199)

def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print isqrt(10 ** 40), isqrt(2 * 10 ** 40)

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print gcd(2 ** 100 * 3 ** 20, 6 ** 50), gcd(f100, fib(150))

a = 123456789012345678901234567890
b = -987654321098765432109876543210
print a + b, a - b, a * b
print a / 7, a % 7, b / 7, b % 7, -a / 7, -a % 7
print divmod(b, a), divmod(a, -b), divmod(b, -12345)
print a & b, a | b, a ^ b, ~a, a << 10, b >> 10, -b >> 70
print abs(b), -a, +b, a > b, a == a + 0, cmp(a, b)
print hex(a), oct(a), bin(255L), hex(-a)
print str(2 ** 200)[-10:], repr(2 ** 64)[-3:]
print 10 ** 50 / 10 ** 49, type(10 ** 50 / 10 ** 49).__name__
print float(a), int(float(a)) == a, long(a * 1.0)
print pow(a, 3, b), pow(-a, 5)
print 1L, 0L, -0L, long(True), bool(0L), bool(-1L)
print sorted([3L, 2, 1.5, 10 ** 20, -10 ** 20])
print max(2 ** 80, 3.0 ** 50), min(-2 ** 80, -1e24)
print 7L // 2, -7L // 2, 7L % -2, 2L ** -1
print '%d %x %o %s %r' % (a, a, a, a, a)
print str(12L), repr(-12L), `12L`
print (10L ** 20).__class__.__name__, int(10L), type(int(10L)).__name__
