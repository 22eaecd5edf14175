import abc
class Shape(object):
    __metaclass__ = abc.ABCMeta
    @abc.abstractmethod
    def area(self):
        pass
    @abc.abstractproperty
    def name(self):
        pass
    def describe(self):
        return '%s with area %.2f' % (self.name, self.area())

try:
    Shape()
except TypeError, e:
    print 'TypeError:', e

class Incomplete(Shape):
    def area(self):
        return 1.0
try:
    Incomplete()
except TypeError, e:
    print 'TypeError:', e

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return 'square'
sq = Square(3)
print sq.describe(), isinstance(sq, Shape), issubclass(Square, Shape)

class Duck(object):
    def area(self):
        return 0
Shape.register(Duck)
print isinstance(Duck(), Shape), issubclass(Duck, Shape), Duck.__mro__
print sorted(Shape.__abstractmethods__), sorted(getattr(Square, '__abstractmethods__', ()))

class Sized(object):
    __metaclass__ = abc.ABCMeta
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            if any('__len__' in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented
class HasLen(object):
    def __len__(self):
        return 0
print isinstance(HasLen(), Sized), isinstance(5, Sized), issubclass(list, Sized), issubclass(int, Sized)
import collections
class MyMapping(collections.Mapping):
    def __init__(self, d):
        self._d = d
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(sorted(self._d))
    def __len__(self):
        return len(self._d)
m = MyMapping({'b': 2, 'a': 1})
print m.keys(), m.items(), m.get('c', 'dflt'), 'a' in m, m == {'a': 1, 'b': 2}, len(m)
try:
    collections.Sequence()
except TypeError, e:
    print 'TypeError:', e
