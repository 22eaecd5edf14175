big = 2 ** 100
print big, str(big), repr(big), '%d' % big, '%s' % big, '%r' % big, '{}'.format(big), '{:,}'.format(big)
print '%x' % big, '%o' % big, '%e' % big, '%.3g' % big, '%f' % 2 ** 60, '%30d|' % big, '%-30d|' % big
print hex(big), oct(big), bin(2 ** 10L), int(hex(big).rstrip('L'), 16) == big
print long('1' * 25), long('-0x' + 'f' * 20, 16), long('  42  '), long(3.99), long(-3.99)
print int(2 ** 63), type(int(2 ** 63)).__name__, int(2 ** 62), type(int(2 ** 62)).__name__
print float(big), float(-big), '%.0f' % float(2 ** 70), int(float(2 ** 70)) == 2 ** 70
print str(10 ** 30)[::-1], len(str(7 ** 500)), sum(map(int, str(2 ** 1000)))
print repr(0L), repr(-1L), repr(1L << 64), repr(long(1)), str(long(-7))
print 10L == 10, 10L is 10, hash(10L) == hash(10), 2 ** 64 > 2 ** 63, -(2 ** 64) < -(2 ** 63)
print cmp(1L, 2), cmp(2 ** 80, 2 ** 80), max(1L, 2), min([3L, 2, 1.5])
print (2 ** 100).__class__.__name__, (2 ** 100 - 2 ** 100).__class__.__name__, (5L).__class__.__name__
n = 1
for i in range(1, 26):
    n *= i
print n, n % 1000007, n // 10 ** 20, n >> 40, n & 0xffff
def to_base(n, b):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    out = []
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return ('-' if neg else '') + ''.join(reversed(out))
print to_base(big, 36), int(to_base(big, 36), 36) == big, to_base(-255, 2), to_base(255L, 16)
print long.__name__, isinstance(big, (int, long)), isinstance(5, long), issubclass(long, int)
