import math
class Shape(object):
    registry = []
    def __init__(self):
        Shape.registry.append(self)
    def area(self):
        raise NotImplementedError
    def perimeter(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return '%s(area=%.2f, perimeter=%.2f)' % (type(self).__name__, self.area(), self.perimeter())

class Circle(Shape):
    def __init__(self, r):
        super(Circle, self).__init__()
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r

class Polygon(Shape):
    def __init__(self, *sides):
        Shape.__init__(self)
        self.sides = sides
    def perimeter(self):
        return float(sum(self.sides))

class Rectangle(Polygon):
    def __init__(self, w, h):
        Polygon.__init__(self, w, h, w, h)
        self.w, self.h = w, h
    def area(self):
        return float(self.w * self.h)

class Square(Rectangle):
    def __init__(self, s):
        Rectangle.__init__(self, s, s)

class Triangle(Polygon):
    def area(self):
        a, b, c = self.sides
        s = (a + b + c) / 2.0
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

shapes = [Circle(1), Rectangle(2, 5), Square(3), Triangle(3, 4, 5), Circle(0.5)]
for s in sorted(shapes):
    print s
print len(Shape.registry)
print [type(s).__name__ for s in Shape.registry if isinstance(s, Polygon)]
print [type(s).__name__ for s in Shape.registry if isinstance(s, Rectangle)]
print max(shapes).r if isinstance(max(shapes), Circle) else type(max(shapes)).__name__
total = sum(s.area() for s in shapes)
print '%.4f' % total
print Square.__mro__[1:3]
try:
    Polygon(1, 2, 3).area()
except NotImplementedError:
    print 'Polygon.area not implemented'
by_type = {}
for s in shapes:
    by_type.setdefault(type(s).__name__, []).append(round(s.area(), 2))
print sorted(by_type.items())
