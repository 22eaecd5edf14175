class Bag(object):
    items = []
    def add(self, x):
        self.items.append(x)

a, b = Bag(), Bag()
a.add(1)
b.add(2)
print a.items, b.items, Bag.items, a.items is b.items

class FixedBag(object):
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
a, b = FixedBag(), FixedBag()
a.add(1)
b.add(2)
print a.items, b.items

class Counter(object):
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
    def bad_increment(self):
        self.count += 100
for _ in range(3):
    c = Counter()
print Counter.count, c.id
c.bad_increment()
print c.count, Counter.count

class Config(object):
    defaults = {'color': 'red'}
    def __init__(self, **kw):
        self.settings = dict(self.defaults)
        self.settings.update(kw)
x = Config(size=3)
y = Config(color='blue')
print sorted(x.settings.items()), sorted(y.settings.items()), Config.defaults

class Parent(object):
    value = 'parent'
    shared = []
class Child(Parent):
    pass
Child.value = 'child override'
Child.shared.append('via child')
print Parent.value, Child.value, Parent.shared
del Child.value
print Child.value
class Tally(object):
    total = 0
    @classmethod
    def bump(cls):
        cls.total += 1
        return cls.total
class SubTally(Tally):
    pass
print Tally.bump(), SubTally.bump(), SubTally.bump(), Tally.total, SubTally.total
print 'total' in SubTally.__dict__, 'total' in Tally.__dict__
