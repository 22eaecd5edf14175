def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print [popcount(n) for n in [0, 1, 7, 8, 255, 2 ** 64 - 1, 12345]]
print [bin(n).count('1') for n in [0, 1, 7, 8, 255]]
def bits(n, width=8):
    return ''.join('1' if n >> i & 1 else '0' for i in reversed(range(width)))
print bits(5), bits(255), bits(-1), bits(-128), bits(170, 12)
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print flags, bool(flags & WRITE), bool(flags & EXEC)
flags &= ~READ
print flags, flags ^ 7, ~flags
print 1 << 10, 1024 >> 3, -16 >> 2, -1 << 4, 5 << 0
try:
    1 << -1
except ValueError, e:
    print 'ValueError:', e
try:
    1 >> -1
except ValueError, e:
    print 'ValueError:', e
print 0xff & 0x0f, 0xf0 | 0x0f, 0xaa ^ 0xff, ~0, ~-1, -(-5)
print (1 << 100) >> 99, (1 << 64) | 1, (2 ** 70 - 1) & 0xffff, -2 ** 70 & 0xff, ~(2 ** 65)
def reverse_bits(n, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print reverse_bits(1, 8), reverse_bits(0b1101, 4), reverse_bits(6, 3)
def gray(n):
    return n ^ (n >> 1)
print [gray(i) for i in range(8)]
print [bin(gray(i)) for i in range(4)]
x = 0b1011
print x.bit_length(), (0).bit_length(), (-8).bit_length(), (2 ** 100).bit_length()
print True << 3, False | 2, True & 3, 6 & True
mask = (1 << 32) - 1
print mask, (0x12345678 << 8) & mask, hex((0x12345678 << 8) & mask)
print 7 & -7, 12 & -12, 2 ** 40 & -(2 ** 40)
h = 0
for ch in 'hash me':
    h = (h * 31 + ord(ch)) & 0xffffffff
print h, hex(h)
