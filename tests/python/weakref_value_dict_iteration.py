import weakref, gc
class Obj(object):
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'Obj(%d)' % self.n
strong = [Obj(i) for i in range(6)]
wvd = weakref.WeakValueDictionary((i, o) for i, o in enumerate(strong))
print sorted(wvd.keys()), len(wvd)
print sorted(wvd.items())
del strong[::2]
gc.collect()
print sorted(wvd.keys()), sorted(wvd.values(), key=lambda o: o.n)
print 1 in wvd, 0 in wvd, wvd.get(0, 'gone'), wvd[1]
try:
    wvd[0]
except KeyError, e:
    print 'KeyError:', e
wvd[10] = strong[0]
print sorted(wvd)
refs = wvd.valuerefs()
print sorted(r().n for r in refs if r() is not None)
wks = weakref.WeakKeyDictionary()
for o in strong:
    wks[o] = o.n * 100
print sorted(wks.values())
victim = strong.pop()
del victim
gc.collect()
print sorted(wks.values()), len(wks)
o = Obj(99)
r1 = weakref.ref(o)
r2 = weakref.ref(o)
print r1 == r2, hash(r1) == hash(r2), r1() is o
d = {r1: 'by ref'}
print d[r2]
p = weakref.proxy(o)
print p.n, repr(p.n), isinstance(p, Obj), type(p) is Obj
del o
gc.collect()
print r1(), r1 == r2
try:
    hash(weakref.ref(Obj(1)))
    print 'hash of dead ref computed'
except TypeError, e:
    print 'TypeError:', e
