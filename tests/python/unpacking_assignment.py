a, b = 1, 2
print a, b
a, b = b, a
print a, b
(x, y), z = (1, 2), 3
print x, y, z
[p, q, r] = 'abc'
print p, q, r
first, (second, (third, fourth)) = 1, (2, (3, 4))
print first, second, third, fourth
for i, (k, v) in enumerate(sorted({'a': 1, 'b': 2}.items())):
    print i, k, v
def pair():
    return 'left', 'right'
l, rr = pair()
print l, rr
for bad in [(1, 2, 3), (1,), 'abcd', 5, None]:
    try:
        m, n = bad
        print m, n
    except (ValueError, TypeError), e:
        print type(e).__name__ + ':', e
it = iter([10, 20])
u, w = it
print u, w
a = b = c = [0]
a.append(1)
print a, b, c, a is c
x = y = 5
x += 1
print x, y
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 'set'
print i, lst
d = {}
d['a'], d['b'] = 'AB'
print sorted(d.items())
class O(object):
    pass
o = O()
o.x, o.y = [3, 4]
print o.x, o.y
lst = [1, 2, 3, 4, 5]
lst[1:3], lst[0] = ['x', 'y', 'z'], 'first'
print lst
def tuple_params((a, b), c):
    return a + b + c
print tuple_params((1, 2), 3)
print [a * b for a, b in [(1, 2), (3, 4)]]
(a, b), (c, d) = 'ab', 'cd'
print a, b, c, d
class Seq(object):
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)
s0, s1, s2 = Seq()
print s0, s1, s2
try:
    s0, s1 = Seq()
except ValueError, e:
    print 'ValueError:', e
