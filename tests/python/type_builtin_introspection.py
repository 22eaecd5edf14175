values = [1, 1L, 1.5, 1j, 'a', u'a', [], (), {}, set(), frozenset(), None, True,
          xrange(1), type, object(), len, [].append, lambda: 0, iter([]), slice(1)]
for v in values:
    t = type(v)
    print t.__name__, t
print type(type), type(object), type(int), type(None).__name__
class A(object):
    pass
class B:
    pass
print type(A), type(B), type(A()), type(B())
print type(A()) is A, type(B()).__name__
import types
print type(B()) is types.InstanceType, type(B) is types.ClassType
print type(1) == int, type(1) is int, type(True) is bool, type(1) is not bool

# three-argument type() creates classes
def greet(self):
    return 'hello from ' + self.name
Person = type('Person', (object,), {'name': 'anon', 'greet': greet, 'legs': 2})
p = Person()
print Person.__name__, p.greet(), p.legs, Person.__bases__
p.name = 'zed'
print p.greet()
Student = type('Student', (Person,), {'school': 'mit'})
s = Student()
print s.greet(), s.school, isinstance(s, Person), [c.__name__ for c in Student.__mro__]
print type('Empty', (), {})().__class__.__name__
try:
    type('X', (1,), {})
except TypeError, e:
    print 'TypeError:', e
try:
    type(1, 2)
except TypeError, e:
    print 'TypeError:', e
print type.__name__, int.__name__, A.__module__
print type(A.__dict__).__name__, type(A().__dict__).__name__
print type(int.__add__).__name__, type((1).__add__).__name__, type(A.__init__).__name__
print type(len).__name__, type(A.__dict__['__dict__']).__name__ if '__dict__' in A.__dict__ else None
