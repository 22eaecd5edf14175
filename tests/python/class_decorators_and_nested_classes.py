def add_repr(cls):
    def __repr__(self):
        fields = sorted(vars(self).items())
        return '%s(%s)' % (cls.__name__, ', '.join('%s=%r' % f for f in fields))
    cls.__repr__ = __repr__
    return cls

registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls

def with_attr(**attrs):
    def deco(cls):
        for k, v in attrs.items():
            setattr(cls, k, v)
        return cls
    return deco

@register
@add_repr
@with_attr(kind='point', dims=2)
class Point(object):
    def __init__(self, x, y):
        self.x, self.y = x, y

print Point(1, 2), Point.kind, Point.dims, registry

def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config(object):
    def __init__(self, v=0):
        self.v = v
print Config(1).v, Config(2).v, Config() is Config(), type(Config).__name__

class Outer(object):
    class Inner(object):
        class Deepest(object):
            value = 'deep'
        def who(self):
            return 'inner'
    def make(self):
        return self.Inner()
print Outer.Inner.__name__, Outer.Inner.Deepest.value, Outer().make().who()
print Outer.Inner.__module__, repr(Outer.Inner)
print type(Outer().make()).__name__, isinstance(Outer().make(), Outer.Inner)

class Tree(object):
    class Node(object):
        def __init__(self, v):
            self.v = v
            self.children = []
    def __init__(self):
        self.root = self.Node('root')
    def add(self, v):
        n = Tree.Node(v)
        self.root.children.append(n)
        return n
t = Tree()
t.add('a').children.append(Tree.Node('a1'))
t.add('b')
print [c.v for c in t.root.children], [g.v for g in t.root.children[0].children]

@add_repr
class Old:
    def __init__(self):
        self.q = 1
print Old()
def counted(cls):
    orig_init = cls.__init__
    cls.created = 0
    def __init__(self, *a, **kw):
        cls.created += 1
        orig_init(self, *a, **kw)
    cls.__init__ = __init__
    return cls
@counted
class Thing(object):
    def __init__(self, name):
        self.name = name
things = [Thing(n) for n in 'abc']
print Thing.created, [t.name for t in things]
