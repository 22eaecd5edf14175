class Idx(object):
    def __init__(self, n):
        self.n = n
    def __index__(self):
        print '  __index__ ->', self.n
        return self.n

seq = ['a', 'b', 'c', 'd', 'e']
print seq[Idx(1)]
print seq[Idx(-1)]
print seq[Idx(1):Idx(3)]
print 'hello'[Idx(4)], (1, 2, 3)[Idx(0)]
print range(10)[Idx(2)::Idx(3)]
print bin(Idx(5))
for fn in (hex, oct):
    try:
        print fn(Idx(8))
    except TypeError, e:
        print 'TypeError:', e
print [0] * Idx(3), 'ab' * Idx(2)
import operator
print operator.index(Idx(7)), operator.index(5), operator.index(2 ** 70)
try:
    operator.index(1.5)
except TypeError, e:
    print 'TypeError:', e
try:
    seq[1.0]
except TypeError, e:
    print 'TypeError:', e
class BadIdx(object):
    def __index__(self):
        return 'nope'
try:
    seq[BadIdx()]
except TypeError, e:
    print 'TypeError:', e
class IntLike(object):
    def __int__(self):
        return 2
try:
    seq[IntLike()]
except TypeError, e:
    print 'TypeError:', e
print int(IntLike()), range(IntLike()) if False else 'skip'
print xrange(Idx(3)) if False else 'skip2'
print slice(Idx(1), Idx(4)).indices(10)
print bytearray('xyz')[Idx(1)], u'uni'[Idx(2)]
l = [1, 2, 3, 4]
l[Idx(0)] = 'first'
del l[Idx(-1)]
print l
print True + True, [5, 6][True], 'ab'[False]
