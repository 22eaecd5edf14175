# Attribute lookups stay right while hot when classes change under them: a base gains or
# loses an attribute after subclass lookups were cached, a data descriptor appears on a base
# and shadows instance dicts, __bases__ and __class__ are reassigned, a metaclass __setattr__
# intercepts class assignment, special methods (__getattr__, __eq__, __len__) are added late,
# instance dicts hold non-interned and str-subclass keys, and many classes and names churn.
import gc


def read_x(objs, n):
    out = []
    for i in range(n):
        for o in objs:
            try:
                out.append(o.x)
            except AttributeError as e:
                out.append('AE:' + str(e))
    return out


class A(object):
    pass


class B(A):
    pass


class C(B):
    pass


c = C()
print read_x([c], 3)
A.x = 'A.x'
print read_x([c], 3)
B.x = 'B.x'
print read_x([c], 3)
del B.x
print read_x([c], 3)
c.x = 'inst'
print read_x([c], 3)


# A data descriptor on a base shadows the instance dict once added.
class Prop(object):
    def __get__(self, inst, owner):
        return 'prop'

    def __set__(self, inst, v):
        print 'prop set', v


A.x = Prop()
print read_x([c], 2)
c.x = 'assigned'
print c.__dict__
# Only a non-data descriptor now: the instance dict wins again.
del Prop.__set__
print read_x([c], 2)
del A.x
del c.x
print read_x([c], 2)


# Methods rebound while hot.
class K(object):
    def m(self):
        return 1


class L(K):
    pass


def call_m(o, n):
    s = 0
    for i in range(n):
        s += o.m()
        if i == n // 2:
            K.m = lambda self: 100
    return s


print call_m(L(), 20)
L.m = lambda self: 1000
print call_m(L(), 4)
del L.m
print L().m()


# __bases__ reassignment.
class P1(object):
    y = 'P1'


class P2(object):
    y = 'P2'


class Q(P1):
    pass


class R(Q):
    pass


r = R()
ys = []
for i in range(6):
    ys.append(r.y)
    if i == 2:
        Q.__bases__ = (P2,)
print ys
print R.__mro__ == (R, Q, P2, object)
Q.__bases__ = (P1,)
print r.y, R.y


# __class__ reassignment.
class E1(object):
    def who(self):
        return 'E1'
    z = 1


class E2(object):
    def who(self):
        return 'E2'
    z = 2


e = E1()
seen = []
for i in range(6):
    seen.append((e.who(), e.z))
    if i == 2:
        e.__class__ = E2
print seen


# Metaclass __setattr__ intercepts class attribute assignment.
class Meta(type):
    def __setattr__(cls, name, value):
        print 'Meta setattr', name
        type.__setattr__(cls, name, value.upper() if isinstance(value, str) else value)

    def __delattr__(cls, name):
        print 'Meta delattr', name
        type.__delattr__(cls, name)


class M(object):
    __metaclass__ = Meta
    w = 'low'


class MSub(M):
    pass


ms = MSub()
print ms.w, MSub.w
M.w = 'changed'
print ms.w, MSub.w
del M.w
try:
    ms.w
except AttributeError as ex:
    print 'AE', ex
print getattr(MSub, 'w', 'missing')


# Special methods added after class creation.
class S(object):
    pass


s = S()
try:
    s.anything
except AttributeError as ex:
    print 'AE', ex
S.__getattr__ = lambda self, name: 'hook:' + name
print s.anything, s.other
del S.__getattr__
try:
    s.anything
except AttributeError as ex:
    print 'AE', ex
print S() == S()
S.__eq__ = lambda self, other: True
print S() == S()
S.__len__ = lambda self: 7
print len(s), bool(s)
del S.__len__
print bool(s)
S.__eq__ = lambda self, other: 'eq'
print s == 1


# Deleting class attributes while instances read them.
class D1(object):
    v = 1


class D2(D1):
    v = 2


d2 = D2()
vals = []
for i in range(6):
    vals.append(d2.v)
    if i == 1:
        del D2.v
    if i == 3:
        del D1.v
        D1.v = 'again'
print vals


# Non-interned and str-subclass keys in instance dicts.
class Key(str):
    def __hash__(self):
        return str.__hash__(self)

    def __eq__(self, other):
        print 'Key.__eq__'
        return str.__eq__(self, other)


class N(object):
    pass


n = N()
name = ''.join(['at', 'tr'])
setattr(n, name, 1)
print n.attr
n.attr = 2
print getattr(n, name), n.__dict__
n.__dict__[Key('kk')] = 'via key'
print n.kk
n.kk = 'replaced'
print n.__dict__['kk']
for i in range(40):
    setattr(n, 'a%d' % i, i)
print sum(getattr(n, 'a%d' % i) for i in range(40))
for i in range(0, 40, 2):
    delattr(n, 'a%d' % i)
print sum(getattr(n, 'a%d' % i, 0) for i in range(40))
print hasattr(n, 'a0'), hasattr(n, 'a1')
n.a0 = 'back'
print n.a0


# __dict__ replaced by another dict, and by a dict subclass.
class DictSub(dict):
    pass


n2 = N()
n2.q = 1
n2.__dict__ = {'q': 'new dict'}
print n2.q
n2.__dict__ = DictSub(q='sub dict')
print n2.q
n2.q = 'set on sub'
print n2.__dict__, type(n2.__dict__).__name__


# Slot member descriptors check the instance's type, not its __class__.
class Sl(object):
    __slots__ = ('a',)


class Proxy(object):
    @property
    def __class__(self):
        return Sl


sl = Sl()
sl.a = 5
print Sl.a.__get__(sl, Sl), isinstance(Proxy(), Sl)
try:
    Sl.a.__get__(Proxy(), Sl)
except TypeError as ex:
    print 'TypeError', ex
try:
    Sl.a.__set__(Proxy(), 1)
except TypeError as ex:
    print 'TypeError', ex


# Many classes and dynamically made names: cache entries collide and names are collected.
classes = []
for i in range(300):
    classes.append(type('T%d' % i, (object,), {'k%d' % (i % 7): i}))
total = 0
for rnd in range(3):
    for i, t in enumerate(classes):
        total += getattr(t(), 'k%d' % (i % 7))
        if rnd == 1 and i % 50 == 0:
            setattr(t, 'k%d' % (i % 7), -i)
    gc.collect()
print total
for i in range(0, 300, 50):
    t = classes[i]
    print i, getattr(t, 'k%d' % (i % 7)), hasattr(t, 'k%d' % ((i + 1) % 7))


# Classic classes in a new-style MRO: their dicts change without notice.
class Old:
    o = 'old'


class NewOnOld(Old, object):
    pass


no = NewOnOld()
print no.o
Old.o = 'old changed'
print no.o
del Old.o
print hasattr(no, 'o')


# Builtin types refuse assignment; lookups keep working.
try:
    int.foo = 1
except TypeError as ex:
    print 'TypeError', ex
try:
    object.__setattr__(A, 'x', 1)
except TypeError as ex:
    print 'TypeError', ex
print (5).real, 'abc'.upper()
