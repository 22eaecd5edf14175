print max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min('hello'), max((1, 'b'), (1, 'a')), min([[2], [1, 5]])
print max([1, 2, 3], key=lambda x: -x), min(['aa', 'b', 'ccc'], key=len), max('abc', 'abd', key=lambda s: s[-1])
print max(1, 2.5, 2L), min(-1, -1.0), max(1.0, 1), max(1, 1.0), min([0, False]), max([False, 0])
words = ['pear', 'Apple', 'fig', 'banana']
print max(words), min(words), max(words, key=str.lower), min(words, key=len), max(words, key=len)
for args in [([],), (), (5,)]:
    try:
        print max(*args)
    except (ValueError, TypeError), e:
        print type(e).__name__ + ':', e
try:
    min([], key=len)
except ValueError, e:
    print 'ValueError:', e
try:
    max([1, 2], foo=1)
except TypeError, e:
    print 'TypeError:', e
print max(x * x % 7 for x in range(10)), min(iter([5, 3, 8]))
d = {'a': 3, 'b': 7, 'c': 5}
print max(d), max(d, key=d.get), min(d.items(), key=lambda kv: kv[1])
class V(object):
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return self.n < o.n
    def __gt__(self, o):
        return self.n > o.n
    def __repr__(self):
        return 'V(%d)' % self.n
print max([V(2), V(9), V(4)]), min(V(2), V(9), V(4))
print max([(2, 'b'), (2, 'a'), (1, 'z')]), min([3, 1, 1, 2], key=lambda x: x % 2)
print max([1, 3, 3, 2], key=lambda x: x // 2), max('a', 'B'), min(u'\xe9', u'z')
print max(float('nan'), 1), max(1, float('nan')), min([None, 0]) if False else 'skip'
print max([1, 2], [1, 2, 0]), min('abc', 'ab')
