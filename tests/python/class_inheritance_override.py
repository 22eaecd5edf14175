class Shape(object):
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError("area not defined for %s" % self.name)
    def describe(self):
        return "%s with %d sides and area %.2f" % (self.name, self.sides, self.area())
    def __str__(self):
        return "<%s %s>" % (type(self).__name__, self.name)

class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        Shape.__init__(self, 'rect')
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super(Square, self).__init__(s, s)
        self.name = 'square'

class Triangle(Shape):
    sides = 3
    def __init__(self, b, h):
        super(Triangle, self).__init__('triangle')
        self.b, self.h = b, h
    def area(self):
        return 0.5 * self.b * self.h

shapes = [Rect(2, 3), Square(4), Triangle(3, 5)]
for s in shapes:
    print s, s.describe()
try:
    Shape('blob').describe()
except NotImplementedError, e:
    print 'NotImplementedError:', e

print issubclass(Square, Rect), issubclass(Square, Shape), issubclass(Rect, Square)
print isinstance(shapes[1], Rect), isinstance(shapes[0], Square)
print Square.__bases__, Square.__base__
print [c.__name__ for c in Square.__mro__]
print Square.sides, Triangle.sides
print Square.area is Rect.area, Square.area == Rect.area
print Square.__dict__.keys()
print 'area' in Rect.__dict__, 'area' in Square.__dict__

class Base(object):
    def hello(self):
        return 'base hello'
    def call_hello(self):
        return self.hello()
class Derived(Base):
    def hello(self):
        return 'derived + ' + Base.hello(self)
print Derived().call_hello()
print Base().call_hello()
print super(Derived, Derived()).hello()
print issubclass(bool, int), issubclass(int, object), issubclass(Derived, (int, Base))
