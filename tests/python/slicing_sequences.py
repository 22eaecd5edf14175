s = range(10)
print s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[1::3], s[::-1], s[-2:2:-2], s[5:2]
print s[100:], s[-100:2], s[3:3], s[::-3], s[8:1:-2]
t = tuple(s)
print t[1:4], t[::-4], type(t[1:2]).__name__
st = 'abcdefghij'
print st[::3], st[-1::-2], st[2:-2], st[:0]
u = u'unicode'
print repr(u[1:4]), repr(u[::-1])
l = list(range(10))
l[2:5] = ['a', 'b']
print l
l[:0] = [-1]
print l
l[len(l):] = [99]
print l
l[::2] = 'x' * len(l[::2])
print l
try:
    l[::2] = [1, 2]
except ValueError, e:
    print 'ValueError:', e
l[1:3] = []
print l
l[:] = 'new'
print l
sl = slice(1, 8, 2)
print range(10)[sl], sl.start, sl.stop, sl.step, sl.indices(5), slice(None, None, -1).indices(4)
print slice(3), slice(1, 2), slice(-5, None).indices(10)
class Seq(object):
    def __getitem__(self, key):
        return key
    def __len__(self):
        return 10
q = Seq()
print q[1], q[1:2], q[1:2:3], q[::], q[:, 1], q[..., 1:2], q[-1:]
try:
    [1, 2][1.5]
except TypeError, e:
    print 'TypeError:', e
try:
    'abc'[::0]
except ValueError, e:
    print 'ValueError:', e
print [1, 2, 3][True], (1, 2, 3)[-1], 'abc'[-3]
for idx in [3, -4]:
    try:
        print [1, 2, 3][idx]
    except IndexError, e:
        print 'IndexError:', e
try:
    'abc'[5]
except IndexError, e:
    print 'IndexError:', e
b = bytearray('hello')
b[1:3] = 'EY'
print b, b[::-1], repr(b[1:2])
print range(20)[2 ** 40:], range(5)[-2 ** 40:2]
