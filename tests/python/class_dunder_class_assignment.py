class Cat(object):
    def speak(self):
        return 'meow'
class Dog(object):
    def speak(self):
        return 'woof'
pet = Cat()
print pet.speak(), type(pet).__name__
pet.__class__ = Dog
print pet.speak(), type(pet).__name__, isinstance(pet, Cat)
try:
    pet.__class__ = int
except TypeError, e:
    print 'TypeError:', e
try:
    pet.__class__ = 5
except TypeError, e:
    print 'TypeError:', e

class State(object):
    def handle(self, machine):
        raise NotImplementedError
class Idle(State):
    def handle(self):
        self.__class__ = Running
        return 'idle -> running'
class Running(State):
    def handle(self):
        self.__class__ = Stopped
        return 'running -> stopped'
class Stopped(State):
    def handle(self):
        return 'stopped stays stopped'
s = Idle()
print [s.handle() for _ in range(4)], type(s).__name__

class A(object):
    def who(self):
        return 'A'
class B(object):
    def who(self):
        return 'B'
class C(A):
    pass
print C().who()
C.__bases__ = (B,)
print C().who(), C.__mro__[1].__name__
print C.__name__
C.__name__ = 'Renamed'
print C.__name__, repr(C)[:25]
class Old:
    def f(self):
        return 'old f'
class Old2:
    def f(self):
        return 'old2 f'
o = Old()
o.__class__ = Old2
print o.f()
class Sub(Old):
    pass
Sub.__bases__ = (Old2,)
print Sub().f()
print A.__dict__['who'](C()) if False else A.who.__name__
print type(A.__dict__).__name__
try:
    A.__dict__['x'] = 1
except TypeError, e:
    print 'TypeError:', e
A.new_method = lambda self: 'added to A'
print A().new_method(), hasattr(C(), 'new_method')
