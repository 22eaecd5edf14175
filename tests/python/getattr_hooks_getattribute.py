class Record(object):
    def __init__(self, **fields):
        self.__dict__['_fields'] = dict(fields)
    def __getattr__(self, name):
        print '  __getattr__(%s)' % name
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError('Record has no field %r' % name)
    def __setattr__(self, name, value):
        print '  __setattr__(%s, %r)' % (name, value)
        self._fields[name] = value
    def __delattr__(self, name):
        print '  __delattr__(%s)' % name
        del self._fields[name]

r = Record(a=1, b=2)
print r.a
r.c = 3
print r.c, sorted(r._fields.items())
del r.a
print hasattr(r, 'a'), getattr(r, 'a', 'default')
try:
    r.zzz
except AttributeError, e:
    print 'AttributeError:', e

class Traced(object):
    def __init__(self):
        self.x = 10
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print '  __getattribute__(%s)' % name
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
    def method(self):
        return self.x
t = Traced()
print t.x
print t.missing
print t.method()

class Delegate(object):
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
d = Delegate([3, 1, 2])
d.append(0)
d.sort()
print d._target, d.count(1), d.index(2)
try:
    len(d)
except TypeError, e:
    print 'TypeError:', e

class Strict(object):
    __slots__ = ()
    def __getattribute__(self, name):
        raise AttributeError('no attributes: ' + name)
try:
    Strict().anything
except AttributeError, e:
    print 'AttributeError:', e
print getattr(Strict(), 'x', 'default used')

class Dyn(object):
    def __getattr__(self, name):
        if name.startswith('get_'):
            field = name[4:]
            return lambda: 'value of ' + field
        raise AttributeError(name)
print Dyn().get_color(), Dyn().get_size()
print hasattr(Dyn(), 'other'), hasattr(Dyn(), 'get_x')

class Raises(object):
    def __getattr__(self, name):
        raise ValueError('not attribute error')
try:
    hasattr(Raises(), 'q')
except ValueError, e:
    print 'hasattr propagates ValueError:', e
print getattr(object(), '__class__').__name__
try:
    getattr(object(), 5)
except TypeError, e:
    print 'TypeError:', e
