class Base(object):
    def __init__(self):
        print 'Base.__init__'
        self.trail = ['Base']
    def who(self):
        return ['Base']

class Left(Base):
    def __init__(self):
        print 'Left.__init__'
        super(Left, self).__init__()
        self.trail.append('Left')
    def who(self):
        return ['Left'] + super(Left, self).who()

class Right(Base):
    def __init__(self):
        print 'Right.__init__'
        super(Right, self).__init__()
        self.trail.append('Right')
    def who(self):
        return ['Right'] + super(Right, self).who()

class Bottom(Left, Right):
    def __init__(self):
        print 'Bottom.__init__'
        super(Bottom, self).__init__()
        self.trail.append('Bottom')
    def who(self):
        return ['Bottom'] + super(Bottom, self).who()

b = Bottom()
print b.trail
print b.who()
print Bottom.__mro__
print [c.__name__ for c in Bottom.mro()]

class A(object): pass
class B(object): pass
class C(object): pass
class D(object): pass
class E(object): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print [c.__name__ for c in Z.__mro__]

try:
    class X(A, B): pass
    class Y(B, A): pass
    class Bad(X, Y): pass
except TypeError, e:
    print 'TypeError:', e

class M(Left, Right):
    def who(self):
        return super(Left, self).who()
print M().who()
print super(Bottom, b).who(), super(Left, b).who(), super(Right, b).who()
s = super(Bottom, b)
print type(s).__name__, s.__thisclass__.__name__, s.__self__ is b
class Old: pass
try:
    class Mixed(Old, Base): pass
    print [c.__name__ for c in Mixed.__mro__]
except TypeError, e:
    print 'TypeError:', e
try:
    super(Left, 5)
except TypeError, e:
    print 'TypeError:', e
