import gc

class Node(object):
    instances = 0
    def __init__(self, name):
        self.name = name
        self.other = None
        Node.instances += 1

a = Node('a')
b = Node('b')
a.other = b
b.other = a
del a, b
n = gc.collect()
print n >= 2

gc.disable()
print gc.isenabled()
gc.enable()
print gc.isenabled()

deleted = []
class WithDel(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        deleted.append(self.name)

x = WithDel('x')
del x
print deleted

def scope():
    y = WithDel('y')
    z = WithDel('z')
scope()
print sorted(deleted)

lst = [WithDel('l%d' % i) for i in range(3)]
lst = None
print sorted(deleted)

w = WithDel('reassigned')
w = WithDel('second')
print sorted(deleted)
del w
print sorted(deleted)

class Resurrect(object):
    saved = []
    def __del__(self):
        Resurrect.saved.append(self)
r = Resurrect()
del r
print len(Resurrect.saved)

print gc.get_threshold()[0] > 0
t = gc.get_threshold()
gc.set_threshold(500, 5, 5)
print gc.get_threshold()
gc.set_threshold(*t)

class Cyc(object):
    pass
c = Cyc()
c.self = c
import weakref
wr = weakref.ref(c)
del c
gc.collect()
print wr() is None
print type(gc.get_objects()).__name__, gc.collect() >= 0
d = {}
d['me'] = d
print gc.is_tracked(d), gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked([])
print gc.garbage
