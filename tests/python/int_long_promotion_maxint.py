import sys
m = sys.maxint
print m, type(m).__name__
print m + 1, type(m + 1).__name__
print -m - 1, type(-m - 1).__name__, -m - 2, type(-m - 2).__name__
print m * 2, type(m * 2).__name__
print -(-m - 1), type(-(-m - 1)).__name__
print abs(-m - 1), type(abs(-m - 1)).__name__
print (-m - 1) // -1, type((-m - 1) // -1).__name__
print m ** 1, type(m ** 1).__name__, 2 ** 63 - 1 == m
print (m + 1) - 1, type((m + 1) - 1).__name__
print int(m + 1), type(int(m + 1)).__name__, type(int(m + 1 - 1)).__name__
print long(5), type(long(5)).__name__, 5L == 5, hash(5L) == hash(5)
print repr(5L), str(5L), repr(2 ** 100), str(-2 ** 100)
print 1 << 62, 1 << 63, 1 << 64, type(1 << 62).__name__, type(1 << 63).__name__
print m >> 1, (m + 1) >> 1, type((m + 1) >> 1).__name__, -1 >> 100, 1L >> 100
print m & 0xff, (m + 1) | 1, (2 ** 70) ^ (2 ** 70 - 1), ~m, ~(m + 1)
print 0x7fffffffffffffff, 0xffffffffffffffff, 0777, 0o17, 0b1011, 017L
print int('9223372036854775808'), type(int('9223372036854775808')).__name__
print int('-9223372036854775808'), type(int('-9223372036854775808')).__name__
print int('ff', 16), int('777', 8), int('z', 36), int('0x1f', 16), int('0b101', 0), int('  12  '), int('-0')
print long('123456789012345678901234567890'), long('7L') if False else 'skip'
for bad in ['12a', '', '1.5', '0x', ' ']:
    try:
        int(bad)
    except ValueError, e:
        print 'ValueError:', e
print 3 * m, m * m, (m + 1) * (m + 1)
x = m
x += 1
print x, type(x).__name__
print sum([m, m, m]), type(sum([m, 1])).__name__
print range(m - 2, m)
print len(xrange(m - 5, m))
try:
    xrange(m + 1)
except OverflowError, e:
    print 'OverflowError:', e
try:
    range(2 ** 64, 2 ** 64 + 3)
except (OverflowError, TypeError), e:
    print type(e).__name__, e
print [2 ** i for i in range(60, 66)]
print 12345678901234567890 % 97, divmod(2 ** 100, 3 ** 40)
print cmp(2 ** 100, 2 ** 99), 2 ** 100 > 1e30, 2 ** 100 == float(2 ** 100), 10 ** 30 < 1e30
print float(2 ** 1000) > 1e300
try:
    float(2 ** 1024)
except OverflowError, e:
    print 'OverflowError:', e
print long(1e18), int(-1e19), hex(m), hex(m + 1), oct(m + 1), bin(m + 1)
print (2 ** 64).bit_length(), (m).bit_length(), (-1).bit_length(), (0L).bit_length()
