class DataDesc(object):
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, t):
        return 'data-descriptor(%s)' % self.name
    def __set__(self, obj, v):
        obj.__dict__[self.name] = v

class NonDataDesc(object):
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, t):
        return 'non-data-descriptor(%s)' % self.name

class Meta(type):
    meta_attr = 'from metaclass'
    shadowed = 'metaclass version'

class Base(object):
    __metaclass__ = Meta
    base_attr = 'from base'
    overridden = 'base version'

class K(Base):
    data = DataDesc('data')
    nondata = NonDataDesc('nondata')
    overridden = 'K version'
    shadowed = 'class version'
    plain = 'class plain'

k = K()
k.__dict__['data'] = 'instance data'
k.__dict__['nondata'] = 'instance nondata'
k.__dict__['plain'] = 'instance plain'
print k.data
print k.nondata
print k.plain
print k.base_attr, k.overridden
print K.shadowed, K.meta_attr
print hasattr(k, 'meta_attr')
print K.data.__class__.__name__ if False else K.__dict__['data'].__class__.__name__
print K.nondata
del k.__dict__['nondata']
print k.nondata
k.data = 'set through descriptor'
print k.__dict__['data'], k.data

class Getattr(K):
    def __getattr__(self, name):
        return 'getattr(%s)' % name
g = Getattr()
print g.plain, g.missing, g.data
class GetattributeAndGetattr(object):
    x = 'class x'
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback for %s' % name
ga = GetattributeAndGetattr()
print ga.x, ga.boom, ga.other
class Old:
    attr = 'old class attr'
    def __getattr__(self, name):
        return 'old getattr ' + name
o = Old()
o.inst = 'old inst'
print o.attr, o.inst, o.nothing
