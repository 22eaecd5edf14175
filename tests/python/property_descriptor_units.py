# Properties and custom descriptors: validation, computed attributes, unit conversion.

class Typed(object):
    def __init__(self, name, kind, default=None):
        self.name = '_' + name
        self.kind = kind
        self.default = default
    def __get__(self, obj, cls):
        if obj is None:
            return self
        return getattr(obj, self.name, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('%s must be %s' % (self.name[1:], self.kind.__name__))
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print '  deleting', self.name[1:]
        delattr(obj, self.name)

class Positive(Typed):
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError('%s must be positive, got %r' % (self.name[1:], value))
        Typed.__set__(self, obj, value)

class Item(object):
    name = Typed('name', str, 'unnamed')
    qty = Positive('qty', int, 1)
    price = Positive('price', float, 0.0)
    def __init__(self, name, qty, price):
        self.name, self.qty, self.price = name, qty, price
    @property
    def total(self):
        return self.qty * self.price

it = Item('bolt', 10, 0.25)
print it.name, it.qty, it.price, it.total
for attr, val in [('qty', -1), ('qty', 2.5), ('price', 3), ('name', 'nut'), ('price', 1.5)]:
    try:
        setattr(it, attr, val)
        print 'set', attr, '=', val
    except (TypeError, ValueError) as e:
        print type(e).__name__, e
print it.name, it.qty, it.price, it.total
del it.qty
print it.qty
try:
    it.total = 5
except AttributeError as e:
    print 'AttributeError:', e
print type(Item.qty).__name__, Item.qty.kind.__name__

class Temperature(object):
    def __init__(self, celsius=0.0):
        self._c = celsius
    def _get_f(self):
        return self._c * 9.0 / 5 + 32
    def _set_f(self, f):
        self._c = (f - 32) * 5.0 / 9
    fahrenheit = property(_get_f, _set_f, doc='degrees F')
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
        self._c = 0.0

t = Temperature(100)
print t.celsius, t.fahrenheit
t.fahrenheit = 32
print t.celsius
t.celsius = 37
print '%.1f' % t.fahrenheit
try:
    t.celsius = -300
except ValueError as e:
    print 'ValueError:', e
del t.celsius
print t.celsius, Temperature.fahrenheit.__doc__

class Lazy(object):
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls):
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v
class Data(object):
    computed = 0
    @Lazy
    def expensive(self):
        Data.computed += 1
        return sum(range(1000))
d = Data()
print d.expensive, d.expensive, Data.computed, 'expensive' in d.__dict__
