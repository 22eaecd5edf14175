# Python 2 orders values of different types: None first, numbers by value,
# then other types by type name.
vals = [3, None, 'z', 1.5]
vals.sort()
print vals
print sorted([3, 'a', 2.5, None, (1,), [1], u'b', {}, 10L, True])
print sorted([None, 0, -1, False, ''])
print None < -10 ** 100, None < float('-inf'), [] < (), {} < [], '' < (), u'' < ()
print 1 < 'a', 1.5 < [], (1,) > [1], 'str' > [], 'list' < 'str'
print cmp(None, None), cmp([], ()), cmp('a', 1), cmp(1, 'a')
print sorted([[2, 1], [1, 2, 3], [1, 2], [], [0]])
print sorted([(1, 'b'), (1, 'a'), (0, 'z'), (1,), ()])
print sorted(['b', 'A', 'a', 'B', '_', '1', ' '])
print sorted([u'b', 'a', u'A'])
print max([1, 'a', None]), min([1, 'a', None]), max([[], {}, ()])
print sorted([1, 2, 3, 0.5, 1.5, 2L, -1L])
print sorted([set([1, 2]), set([1]), set([2, 3])], key=len)
print sorted({'b': 1, 'a': 2, 'c': 0}.items(), key=lambda kv: kv[1])
print [x for x in sorted([3, 1, 2], reverse=True)], sorted('cba'), sorted((3, 1))
print sorted([0.1, -0.0, 0.0, -1e-300, 1e-300])
print sorted([3, 1, 2], key=lambda x: -x), sorted(['aa', 'b', 'ccc'], key=len, reverse=True)
print {} < {'a': 1}, {'a': 1} < {'a': 2}, {'a': 1} < {'b': 0}, {'z': 0} < {'a': 0, 'b': 0}
