print list(), list('abc'), list((1, 2)), list(xrange(3)), list({'a': 1}), list(x for x in 'hi'), list(set([5]))
l = [3, 1, 2]
l2 = list(l)
l2.append(4)
print l, l2, l2 is not l
try:
    list(5)
except TypeError, e:
    print 'TypeError:', e
print dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, extra=True), dict(zip('ab', [1, 2]))
print dict([['list', 'pair']]), dict((('t', 'p'),)), dict(dict(a=1))
for bad in [[1, 2], [('a', 1, 2)], 5, ['ab', 'c']]:
    try:
        print dict(bad)
    except (TypeError, ValueError), e:
        print type(e).__name__ + ':', e
d = dict.fromkeys(['a', 'b'], 0)
d2 = dict.fromkeys('xy')
print d, d2
class Pairs(object):
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k.upper()
print dict(Pairs())
x = [1, 2, 3]
x.extend([4, 5])
x.insert(0, 0)
x.insert(100, 'end')
x.insert(-1, 'before end')
print x
print x.pop(), x.pop(0), x.pop(-2), x
x.remove(3)
print x, x.index(4), x.count(2)
try:
    x.remove(99)
except ValueError, e:
    print 'ValueError:', e
try:
    [].pop()
except IndexError, e:
    print 'IndexError:', e
x.reverse()
print x, x * 2, [0] * 3, [[]] * 2, x + ['z']
nested = [[0] * 2] * 2
nested[0][0] = 1
print nested
y = [1, 2]
y += 'ab'
print y
y *= 2
print y
print [1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], cmp([1], [0])
print dict(a=1).items(), {'a': 1}.get('b'), {'a': 1}.setdefault('b', 2), {'a': 1}.has_key('a')
dd = {'a': 1, 'b': 2}
dd.update(b=3, c=4)
dd.update([('d', 5)])
print sorted(dd.items()), dd.pop('a'), dd.pop('zz', 'default'), sorted(dd)
try:
    dd.pop('zz')
except KeyError, e:
    print 'KeyError:', e
print dd.popitem() in [('b', 3), ('c', 4), ('d', 5)], len(dd)
try:
    {}.popitem()
except KeyError, e:
    print 'KeyError:', e
