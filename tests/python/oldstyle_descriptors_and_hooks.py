class Old:
    def __init__(self):
        self._v = 1
    def getv(self):
        return self._v * 10
    def setv(self, value):
        print 'setter called'
        self._v = value
    v = property(getv, setv)
    @staticmethod
    def smeth(x):
        return 'static %s' % x
    @classmethod
    def cmeth(cls):
        return 'class %s' % cls.__name__
    def __getattribute__(self, name):
        print 'never called for old-style'
        return 'x'
    __slots__ = ('only',)

o = Old()
print o.v
o.v = 5
print o.v, o.__dict__
print Old.smeth(1), o.smeth(2), Old.cmeth(), o.cmeth()
o.anything = 'slots ignored on old-style'
print o.anything

class New(object):
    def getv(self):
        return self._v * 10
    def setv(self, value):
        print 'setter called'
        self._v = value
    v = property(getv, setv)
n = New()
n.v = 5
print n.v, n.__dict__

class Desc(object):
    def __get__(self, obj, cls):
        return 'desc get (obj is %s)' % ('None' if obj is None else type(obj).__name__)
    def __set__(self, obj, val):
        print 'desc set', val
class OldWithDesc:
    d = Desc()
ow = OldWithDesc()
print ow.d
ow.d = 'assigned'
print ow.d, ow.__dict__
print OldWithDesc.d

class OldHooks:
    def __getattr__(self, name):
        return 'getattr:' + name
    def __setattr__(self, name, value):
        print 'setattr', name, value
        self.__dict__[name] = value
    def __delattr__(self, name):
        print 'delattr', name
        del self.__dict__[name]
h = OldHooks()
h.x = 1
print h.x, h.y
del h.x
print h.x
print h.__class__.__name__, h.__dict__
