class Temperature(object):
    scale = 'C'
    instances = 0
    def __init__(self, celsius):
        self._c = celsius
        Temperature.instances += 1

    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print 'deleting celsius'
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9.0 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5.0 / 9)

    @staticmethod
    def valid(v):
        return v >= -273.15

t = Temperature(100)
print t.celsius, t.fahrenheit
t.celsius = 0
print t.celsius, t.fahrenheit
try:
    t.celsius = -300
except ValueError, e:
    print 'ValueError:', e
try:
    t.fahrenheit = 5
except AttributeError, e:
    print 'AttributeError:', e
del t.celsius
print hasattr(t, '_c')
f = Temperature.from_fahrenheit(212)
print type(f).__name__, f.celsius
print Temperature.valid(-300), t.valid(0), Temperature.instances

class Kelvin(Temperature):
    scale = 'K'
k = Kelvin.from_fahrenheit(32)
print type(k).__name__, k.celsius, k.scale
print type(Temperature.__dict__['from_fahrenheit']).__name__, type(Temperature.__dict__['valid']).__name__
print type(Temperature.__dict__['celsius']).__name__, Temperature.celsius.__class__.__name__
print Temperature.from_fahrenheit.im_self is Temperature, Kelvin.from_fahrenheit.im_self is Kelvin

class Old(object):
    def get_x(self):
        return self._x * 2
    def set_x(self, v):
        self._x = v
    x = property(get_x, set_x, None, 'the x property')
o = Old()
o.x = 21
print o.x, Old.x.__doc__, Old.x.fget.__name__, Old.x.fdel
try:
    del o.x
except AttributeError, e:
    print 'AttributeError:', e
ro = property(lambda self: 'read only')
class R(object):
    p = ro
print R().p
sm = staticmethod(len)
class S(object):
    length = sm
    counter = classmethod(lambda cls, n: (cls.__name__, n))
print S.length('abc'), S().length([1]), S.counter(3), S().counter(4)
