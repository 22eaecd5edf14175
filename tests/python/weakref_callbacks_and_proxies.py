import weakref, gc

class Resource(object):
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'Resource(%s)' % self.name

log = []
r = Resource('db')
ref = weakref.ref(r, lambda w: log.append('callback fired'))
print ref() is r, ref().name
del r
gc.collect()
print ref(), log

a = Resource('a')
p = weakref.proxy(a)
print p.name, repr(p.name)
a.name = 'changed'
print p.name
del a
gc.collect()
try:
    p.name
except ReferenceError, e:
    print 'ReferenceError:', e

cache = weakref.WeakValueDictionary()
objs = [Resource(str(i)) for i in range(5)]
for o in objs:
    cache[o.name] = o
print sorted(cache.keys())
del objs[1:3]
gc.collect()
print sorted(cache.keys())
del objs
gc.collect()
print len(cache), cache.get('0')

wk = weakref.WeakKeyDictionary()
k1, k2 = Resource('k1'), Resource('k2')
wk[k1] = 1
wk[k2] = 2
print sorted(v for v in wk.values())
del k1
gc.collect()
print wk.values()

try:
    weakref.ref(5)
except TypeError, e:
    print 'TypeError:', e
try:
    weakref.ref([])
except TypeError, e:
    print 'TypeError:', e

class Slotted(object):
    __slots__ = ['x']
try:
    weakref.ref(Slotted())
except TypeError, e:
    print 'TypeError:', e
class SlottedWeak(object):
    __slots__ = ['x', '__weakref__']
s = SlottedWeak()
print weakref.ref(s)() is s

o = Resource('multi')
r1 = weakref.ref(o)
r2 = weakref.ref(o)
print r1 is r2, r1 == r2, weakref.getweakrefcount(o)
del o
gc.collect()
print r1() is None, r1 == r2

def f():
    pass
fr = weakref.ref(f)
print fr() is f
ws = weakref.WeakSet() if hasattr(weakref, 'WeakSet') else None
x = Resource('in set')
ws.add(x)
print len(ws)
del x
gc.collect()
print len(ws)
