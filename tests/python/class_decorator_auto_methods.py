# Class decorators that add methods, register classes, and wrap every method.

def auto_repr(cls):
    fields = cls.fields
    def __repr__(self):
        return '%s(%s)' % (cls.__name__, ', '.join('%s=%r' % (f, getattr(self, f)) for f in fields))
    cls.__repr__ = __repr__
    return cls

def auto_init(cls):
    fields = cls.fields
    def __init__(self, *args, **kw):
        if len(args) > len(fields):
            raise TypeError('too many args for %s' % cls.__name__)
        for f, a in zip(fields, args):
            setattr(self, f, a)
        for f in fields[len(args):]:
            setattr(self, f, kw.pop(f, None))
        if kw:
            raise TypeError('unknown fields %s' % sorted(kw))
    cls.__init__ = __init__
    return cls

def auto_eq(cls):
    def key(self):
        return tuple(getattr(self, f) for f in cls.fields)
    cls.__eq__ = lambda self, other: type(self) is type(other) and key(self) == key(other)
    cls.__ne__ = lambda self, other: not self == other
    cls.__lt__ = lambda self, other: key(self) < key(other)
    return cls

SHAPES = []
def shape(cls):
    SHAPES.append(cls.__name__)
    return cls

def log_calls(cls):
    for name, val in list(vars(cls).items()):
        if callable(val) and not name.startswith('__'):
            def make(name, fn):
                def w(self, *a):
                    r = fn(self, *a)
                    print '  %s.%s%r -> %r' % (cls.__name__, name, a, r)
                    return r
                return w
            setattr(cls, name, make(name, val))
    return cls

@shape
@auto_eq
@auto_repr
@auto_init
class Point(object):
    fields = ('x', 'y')

@shape
@log_calls
@auto_repr
@auto_init
class Rect(object):
    fields = ('w', 'h', 'label')
    def area(self):
        return self.w * self.h
    def scale(self, k):
        return Rect(self.w * k, self.h * k, label=self.label)

p = Point(1, 2)
q = Point(1, y=2)
print p, q, p == q, p != q, p == Point(2, 1)
print sorted([Point(3, 1), Point(1, 5), Point(1, 2)])
r = Rect(3, 4, label='box')
print r
r.area()
r.scale(2).area()
print SHAPES
try:
    Point(1, 2, 3)
except TypeError as e:
    print 'TypeError:', e
try:
    Point(z=1)
except TypeError as e:
    print 'TypeError:', e
print Point(), Rect(1)
print hasattr(Point, '__repr__'), Point.__name__, Rect.fields
