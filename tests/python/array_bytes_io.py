# array.array's byte-level interface on x86-64: tostring/fromstring, byteswap, buffer_info,
# item sizes, tofile/fromfile (and their read/write aliases) through a temporary file,
# fromunicode/tounicode.
import array, os

for tc in 'cbBuhHiIlLfd':
    print tc, array.array(tc).itemsize

print repr(array.array('h', [1, -2, 256]).tostring())
print repr(array.array('H', [0x1234]).tostring()), repr(array.array('i', [-1]).tostring())
print repr(array.array('I', [0xdeadbeef]).tostring()), repr(array.array('l', [1]).tostring())
print repr(array.array('L', [2 ** 64 - 1]).tostring()), repr(array.array('f', [1.0]).tostring())
print repr(array.array('d', [-2.0]).tostring()), repr(array.array('u', u'A\u20ac').tostring())
print repr(array.array('b', [-1, 1]).tostring()), repr(array.array('c', 'xyz').tostring())

s = array.array('i', [1, 2, 3]).tostring()
back = array.array('i')
back.fromstring(s)
print back, len(s)
back.fromstring('')
back.fromstring(u'\x04\x00\x00\x00')
print back
back.fromstring(array.array('i', [5]))
print back
print array.array('d', array.array('d', [0.25, -8.0]).tostring()), array.array('B', 'AZ')
print array.array('u', 'a\x00\x00\x00b\x00\x00\x00'), array.array('f', '\x00\x00\x80\x3f')

# byteswap reverses the bytes of each item; twice restores the array.
for tc, vals in [('h', [1, 2, -3]), ('H', [0x0102]), ('i', [1, 0x01020304]), ('I', [1]),
                 ('l', [1, -2]), ('L', [0x0102030405060708]), ('f', [1.0]), ('d', [1.0, 2.5]),
                 ('b', [1, 2]), ('c', 'ab'), ('u', u'ab')]:
    arr = array.array(tc, vals)
    arr.byteswap()
    swapped = arr.tolist() if tc not in 'cu' else arr.tostring()
    arr.byteswap()
    print tc, repr(swapped), arr

info = array.array('i', [7, 8, 9]).buffer_info()
print type(info).__name__, len(info), info[1], type(info[0]).__name__
print array.array('d').buffer_info()[1]

# fromunicode / tounicode
u = array.array('u', u'ab')
u.fromunicode(u'c\xe9\U0001F600')
print repr(u), repr(u.tounicode()), len(u), u[4] == u'\U0001F600'
u.fromunicode(u'')
print repr(u.tounicode())

# tofile / fromfile / write / read through a real file.
# The pid keeps concurrent runs of this test apart.
path = '/tmp/pyston_test_array_bytes_io_%d.bin' % os.getpid()
try:
    f = open(path, 'wb')
    array.array('i', [10, 20, 30]).tofile(f)
    array.array('i', [40]).write(f)
    array.array('c', 'ab').tofile(f)
    f.close()
    print os.path.getsize(path)
    f = open(path, 'rb')
    r = array.array('i')
    r.fromfile(f, 2)
    print r
    r.read(f, 1)
    print r
    r.fromfile(f, 0)
    r.fromfile(f, -3)
    print r
    try:
        r.fromfile(f, 5)
    except EOFError, e:
        print 'EOFError:', e
    print r
    f.close()
    f = open(path, 'rb')
    c = array.array('c')
    c.fromfile(f, 18)
    print repr(c.tostring()[-2:]), len(c)
    try:
        c.fromfile(f, 1)
    except EOFError, e:
        print 'EOFError:', e, len(c)
    f.close()
    f = open(path, 'rb')
    d = array.array('d')
    try:
        d.fromfile(f, 3)
    except EOFError, e:
        print 'EOFError:', e, len(d)
    f.close()
finally:
    os.remove(path)

# fromstring takes read-only buffers too (but not a bytearray).
g = array.array('B')
g.fromstring(buffer('ab'))
print g
try:
    g.fromstring(bytearray('cd'))
except TypeError, e:
    print 'TypeError:', e
