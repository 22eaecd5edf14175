# __slots__: memory-light records, inheritance with and without slots, errors.

class Vec(object):
    __slots__ = ('x', 'y', 'z')
    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)
    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z
    def __repr__(self):
        return 'Vec(%r, %r, %r)' % (self.x, self.y, self.z)

a = Vec(1, 2, 3)
b = Vec(4, 5, 6)
print a + b, a.dot(b)
print hasattr(a, '__dict__'), Vec.__slots__
try:
    a.w = 1
except AttributeError as e:
    print 'AttributeError:', e
class Partial(object):
    __slots__ = ['a', 'b']
p = Partial()
p.a = 1
try:
    p.b
except AttributeError as e:
    print 'AttributeError:', e
print hasattr(p, 'b'), getattr(p, 'b', 'default')
del p.a
try:
    del p.a
except AttributeError as e:
    print 'AttributeError on del'

class Vec4(Vec):
    __slots__ = ('w',)
    def __init__(self, x, y, z, w):
        Vec.__init__(self, x, y, z)
        self.w = w
    def __repr__(self):
        return 'Vec4(%r, %r, %r, %r)' % (self.x, self.y, self.z, self.w)
v4 = Vec4(1, 2, 3, 4)
print v4, hasattr(v4, '__dict__')
try:
    v4.q = 5
except AttributeError:
    print 'Vec4 rejects q'

class Loose(Vec):
    pass
l = Loose(7, 8, 9)
l.tag = 'free'
print l, l.tag, l.__dict__

class WithDict(object):
    __slots__ = ('a', '__dict__')
wd = WithDict()
wd.a = 1
wd.b = 2
print wd.a, wd.__dict__

class Counter(object):
    __slots__ = ('count',)
    total = 0
    def __init__(self):
        self.count = 0
    def hit(self):
        self.count += 1
        Counter.total += 1
cs = [Counter() for _ in range(3)]
for i, c in enumerate(cs):
    for _ in range(i + 2):
        c.hit()
print [c.count for c in cs], Counter.total
try:
    cs[0].total = 5
except AttributeError as e:
    print 'AttributeError:', e
print type(Vec.__dict__['x']).__name__
print Vec.x.__get__(a), sorted(k for k in Vec4.__dict__ if not k.startswith('__'))
pts = sorted([Vec(3, 1, 0), Vec(1, 1, 1), Vec(2, 0, 5)], key=lambda v: v.dot(v))
print pts
