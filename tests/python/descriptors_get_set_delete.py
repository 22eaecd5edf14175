class Typed(object):
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print '  get', self.name
        return obj.__dict__.get(self.name, 'unset')
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('%s must be %s, got %s' % (self.name, self.kind.__name__, type(value).__name__))
        print '  set', self.name, value
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print '  delete', self.name
        del obj.__dict__[self.name]

class Person(object):
    name = Typed('name', str)
    age = Typed('age', int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person('ann', 30)
print p.name, p.age
try:
    p.age = 'old'
except TypeError, e:
    print 'TypeError:', e
del p.age
print p.age
print type(Person.name).__name__, Person.name.kind

class NonData(object):
    def __get__(self, obj, objtype):
        return 'non-data from %s' % (objtype.__name__,)
class Holder(object):
    attr = NonData()
h = Holder()
print h.attr, Holder.attr
h.__dict__['attr'] = 'instance wins'
print h.attr

class DataOnlySet(object):
    def __set__(self, obj, v):
        obj.__dict__['hidden'] = v
    def __get__(self, obj, t):
        return 'descriptor wins'
class Holder2(object):
    attr = DataOnlySet()
h2 = Holder2()
h2.__dict__['attr'] = 'in dict'
print h2.attr
h2.attr = 5
print h2.__dict__['hidden']

class Lazy(object):
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, t):
        if obj is None:
            return self
        v = self.fn(obj)
        setattr(obj, self.fn.__name__, v)
        return v
class Circle(object):
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print '  computing area'
        return 3 * self.r * self.r
c = Circle(2)
print c.area, c.area, c.area

class Method(object):
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, t):
        return lambda *a: self.f(obj, *a)
class UsesMethod(object):
    @Method
    def hi(self, x):
        return 'hi %s' % x
print UsesMethod().hi(3)

def plain(self):
    return 'plain'
bound = plain.__get__(Holder(), Holder)
print bound(), type(bound).__name__
print staticmethod(plain).__get__(None, Holder)(1), classmethod(lambda cls: cls.__name__).__get__(None, Holder)()
print property(lambda self: 1).__get__(h, Holder), type(Holder.__dict__['attr']).__name__
