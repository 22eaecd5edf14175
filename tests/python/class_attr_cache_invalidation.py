# Class attribute lookups see every change: assignment and deletion on a class or a base,
# classic bases mutated under a new-style class, __bases__ reassigned, type.__setattr__, and
# object.__setattr__ refused on classes (CPython's "can't apply this __setattr__").
class C(object):
    x = 1

    def m(self):
        return 'C.m'


class D(C):
    pass


d = D()
print d.x, d.m()
try:
    object.__setattr__(C, 'x', 2)
except TypeError as e:
    print 'TypeError:', e
try:
    object.__delattr__(C, 'x')
except TypeError as e:
    print 'TypeError:', e
print d.x
C.x = 3
C.m = lambda self: 'new m'
print d.x, d.m()
del C.x
try:
    print d.x
except AttributeError as e:
    print 'AttributeError:', e
D.x = 'own'
print d.x, C().m()
del D.x


class Old:
    y = 1


class M(Old, object):
    pass


m = M()
print m.y
Old.y = 5
print m.y
del Old.y
print hasattr(m, 'y')


class E(object):
    z = 'E'


class F(object):
    z = 'F'


class G(E):
    pass


g = G()
print g.z
G.__bases__ = (F,)
print g.z, G.__mro__[1].__name__
try:
    D.__bases__ = (object,)
except TypeError as e:
    print 'TypeError:', e
type.__setattr__(D, 'w', 9)
print d.w
setattr(C, 'v', 'via setattr')
print d.v


class Meta(type):
    pass


class H(object):
    __metaclass__ = Meta
    k = 1


h = H()
for i in range(3):
    H.k = i
    print h.k,
print
