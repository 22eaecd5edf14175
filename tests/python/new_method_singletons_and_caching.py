class Singleton(object):
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print 'creating instance'
            cls._instance = super(Singleton, cls).__new__(cls)
        return cls._instance
    def __init__(self, value):
        print '__init__ with', value
        self.value = value
a = Singleton(1)
b = Singleton(2)
print a is b, a.value

class Interned(object):
    _cache = {}
    def __new__(cls, name):
        if name in cls._cache:
            return cls._cache[name]
        obj = object.__new__(cls)
        obj.name = name
        cls._cache[name] = obj
        return obj
x, y, z = Interned('a'), Interned('a'), Interned('b')
print x is y, x is z, sorted(Interned._cache)

class NotInit(object):
    def __new__(cls):
        return 42
    def __init__(self):
        print 'never called'
print NotInit()

class Other(object):
    def __init__(self):
        print 'Other.__init__ not called either'
class ReturnsOther(object):
    def __new__(cls):
        return Other.__new__(Other)
r = ReturnsOther()
print type(r).__name__

class Sub(object):
    def __init__(self):
        print 'Sub.__init__ runs'
class Factory(object):
    def __new__(cls, kind):
        if kind == 'sub':
            return object.__new__(FactorySub)
        return object.__new__(cls)
    def __init__(self, kind):
        print type(self).__name__, '__init__ kind', kind
class FactorySub(Factory):
    pass
print type(Factory('sub')).__name__, type(Factory('base')).__name__

class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
p = Point(3, 4)
print p, p.x, p.y, p == (3, 4)
try:
    object.__new__(int)
except TypeError, e:
    print 'TypeError:', e
try:
    int.__new__(str)
except TypeError, e:
    print 'TypeError:', e
print object.__new__(Sub).__class__.__name__
class WithArgs(object):
    def __new__(cls, *args, **kw):
        print '__new__ got', args, sorted(kw.items())
        return object.__new__(cls)
    def __init__(self, *args, **kw):
        print '__init__ got', args, sorted(kw.items())
WithArgs(1, 2, k=3)
