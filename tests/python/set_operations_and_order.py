a = set([1, 2, 3, 4, 5])
b = set([4, 5, 6, 7])
print a | b, a & b, a - b, b - a, a ^ b
print a.union([10]), a.intersection(b, [5]), a.difference([1], [2]), a.symmetric_difference('x')
print a <= b, set([4, 5]) <= a, set([4, 5]) < a, a >= set([1]), a.issubset(range(10)), a.isdisjoint([9])
c = set()
for w in 'the cat sat on the mat with the hat'.split():
    c.add(w)
print c, len(c)
c.discard('the')
c.discard('missing')
c.remove('cat')
try:
    c.remove('cat')
except KeyError, e:
    print 'KeyError:', e
print c
s = set(range(20))
for i in range(0, 20, 3):
    s.remove(i)
print s
s.update([100, 50, 25])
print s
popped = set([7])
print popped.pop(), popped
try:
    popped.pop()
except KeyError, e:
    print 'KeyError:', e
f = frozenset('hello')
print f, sorted(f), 'h' in f, hash(f) == hash(frozenset('helo'))
print {f: 1}[frozenset('ohle')]
try:
    set([[1]])
except TypeError, e:
    print 'TypeError:', e
try:
    hash(set())
except TypeError, e:
    print 'TypeError:', e
x = set([1, 2])
x |= set([3])
x &= set([2, 3, 4])
x -= set([9])
x ^= set([3, 5])
print x
print set('abracadabra'), frozenset([3, 1, 2]), set([(1, 2), (0, 1)])
print set([1, 1.0, True]), set([0, False, 0.0, -0.0])
print set([-1, -2, 8, 16, 32, 1024, 3])
print set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'])
print sorted(set([3, 1, 2]) | frozenset([0])), type(frozenset([1]) | set([2])).__name__, type(set([1]) | frozenset([2])).__name__
y = set([1, 2, 3])
y.intersection_update([2, 3, 4])
y.difference_update([3])
y.symmetric_difference_update([7, 2])
print y, y.copy(), y == set([7]), set() == frozenset()
print set([1, 2]) == [1, 2], set([1]) < set([1]), cmp(1, 2)
y.clear()
print y, bool(y), len(set('aaaa'))
