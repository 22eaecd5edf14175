# dir() of classic classes/instances, __slots__ classes, __dir__ (must return a list),
# metaclass methods hidden from dir(class), modules, functions and locals.
import sys
class Old:
    a = 1
    def m(self): pass
class Old2(Old):
    b = 2
o = Old2(); o.z = 3
print dir(Old2), dir(o)
class New(object):
    __slots__ = ('p', 'q')
    c = 1
print [n for n in dir(New) if not n.startswith('__')], [n for n in dir(New()) if not n.startswith('__')]
class WithDir(object):
    def __dir__(self): return ['z', 'a', 'm']
print dir(WithDir())
class Meta(type):
    def meta_m(cls): pass
class WithMeta(object):
    __metaclass__ = Meta
    x = 1
print [n for n in dir(WithMeta) if not n.startswith('__')]
print [n for n in dir(sys) if n in ('path', 'argv', 'modules')]
def f(): pass
print [n for n in dir(f) if not n.startswith('__')]
print dir(None) == dir(type(None))
class BadDir(object):
    def __dir__(self): return 5
try:
    dir(BadDir())
except TypeError as e: print e
print dir(1, ) == dir(int)
def loc():
    b = 1; a = 2
    return dir()
print loc()
