# array.array as a sequence: indexing, slices (simple and extended), assignment and deletion
# through slices, concatenation, repetition, in-place operators, membership, iteration and
# element-wise comparisons across typecodes.
import array

a = array.array('i', range(10))
print a[0], a[-1], a[3], a[-4]
print a[2:5], a[:3], a[7:], a[-3:], a[5:2], a[100:200]
print a[::2], a[1::3], a[::-1], a[8:2:-2], a[::-3]
print a[slice(None, None, 4)]

# Slice assignment with arrays of the same typecode.
b = array.array('i', range(10))
b[2:5] = array.array('i', [20, 30])
print b, len(b)
b[0:0] = array.array('i', [-1, -2])
print b
b[len(b):] = array.array('i', [99])
print b
b[1:3] = array.array('i')
print b
b[::2] = array.array('i', [0] * len(b[::2]))
print b
b[5:1] = array.array('i', [7])
print b
del b[0]
print b
del b[-1]
print b
del b[1:3]
print b
del b[::2]
print b
del b[::-1]
print b, len(b)

c = array.array('h', range(8))
c[1:7:2] = array.array('h', [-1, -2, -3])
print c
c[-1] = 1000
c[0] = -1000
print c, c[0], c[-1]
# Simple slices go through __getslice__ / __setslice__ (bounds clamped).
print c[-100:3], c[5:100]
c[-100:2] = array.array('h', [5])
print c
del c[6:100]
print c

# Self-assignment and self-extension.
d = array.array('d', [1.5, 2.5, 3.5])
d[1:2] = d
print d
d.extend(d)
print d, len(d)
d += d
print len(d), d[:4]

# Concatenation and repetition.
x = array.array('b', [1, -2, 3])
y = array.array('b', [4])
print x + y, y + x, x * 3, 3 * x, x * 0, x * -2, repr(x * 1)
z = x
z += y
print z, z is x, x
z *= 2
print z, z is x
z *= 0
print z, len(z), z is x
w = array.array('c', 'ab')
w *= 3
print w, w.tostring()

# Membership and iteration.
e = array.array('l', [10, 20, 30, 20])
print 20 in e, 25 in e, 20.0 in e, 'x' in e
print list(e), [v * 2 for v in e], sum(e), max(e), min(e), sorted(e)
print list(reversed(e)), list(enumerate(array.array('c', 'xy')))
it = iter(array.array('H', [1, 2]))
print it.next(), it.next()
try:
    it.next()
except StopIteration:
    print 'StopIteration'

# Truth value and length.
print bool(array.array('i')), bool(array.array('i', [0])), len(array.array('u', u'abc'))

# Comparisons: element-wise, across typecodes, shorter is smaller on a common prefix.
p = array.array('i', [1, 2, 3])
q = array.array('d', [1.0, 2.0, 3.0])
print p == q, p != q, p < q, p <= q, p > q, p >= q
print p < array.array('i', [1, 2, 4]), p > array.array('i', [1, 2]), p == array.array('i', [1, 2])
print array.array('c', 'abc') < array.array('c', 'abd'), array.array('c', 'b') > array.array('c', 'abc')
print array.array('u', u'x') == array.array('u', u'x'), array.array('B') == array.array('b')
print p == [1, 2, 3], p != (1, 2, 3), p == 'abc'
print cmp(array.array('i', [1]), array.array('i', [2])), cmp(array.array('i', [2]), array.array('i', [2]))
nan = float('nan')
n1 = array.array('d', [nan])
print n1 == n1, n1 != n1

# Items of every typecode read back as CPython's types.
for tc, init in [('c', 'ab'), ('b', [-5, 5]), ('B', [0, 255]), ('u', u'\xe9z'), ('h', [-300, 300]),
                 ('H', [65535, 0]), ('i', [-2 ** 31, 2 ** 31 - 1]), ('I', [0, 2 ** 32 - 1]),
                 ('l', [-2 ** 63, 2 ** 63 - 1]), ('L', [0, 2 ** 64 - 1]), ('f', [0.1, -2.5]),
                 ('d', [0.1, 1e300])]:
    arr = array.array(tc, init)
    print tc, repr(arr[0]), repr(arr[1]), type(arr[0]).__name__, arr.itemsize, arr

# Item conversion and comparison may run Python code that changes the array or its source.
src = [1, 2, 3]
class ClearsSource(object):
    def __int__(self):
        del src[:]
        return 4
src.append(ClearsSource())
print array.array('i', src), src
m = array.array('i', [1, 2, 3])
class ShrinksArray(object):
    def __int__(self):
        del m[:]
        return 9
m[2] = ShrinksArray()
print m
m = array.array('i', [1, 2, 3])
class EqShrinks(object):
    def __eq__(self, other):
        del m[:]
        return False
print m.count(EqShrinks()), m
m = array.array('i', range(5))
m.insert(-100, 7)
m.insert(100, 8)
m.insert(2, 9)
print m
m[::-1] = array.array('i', range(8))
print m
del m[100:]
del m[::100]
print m, m[::2 ** 62], m[-2 ** 70:2 ** 70]
