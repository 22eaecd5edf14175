def trace(name, v):
    print 'eval', name,
    return v
print 1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0
x = 5
print 0 <= x < 10, 10 > x >= 5, x == 5 is not None, 1 < x in [5], x in [5] in [[5]]
print trace('a', 1) < trace('b', 0) < trace('c', 5)
print trace('a', 1) < trace('b', 2) < trace('c', 3)
print trace('a', 3) > trace('b', 2) > trace('c', 3) > trace('d', 0)
print 'a' < 'b' < 'c' < 'd', 'a' < 'c' < 'b'
print 1 < 2.5 < 3L, -1L < 0 < 0.5
print (1 < 2) < 3, 1 < (2 < 3)
print [] < [1] < [1, 0] < [2], () < (0,), 'a' < 'ab'
print None < 0, 0 < '', [] < '', () > [], {} < []
print 1 is 1 is 1, 'x' is not 'y' is not 'z'
print 2 in [1, 2] in [[1, 2]], 3 not in [1] not in [[]]
class Noisy(object):
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print '(%s<%s)' % (self.v, other.v),
        return self.v < other.v
a, b, c = Noisy(1), Noisy(2), Noisy(0)
print a < b < c
print c < a < b
def middle(lo, v, hi):
    return lo <= v <= hi
print [middle(0, v, 3) for v in range(-1, 5)]
print 1 < 2 == 2 > 1 != 3 >= 3 <= 4
print not 1 < 0, not (1 < 2 < 3)
r = 3
print -5 < r < 5 and 'inside' or 'outside'
