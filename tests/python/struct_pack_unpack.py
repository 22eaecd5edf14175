import struct
print repr(struct.pack('<i', 1)), repr(struct.pack('>i', 1)), repr(struct.pack('<h', -2)), repr(struct.pack('B', 255))
print repr(struct.pack('<Q', 2 ** 64 - 1)), repr(struct.pack('<d', 1.5)), repr(struct.pack('<f', 0.5)), repr(struct.pack('?', True))
print struct.unpack('<i', '\x01\x00\x00\x00'), struct.unpack('>H', '\x01\x02'), struct.unpack('<q', '\xff' * 8)
print struct.calcsize('i'), struct.calcsize('<ihb'), struct.calcsize('ihb'), struct.calcsize('<5s'), struct.calcsize('<d')
rec = struct.pack('<4sIhd', 'ABCD', 7, -3, 2.25)
print repr(rec), len(rec)
print struct.unpack('<4sIhd', rec)
print struct.pack('3s', 'abcdef'), repr(struct.pack('5s', 'ab')), repr(struct.pack('<2i', 1, 2))
print struct.unpack('<3B', 'abc'), struct.unpack('<c', 'z'), struct.unpack('<?', '\x00')
for fmt, val in [('<b', 200), ('<B', -1), ('<h', 40000), ('<I', -5)]:
    try:
        struct.pack(fmt, val)
    except struct.error, e:
        print 'struct.error:', e
try:
    struct.unpack('<i', 'ab')
except struct.error, e:
    print 'struct.error:', e
try:
    struct.pack('<i', 'x')
except struct.error, e:
    print 'struct.error:', e
s = struct.Struct('<HH')
print s.size, s.format, repr(s.pack(1, 2)), s.unpack('\x03\x00\x04\x00')
buf = bytearray(8)
struct.pack_into('<II', buf, 0, 10, 20)
print repr(str(buf)), struct.unpack_from('<I', buf, 4)
header = struct.pack('!HHI', 80, 443, 123456789)
print repr(header), struct.unpack('!HHI', header)
print struct.unpack('<d', struct.pack('<d', 0.1))[0] == 0.1, struct.unpack('<f', struct.pack('<f', 0.1))[0]
print repr(struct.pack('<x2xb', 1)), struct.calcsize('@bi'), struct.calcsize('=bi')
