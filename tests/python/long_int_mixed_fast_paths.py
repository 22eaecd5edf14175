# Mixed int/long arithmetic on the runtime's fast paths: long op int, int op long, short
# quotients of big longs (floor division and modulo signs, exact and inexact), word-sized
# divisors, the int/long boundaries sys.maxint and -sys.maxint-1, and the type of each result
# (int op int that overflows gives a long; any long operand gives a long).
import sys

M = sys.maxint
ints = [0, 1, -1, 2, -3, 7, -10, 256, -257, 2 ** 31, -2 ** 31 - 1, 2 ** 32 + 1,
        M, M - 1, -M, -M - 1]
longs = [0L, 1L, -1L, 10L, long(M), long(-M - 1), M + 1, -M - 2, 2 ** 64, -2 ** 64 + 1,
         2 ** 100 + 12345, -(3 ** 70), 7 ** 45]


def show(v):
    """The value with its type's initial: i (int), l (long), f (float), t (tuple)."""
    return '%s%s' % (type(v).__name__[0], v)


def attempt(f, full=False):
    """show(f()), or the exception (only the first word of its message unless `full`)."""
    try:
        return show(f())
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        return '%s(%s)' % (type(e).__name__, e if full else str(e).split()[0])


def binary_row(a, b):
    parts = [attempt(lambda: a + b), attempt(lambda: a - b), attempt(lambda: a * b),
             attempt(lambda: a // b), attempt(lambda: a % b), attempt(lambda: a / b),
             attempt(lambda: divmod(a, b)[0]), attempt(lambda: divmod(a, b)[1]),
             attempt(lambda: a & b), attempt(lambda: a | b), attempt(lambda: a ^ b),
             str((a < b, a == b, a > b, cmp(a, b)))]
    return ' '.join(parts)


print '--- int op long, long op int, long op long'
for a in ints + longs:
    for b in longs:
        print show(a), show(b), binary_row(a, b)
        print show(b), show(a), binary_row(b, a)

print '--- int op int at the boundaries'
edge = [0, 1, -1, 2, -2, M, M - 1, -M, -M - 1, 2 ** 32, -2 ** 32]
for a in edge:
    for b in edge:
        print show(a), show(b), binary_row(a, b)

print '--- unary and conversions'
for v in ints + longs:
    print show(v), show(-v), show(+v), show(abs(v)), show(~v), show(int(v)), show(long(v)), \
        show(float(v)), show(v << 3), show(v >> 3), show(v ** 2)

print '--- short quotients of big longs'
bases = [2 ** 64 - 1, 2 ** 64, 2 ** 127 + 1, 3 ** 90, 2 ** 200 - 1, 10 ** 60 + 7,
         (2 ** 130 - 1) * (2 ** 70 + 1)]
for b in bases:
    for q in [0, 1, 2, 9, 10, 2 ** 40 + 3, 2 ** 60 - 1, 2 ** 61, 2 ** 62 + 5, 2 ** 70]:
        for r in [-1, 0, 1, b - 1]:
            a = b * q + r
            for sa, sb in [(1, 1), (1, -1), (-1, 1), (-1, -1)]:
                x, y = sa * a, sb * b
                qq, rr = divmod(x, y)
                assert qq == x // y and rr == x % y, (x, y)
                assert qq * y + rr == x, (x, y)
                assert rr == 0 or (rr < 0) == (y < 0), (x, y)
                assert abs(rr) < abs(y), (x, y)
                print sa * q, r, sb, show(qq), show(rr - x + qq * y)
print show((2 ** 200 + 5) // (2 ** 200 - 1)), show((2 ** 200 + 5) % (2 ** 200 - 1))
print show(-(2 ** 200) // (2 ** 199)), show(-(2 ** 200) % (2 ** 199))
print show(-(2 ** 200 + 1) // (2 ** 199)), show(-(2 ** 200 + 1) % (2 ** 199))

print '--- long by word-sized divisors'
n = 3 ** 200 + 17
for d in [1, -1, 2, -2, 7, -10, 2 ** 32 - 1, 2 ** 32, -(2 ** 32) - 1, 2 ** 31, M, -M - 1,
          1L, -7L, long(M), M + 1]:
    for x in [n, -n, 5L, -5L, 0L]:
        print show(x // d), show(x % d), show(divmod(x, d)[1]), show(x / d)

print '--- errors'
for a, b in [(5L, 0), (5, 0L), (0L, 0L), (-(2 ** 100), 0), (M + 1, 0L)]:
    print attempt(lambda: a // b, True), attempt(lambda: a % b, True), \
        attempt(lambda: divmod(a, b), True), attempt(lambda: a / b, True)

print '--- accumulations stay long'
acc = 1L
for i in range(1, 30):
    acc = acc * i - i
    acc = acc // 3 + i
print show(acc), show(acc % 1000), show(acc - acc), show(acc * 0), show(0 * acc)
x = 0
for i in range(70):
    x = x * 2 + 1
print show(x), show(x // (M + 1)), show(x - x), show(x >> 64)


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < n * t:
            out.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return ''.join(str(d) for d in out), type(n).__name__, type(q).__name__

print pi_digits(300)
