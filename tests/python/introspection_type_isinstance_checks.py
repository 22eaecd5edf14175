# isinstance/issubclass/type() introspection, dynamic class creation and dispatch.

class Animal(object):
    sound = '...'
    def speak(self):
        return '%s says %s' % (type(self).__name__, self.sound)
class Dog(Animal):
    sound = 'woof'
class Puppy(Dog):
    sound = 'yip'
class Cat(Animal):
    sound = 'meow'
class Robot:
    pass

zoo = [Dog(), Cat(), Puppy(), Animal()]
for a in zoo:
    print a.speak(), isinstance(a, Dog), type(a) is Dog, type(a).__mro__[1].__name__
print issubclass(Puppy, Animal), issubclass(Cat, Dog), issubclass(Dog, (Cat, Animal)), issubclass(Dog, Dog)
print isinstance(Robot(), object), type(Robot()).__name__, type(Robot).__name__, type(Animal).__name__
print isinstance(3, (str, int)), isinstance(True, int), isinstance(3L, int), isinstance(u'x', basestring)
print type(3) is int, type(3L), type(3.0), type('s'), type(u's'), type(None), type([]), type(()), type({})
print [t.__name__ for t in (bool, int, long, float, complex, str, unicode, list, tuple, dict, set, frozenset)]
print issubclass(bool, int), issubclass(int, object), bool.__bases__, Puppy.__bases__[0].__name__

def describe(x):
    if isinstance(x, bool):
        return 'bool:%s' % x
    if isinstance(x, (int, long)):
        return 'integer:%d' % x
    if isinstance(x, float):
        return 'float:%.2f' % x
    if isinstance(x, basestring):
        return 'string:%d chars' % len(x)
    if isinstance(x, dict):
        return 'dict:%s' % ','.join(sorted(x))
    if isinstance(x, (list, tuple, set)):
        return '%s[%s]' % (type(x).__name__, '; '.join(describe(i) for i in x))
    if callable(x):
        return 'callable:%s' % getattr(x, '__name__', type(x).__name__)
    return 'other:%s' % type(x).__name__
for v in [True, 42, 2 ** 70, 3.14159, 'abc', u'\xe9', {'b': 1, 'a': 2}, [1, 'x', (2.5,)], len, Dog, Dog(), None]:
    print describe(v)

Shape = type('Shape', (object,), {'sides': 0, 'describe': lambda self: '%s with %d sides' % (type(self).__name__, self.sides)})
Tri = type('Tri', (Shape,), {'sides': 3})
Sq = type('Sq', (Shape,), dict(sides=4, area=lambda self, s: s * s))
print Tri().describe(), Sq().describe(), Sq().area(5), Tri.__name__, [c.__name__ for c in Sq.__mro__]
print isinstance(Sq(), Shape), issubclass(Tri, Sq), type(Tri()) is Tri
print sorted(k for k in Sq.__dict__ if not k.startswith('__'))
print hasattr(Dog(), 'speak'), hasattr(Dog, 'bark'), getattr(Cat, 'sound'), callable(Dog.speak), callable(Dog().sound)
print Dog.__name__, Dog.__module__, Dog().__class__.__name__, Dog.speak.__name__, type(Dog.speak).__name__, type(Dog().speak).__name__
print [type(x).__name__ for x in (Dog.speak, len, lambda: 0, (i for i in ()), xrange(1), iter([]), slice(1))]
print isinstance(Dog, type), isinstance(Robot, type), type(type), object.__bases__, type.__bases__
try:
    isinstance(1, 'int')
except TypeError as e:
    print 'TypeError:', e
try:
    issubclass(Dog(), Animal)
except TypeError as e:
    print 'TypeError:', e
