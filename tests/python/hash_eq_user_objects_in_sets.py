class Point(object):
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __ne__(self, other):
        return not self == other
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return 'P(%d,%d)' % (self.x, self.y)

pts = [Point(1, 2), Point(1, 2), Point(2, 1), Point(0, 0), Point(2, 1)]
uniq = set(pts)
print len(uniq), sorted(uniq, key=lambda p: (p.x, p.y))
print Point(1, 2) in uniq, Point(5, 5) in uniq
d = {}
for p in pts:
    d[p] = d.get(p, 0) + 1
print sorted(d.items(), key=lambda kv: (kv[0].x, kv[0].y))
print pts.count(Point(2, 1)), pts.index(Point(0, 0))

class Mutable(object):
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return self.v == o.v
m = Mutable(1)
s = set([m])
m.v = 2
print Mutable(2) in s, Mutable(1) in s, len(s)

calls = []
class Noisy(object):
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        calls.append('hash %d' % self.v)
        return self.v % 3
    def __eq__(self, o):
        calls.append('eq %d %d' % (self.v, o.v))
        return self.v == o.v
ns = set()
for v in [1, 4, 1]:
    ns.add(Noisy(v))
print len(ns), calls

class AlwaysEqual(object):
    def __eq__(self, o):
        return True
    def __hash__(self):
        return 1
print len(set([AlwaysEqual(), AlwaysEqual(), AlwaysEqual()]))
print len(set([1, 1.0, 1L, True])), len(set(['a', u'a'])), len(set([(1, 2), (1, 2)]))
print {1: 'int'}.get(1.0), {u'k': 1}['k'], {(1, (2,)): 'nested'}[(1, (2,))]
class Unhashable(object):
    __hash__ = None
try:
    set([Unhashable()])
except TypeError, e:
    print 'TypeError:', e
