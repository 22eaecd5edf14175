for n in [0, 1, 7, 8, 255, -255, 2 ** 40, -1, 10L, 2 ** 64]:
    print n, bin(n), oct(n), hex(n)
try:
    bin(1.5)
except TypeError, e:
    print 'TypeError:', e
try:
    hex(1.5)
except TypeError, e:
    print 'TypeError:', e
class H(object):
    def __hex__(self):
        return '0xCUSTOM'
    def __oct__(self):
        return '0CUSTOM'
print hex(H()), oct(H())
print int('101', 2), int('0b101', 2), int('17', 8), int('017', 8), int('0o17', 8), int('ff', 16), int('0XFF', 16)
print int('zz', 36), int('10', 0), int('0x10', 0), int('010', 0), int('0b10', 0), int('-0x10', 16), int(' 7 ', 10)
for s, b in [('2', 2), ('8', 8), ('g', 16), ('', 10), ('12', 1), ('12', 37)]:
    try:
        print int(s, b)
    except ValueError, e:
        print 'ValueError:', e
try:
    int(5, 10)
except TypeError, e:
    print 'TypeError:', e
print int(3.7), int(-3.7), int('  -42'), int(True), int(10L), int(1e10), int(u'12')
print long('ff', 16), long(' 99 '), long(2.5), format(255, 'x'), format(255, '#010b')
print '{:b} {:o} {:x}'.format(10, 10, 10)
class I(object):
    def __int__(self):
        return 99
    def __trunc__(self):
        return 1
print int(I())
class T(object):
    def __trunc__(self):
        return 77
print int(T())
print int('1' * 30), type(int('1' * 30)).__name__
print float.hex(1.0), (255).__hex__(), (8).__oct__()
