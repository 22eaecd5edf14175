# Deaths happen at the statement that drops the last reference, also when several statements
# share a line: del, rebinding to None, deleting items and attributes, weak dictionaries.
import weakref


class W(object):
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print 'del', self.name


w = W('a'); r = weakref.ref(w); print r() is w; del w; print r()
x = W('b'); x = None; print 'after b'
d = {'k': W('c')}; del d['k']; print 'after c', len(d)
class Holder(object): pass
h = Holder(); h.v = W('d'); del h.v; print 'after d'
l = [W('e'), W('f')]; del l[0]; print 'after e'; l = None; print 'after f'
wv = weakref.WeakValueDictionary(); o = W('g'); wv['a'] = o; print len(wv); del o; print len(wv)
ws = weakref.WeakSet(); p = W('h'); ws.add(p); del p; print len(ws)


def f():
    a = W('i'); del a; print 'in f'
    b = W('j'); b = None; print 'end f'


f()
