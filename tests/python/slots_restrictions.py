class Point(object):
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

p = Point(1, 2)
print p, p.x
try:
    p.z = 3
except AttributeError, e:
    print 'AttributeError:', e
print hasattr(p, '__dict__'), Point.__slots__, type(Point.x).__name__
q = Point.__new__(Point)
try:
    q.x
except AttributeError, e:
    print 'AttributeError:', e
del p.y
try:
    p.y
except AttributeError, e:
    print 'AttributeError:', e
p.y = 10
print p

class Point3(Point):
    __slots__ = ('z',)
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z
p3 = Point3(1, 2, 3)
print p3.x, p3.z, hasattr(p3, '__dict__')

class Loose(Point):
    pass
l = Loose(5, 6)
l.anything = 'ok'
print l.anything, l.__dict__

class WithDict(object):
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.b = 2
print w.a, w.__dict__

class Single(object):
    __slots__ = 'only'
s = Single()
s.only = 'single string slot'
print s.only, Single.__slots__

class Defaults(object):
    __slots__ = ('v',)
    kind = 'class attr'
d = Defaults()
print d.kind
try:
    d.kind = 'x'
except AttributeError, e:
    print 'AttributeError:', e
try:
    class Conflict(object):
        __slots__ = ('v',)
        v = 1
except ValueError, e:
    print 'ValueError:', e
class Empty(object):
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError, e:
    print 'AttributeError:', e
print [n for n in dir(p3) if not n.startswith('__')]
try:
    class BadBase(int):
        __slots__ = ('a',)
except TypeError, e:
    print 'TypeError:', e
