# memoryview over str (read-only), bytearray (writable, sees later changes), buffer and another
# memoryview: items, slices, attributes, comparisons, assignment rules and the error messages.
import array

m = memoryview('abcdef')
print m[0], m[-1], m[1:3].tobytes(), len(m), m.tolist()
print m.format, m.itemsize, m.ndim, m.shape, m.strides, m.readonly, m.suboffsets
print list(m), 'b' in m, bytearray(m), m[1:4][1], len(m[10:]), m[-2:].tobytes()
print repr(m[4:2].tobytes()), m[::1].tobytes(), m[2:2].shape, m[True:].tobytes()
print m[:3] == 'abc', m == u'abcdef', m == 1, m == [97], 'abcdef' == m
print bytearray('abcdef') == m, m != 'x', memoryview('ab') == memoryview('ab')
print memoryview('ab') != memoryview('ab'), memoryview('ab') == buffer('ab')
print memoryview(memoryview('abc')[1:]).tobytes(), memoryview(buffer('abcd', 1)).tobytes()
print memoryview(object='xy').tobytes(), bool(memoryview('')), bool(m)
print repr(m).startswith('<memory at 0x'), str(m).startswith('<memory at 0x')
print type(m).__name__, memoryview.__name__


def attempt(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e


attempt(lambda: hash(m))
attempt(lambda: m[10])
attempt(lambda: m[-7])
attempt(lambda: m[::2])
attempt(lambda: m['a'])
attempt(lambda: m[1.5])
attempt(lambda: m[...])
attempt(lambda: memoryview())
attempt(lambda: memoryview('a', 'b'))
attempt(lambda: memoryview(1))
attempt(lambda: memoryview(u'x'))
attempt(lambda: memoryview(array.array('i', [1])))
attempt(lambda: memoryview.tobytes(1))
attempt(lambda: setattr(m, 'format', 'c'))
attempt(lambda: setattr(m, 'x', 1))


def set_item(v, k, x):
    v[k] = x


def del_item(v, k):
    del v[k]


attempt(lambda: set_item(m, 0, 'x'))
b = bytearray('0123456789')
v = memoryview(b)
print v.readonly, v.tolist()[:3]
v[0] = 'A'
v[2:4] = 'ab'
print b
v[2:4] = bytearray('cd')
v[4:6] = memoryview('ef')
v[-1] = 'Z'
print b
attempt(lambda: del_item(v, 0))
attempt(lambda: set_item(v, slice(0, 2), u'xy'))
attempt(lambda: set_item(v, 0, 'xy'))
attempt(lambda: set_item(v, 0, 1))
attempt(lambda: set_item(v, slice(1, 3), 'E'))
attempt(lambda: set_item(v, slice(None, None, 2), 'abcde'))
attempt(lambda: set_item(v, 20, 'x'))
b[1] = ord('Q')
print v[1], v.tobytes()
w = v[3:6]
w[0] = '!'
print b, w.tobytes(), len(w), w.shape
try:
    class Sub(memoryview):
        pass
except TypeError as e:
    print 'TypeError', e

# bytearray and binary files take a memoryview as a buffer; text files do not.
import os
m = memoryview('cd')
print bytearray('cd') == m, bytearray('abcd').find(m), bytearray(m), bytearray('ab') + m
print m in bytearray('abcd'), bytearray('abcdcd').split(m), bytearray('abcdcd').replace(m, 'x')
ba = bytearray('ab')
ba += m
ba.extend(m)
ba[0:1] = m
print ba
attempt(lambda: buffer(m))
p = '/tmp/memoryview_basics_%d' % os.getpid()
f = open(p, 'wb')
f.write(m)
f.write(bytearray('ef'))
f.close()
print open(p).read()
f = open(p, 'w')
attempt(lambda: f.write(m))
f.write(bytearray('x'))
f.close()
print repr(open(p).read())
os.remove(p)
