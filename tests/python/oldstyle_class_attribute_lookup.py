class Base:
    kind = 'base'
    def hello(self):
        return 'Base.hello from ' + self.kind
    def only_base(self):
        return 'only in base'

class Left(Base):
    def hello(self):
        return 'Left.hello'

class Right(Base):
    kind = 'right'
    def hello(self):
        return 'Right.hello'
    def only_base(self):
        return 'Right overrides only_base'

class Child(Left, Right):
    pass

c = Child()
print c.hello()
print c.only_base()
print c.kind
print [b.__name__ for b in Child.__bases__]
print Child.__name__, Child.__module__
print type(c).__name__, c.__class__.__name__
print isinstance(c, Base), isinstance(c, Right)
print Base.kind, Base.__dict__['kind']
print sorted(k for k in Child.__dict__)
c.kind = 'instance'
print c.kind, c.__dict__
print Base.hello(c)
print Child.hello
print hasattr(Child, '__mro__'), hasattr(c, '__weakref__')

class WithGetattr:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return 'synth_' + name
w = WithGetattr()
print w.real, w.fake, w.__dict__
class WithInit:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return 'WithInit(%r)' % self.x
    def __len__(self):
        return self.x
    def __nonzero__(self):
        return self.x > 1
print WithInit(3), len(WithInit(3)), bool(WithInit(1)), bool(WithInit(2))
class NoInit:
    pass
try:
    NoInit(1)
except TypeError, e:
    print 'TypeError:', e
n = NoInit()
n.__class__ = WithInit
n.x = 9
print n
class Meth:
    def m(self):
        return 'm'
Meth.added = lambda self: 'added later'
print Meth().added(), Meth().m()
print type(Meth.m).__name__, type(Meth().m).__name__
class OldEq:
    def __init__(self, v):
        self.v = v
    def __cmp__(self, other):
        return cmp(self.v, other.v)
print OldEq(1) < OldEq(2), OldEq(3) == OldEq(3), sorted([OldEq(3), OldEq(1)])[0].v
