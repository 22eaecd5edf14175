import gc, weakref

class Node(object):
    def __init__(self, name):
        self.name = name
        self.links = []

def make_cycle():
    a, b, c = Node('a'), Node('b'), Node('c')
    a.links.append(b)
    b.links.append(c)
    c.links.append(a)
    return weakref.ref(a), weakref.ref(b), weakref.ref(c)

refs = make_cycle()
print [r() is not None for r in refs]
gc.collect()
print [r() is None for r in refs]

class Tracked(object):
    alive = 0
    def __init__(self):
        Tracked.alive += 1
        self.me = self
    def __del__(self):
        Tracked.alive -= 1

for _ in range(5):
    Tracked()
gc.collect()
print 'after collect, garbage list length:', len(gc.garbage) >= 0
print Tracked.alive in (0, 5)

class Simple(object):
    freed = []
    def __init__(self, n):
        self.n = n
    def __del__(self):
        Simple.freed.append(self.n)
objs = [Simple(i) for i in range(4)]
del objs[1]
print Simple.freed
objs.pop()
print Simple.freed
objs = None
print sorted(Simple.freed)
d = {'key': Simple(10)}
d.clear()
print sorted(Simple.freed)
def scope():
    local = Simple(20)
    return 'returned'
print scope(), sorted(Simple.freed)
x = Simple(30)
x = None
print 30 in Simple.freed
gc.collect()
wr_list = []
class Holder(object):
    pass
h = Holder()
h.self_ref = h
wr = weakref.ref(h)
del h
print wr() is not None
gc.collect()
print wr() is None
print gc.isenabled(), gc.collect() >= 0
