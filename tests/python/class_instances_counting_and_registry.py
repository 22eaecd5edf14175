class Tracked(object):
    _live = 0
    _created = 0
    _registry = {}
    def __init__(self, key):
        Tracked._live += 1
        Tracked._created += 1
        self.key = key
        type(self)._registry[key] = type(self).__name__
    def __del__(self):
        Tracked._live -= 1
    @classmethod
    def stats(cls):
        return cls._live, cls._created, sorted(cls._registry.items())

class SubTracked(Tracked):
    _registry = {}

a = Tracked('a')
b = SubTracked('b')
c = Tracked('c')
print Tracked.stats()
print SubTracked.stats()
del a
print Tracked.stats()[0]
items = [Tracked('t%d' % i) for i in range(3)]
print Tracked.stats()[:2]
items = None
print Tracked.stats()[:2]

class Shape(object):
    _kinds = {}
    def __init__(self, kind, **dims):
        self.kind = kind
        self.dims = dims
        Shape._kinds[kind] = Shape._kinds.get(kind, 0) + 1
    def __repr__(self):
        return '%s(%s)' % (self.kind, ', '.join('%s=%s' % kv for kv in sorted(self.dims.items())))
    @staticmethod
    def kinds():
        return sorted(Shape._kinds.items())
shapes = [Shape('circle', r=1), Shape('rect', w=2, h=3), Shape('circle', r=5)]
print shapes, Shape.kinds()
class Base(object):
    subclasses = []
    class __metaclass__(type):
        def __init__(cls, name, bases, ns):
            type.__init__(cls, name, bases, ns)
            if bases != (object,):
                cls.subclasses.append(name)
class P1(Base):
    pass
class P2(Base):
    pass
class P3(P1):
    pass
print Base.subclasses, type(P3).__name__
print [sc.__name__ for sc in Base.__subclasses__()], [sc.__name__ for sc in P1.__subclasses__()]
del b, c
print Tracked.stats()[:2]
