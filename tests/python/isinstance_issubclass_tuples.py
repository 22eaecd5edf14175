class A(object): pass
class B(A): pass
class C(object): pass
class D(B, C): pass
class Old: pass
class OldSub(Old): pass

objs = [A(), B(), C(), D(), Old(), OldSub(), 1, 1L, 1.0, True, 'a', u'a', None, [], ()]
for o in objs:
    print type(o).__name__, isinstance(o, A), isinstance(o, (B, C)), isinstance(o, Old), \
        isinstance(o, (int, long)), isinstance(o, basestring), isinstance(o, object)
print issubclass(D, A), issubclass(D, (C, int)), issubclass(A, D), issubclass(A, A), issubclass(A, object)
print issubclass(OldSub, Old), issubclass(Old, object), issubclass(bool, (str, int))
print isinstance(A, type), isinstance(Old, type), isinstance(int, type), isinstance(type, type), isinstance(type, object)
print isinstance(1, ((str, (float, int)),))
try:
    isinstance(1, 1)
except TypeError, e:
    print 'TypeError:', e
try:
    issubclass(1, int)
except TypeError, e:
    print 'TypeError:', e
try:
    issubclass(int, 'x')
except TypeError, e:
    print 'TypeError:', e

class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(object):
    __metaclass__ = Meta
print isinstance('magic', Magic), isinstance('other', Magic), issubclass(int, Magic), issubclass(str, Magic)

import collections
print isinstance([], collections.Sequence), isinstance({}, collections.Mapping), isinstance('', collections.Iterable)
print isinstance(5, collections.Hashable), isinstance([], collections.Hashable), isinstance(len, collections.Callable)
class MyList(list): pass
print isinstance(MyList(), list), issubclass(MyList, collections.MutableSequence), type(MyList()) is list

class Proxy(object):
    def __init__(self, obj):
        self._obj = obj
    @property
    def __class__(self):
        return type(self._obj)
print isinstance(Proxy(5), int), type(Proxy(5)).__name__
