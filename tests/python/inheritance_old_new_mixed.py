class OldBase:
    def greet(self):
        return 'old base greet'
    def only_old(self):
        return 'only in old base'
class NewBase(object):
    def greet(self):
        return 'new base greet'
    def only_new(self):
        return 'only in new base'
class Mixed(OldBase, NewBase):
    pass
class Mixed2(NewBase, OldBase):
    pass
m, m2 = Mixed(), Mixed2()
print m.greet(), m.only_old(), m.only_new()
print m2.greet(), m2.only_old(), m2.only_new()
print type(Mixed).__name__, type(m).__name__, [c.__name__ for c in Mixed.__mro__]
print [c.__name__ for c in Mixed2.__mro__]
print isinstance(m, OldBase), isinstance(m, NewBase), issubclass(Mixed, object)
class OldChild(OldBase):
    def greet(self):
        return 'child + ' + OldBase.greet(self)
print OldChild().greet(), type(OldChild).__name__
try:
    super(OldChild, OldChild()).greet()
except TypeError, e:
    print 'TypeError:', e
class NewFromOldViaMixed(Mixed):
    def greet(self):
        return 'sub: ' + super(NewFromOldViaMixed, self).greet()
print NewFromOldViaMixed().greet()
class A:
    x = 'A'
class B(A):
    pass
class C(A):
    x = 'C'
class D(B, C):
    pass
print D().x
class NA(object):
    x = 'A'
class NB(NA):
    pass
class NC(NA):
    x = 'C'
class ND(NB, NC):
    pass
print ND().x, [k.__name__ for k in ND.__mro__]
print hasattr(OldBase, '__mro__'), hasattr(Mixed, '__mro__'), OldBase.__bases__, [b.__name__ for b in Mixed.__bases__]
