print str(1), str(1.5), str([1, 'a']), str(None), str(u'abc'), str((1,)), str(str), str(Exception('e'))
print repr(str()), str(1L), str(-0.0), str(True), str({'a': 'b'}), str(1e100)
class S(object):
    def __str__(self):
        return 'S-object'
print str(S()), '%s' % S(), str([S()]) != 'S-object'
class BadStr(object):
    def __str__(self):
        return 5
try:
    str(BadStr())
except TypeError, e:
    print 'TypeError:', e
print sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.1] * 10), sum([1L, 2]), sum(x for x in range(5))
print sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([1.5, 2], 0.5)
try:
    sum(['a', 'b'], '')
except TypeError, e:
    print 'TypeError:', e
try:
    sum(['a'])
except TypeError, e:
    print 'TypeError:', e
print tuple(), tuple([1, 2]), tuple('ab'), tuple(x for x in range(3)), tuple({'k': 1}), tuple((1,))
t = (1, 2, 3, 2)
print t.count(2), t.index(3), t + (4,), t * 2, len(t), 2 in t, t[::-1], max(t)
try:
    t.index(9)
except ValueError, e:
    print 'ValueError:', e
try:
    t[0] = 5
except TypeError, e:
    print 'TypeError:', e
print (1, 2) < (1, 3), (1, 2) == (1, 2), (1,) + (2,), ((1, 2),) * 2, () == tuple()
print zip([1, 2, 3], 'abc'), zip(), zip([1]), zip('ab', 'xyz', [0, 1, 2]), zip(*[(1, 'a'), (2, 'b')])
matrix = [[1, 2, 3], [4, 5, 6]]
print zip(*matrix), map(list, zip(*matrix))
keys, vals = zip(*sorted({'x': 1, 'y': 2}.items()))
print keys, vals, dict(zip(keys, vals))
try:
    zip(1, 2)
except TypeError, e:
    print 'TypeError:', e
print str.__name__, tuple.__name__, type(zip()).__name__
print str(0.1), str(1.0 / 3), str(10 ** 16 * 1.0), str(-1.5e-10)
