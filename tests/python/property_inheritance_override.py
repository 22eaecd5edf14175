class Base(object):
    def __init__(self):
        self._value = 10
    @property
    def value(self):
        return self._value
    @value.setter
    def value(self, v):
        print 'Base setter', v
        self._value = v
    def get_label(self):
        return 'base label'
    label = property(get_label)

class Derived(Base):
    @property
    def value(self):
        return 'derived sees %r' % self._value
    def get_label(self):
        return 'derived label'

class DerivedSetter(Base):
    @Base.value.setter
    def value(self, v):
        print 'DerivedSetter setter', v
        self._value = v * 2

b = Base()
b.value = 5
print b.value, b.label
d = Derived()
print d.value, d.label
try:
    d.value = 7
except AttributeError, e:
    print 'AttributeError:', e
ds = DerivedSetter()
ds.value = 4
print ds.value

class LateBinding(object):
    def _get(self):
        return self.compute()
    def compute(self):
        return 'base compute'
    prop = property(lambda self: self._get())
class LateChild(LateBinding):
    def compute(self):
        return 'child compute'
print LateChild().prop

class Computed(object):
    def __init__(self, items):
        self.items = items
    total = property(lambda self: sum(self.items), doc='sum of items')
    count = property(lambda self: len(self.items))
    mean = property(lambda self: float(self.total) / self.count)
c = Computed([1, 2, 3, 4])
print c.total, c.count, c.mean, Computed.total.__doc__
c.items.append(10)
print c.total, c.mean
p = property()
class Empty(object):
    attr = p
try:
    Empty().attr
except AttributeError, e:
    print 'AttributeError:', e
print p.fget, p.fset, p.fdel
p2 = p.getter(lambda self: 'now readable')
class Fixed(object):
    attr = p2
print Fixed().attr
class Shadow(object):
    x = property(lambda self: 'property wins')
s = Shadow()
s.__dict__['x'] = 'instance dict'
print s.x
