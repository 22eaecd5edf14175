print range(5), range(1, 5), range(0, 10, 3), range(10, 0, -2), range(-3), range(5, 1), range(0, -5, -1)
print range(2 ** 40, 2 ** 40 + 2), range(True, 3)
try:
    range(1, 2, 0)
except ValueError, e:
    print 'ValueError:', e
try:
    range(1.5)
except TypeError, e:
    print 'TypeError:', e
try:
    range('a')
except TypeError, e:
    print 'TypeError:', e
print type(range(3)).__name__, len(range(0, 100, 7)), range(3) == [0, 1, 2]
print list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(xrange(4))), list(reversed((1, 2)))
class Rev(object):
    def __reversed__(self):
        return iter(['custom', 'reversed'])
class SeqProto(object):
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print list(reversed(Rev())), list(reversed(SeqProto()))
try:
    reversed(set([1]))
except TypeError, e:
    print 'TypeError:', e
try:
    reversed(iter([1]))
except TypeError, e:
    print 'TypeError:', e
data = [5, 2, 9, 1, 5, 6]
print sorted(data), sorted(data, reverse=True), data
print sorted('hello'), sorted({'b': 1, 'a': 2}), sorted((3, 1, 2)), sorted(set([3, 1]))
people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30)]
print sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: (-p[1], p[0]))
print sorted(people, cmp=lambda a, b: cmp(a[0], b[0]), reverse=True)
words = 'the Quick brown Fox'.split()
print sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True)
l = [3, 1, 2]
l.sort()
print l, l.sort() is None
l.sort(reverse=True)
print l
l.sort(key=lambda x: x % 3)
print l
stab = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')]
print sorted(stab, key=lambda t: t[0])
print sorted([2.5, 1, 3L, -1.5]), sorted([[2, 1], [1, 2], [1]])
print sorted([1, 'a', 2.0, None, (1,), [1]])
try:
    sorted([1, 2], key=5)
except TypeError, e:
    print 'TypeError:', e
lst = [1, 2, 3]
try:
    lst.sort(key=lambda x: lst.append(x))
except ValueError, e:
    print 'ValueError:', e
