import array
a = array.array('i', [1, 2, 3])
a.append(4)
a.extend([5, 6])
print a, a.typecode, a.itemsize, len(a), a[0], a[-1], a[1:3]
a[0] = 100
a.reverse()
print a.tolist(), a.count(100), a.index(4)
a.remove(100)
print a, a.pop(), a
try:
    a.append(1.5)
except TypeError, e:
    print 'TypeError:', e
try:
    array.array('b', [200])
except OverflowError, e:
    print 'OverflowError:', e
d = array.array('d', [1.5, 2.25])
print d, sum(d), d * 2, d + array.array('d', [0.125])
c = array.array('c', 'hello')
print c, c.tostring(), c[::-1].tostring()
u = array.array('u', u'uni')
print repr(u), u.tounicode()
b = array.array('B', [0, 255, 128])
print repr(b.tostring()), array.array('B', '\x01\x02').tolist()
h = array.array('H', [1, 2])
print repr(h.tostring()), h.buffer_info()[1]
try:
    array.array('z')
except ValueError, e:
    print 'ValueError:', e
print array.array('l') == array.array('l'), array.array('i', [1, 2]) < array.array('i', [1, 3])
