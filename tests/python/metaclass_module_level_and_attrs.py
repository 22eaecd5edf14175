__metaclass__ = type

class NowNewStyle:
    pass
print type(NowNewStyle), isinstance(NowNewStyle(), object), NowNewStyle.__mro__

class Field(object):
    counter = 0
    def __init__(self, kind):
        self.kind = kind
        Field.counter += 1
        self.order = Field.counter

class ModelMeta(type):
    def __new__(mcs, name, bases, ns):
        fields = sorted(((k, v) for k, v in ns.items() if isinstance(v, Field)), key=lambda kv: kv[1].order)
        ns['_fields'] = [k for k, _ in fields]
        for k, _ in fields:
            del ns[k]
        return type.__new__(mcs, name, bases, ns)
    def __repr__(cls):
        return '<Model %s %s>' % (cls.__name__, cls._fields)

class Model(object):
    __metaclass__ = ModelMeta
    def __init__(self, **kw):
        for f in self._fields:
            setattr(self, f, kw.get(f))
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % (f, getattr(self, f)) for f in self._fields))

class User(Model):
    name = Field(str)
    email = Field(str)
    age = Field(int)

class Post(Model):
    title = Field(str)
    body = Field(str)

print User, Post, Model
print User(name='ann', age=3)
print Post(title='hi')
print hasattr(User, 'name'), User._fields

class Counted(type):
    count = 0
    def __init__(cls, name, bases, ns):
        Counted.count += 1
        cls.serial = Counted.count
        super(Counted, cls).__init__(name, bases, ns)
class A(object):
    __metaclass__ = Counted
class B(A):
    pass
class C(B):
    pass
print A.serial, B.serial, C.serial, Counted.count, type(C) is Counted

class Meta1(type):
    pass
class Meta2(Meta1):
    pass
class X(object):
    __metaclass__ = Meta1
class Y(object):
    __metaclass__ = Meta2
class Z(X, Y):
    pass
print type(Z).__name__
class Unrelated(type):
    pass
class W(object):
    __metaclass__ = Unrelated
try:
    class Bad(X, W):
        pass
except TypeError, e:
    print 'TypeError:', str(e).splitlines()[-1].strip()
print type.__subclasses__(Meta1)[0].__name__ if type.__subclasses__(Meta1) else None
