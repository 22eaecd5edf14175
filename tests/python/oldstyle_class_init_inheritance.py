class Animal:
    population = 0
    def __init__(self, name, sound='...'):
        self.name = name
        self.sound = sound
        Animal.population += 1
    def speak(self):
        return '%s says %s' % (self.name, self.sound)
    def kind(self):
        return self.__class__.__name__.lower()

class Dog(Animal):
    def __init__(self, name):
        Animal.__init__(self, name, 'woof')
        self.tricks = []
    def learn(self, trick):
        self.tricks.append(trick)
        return self

class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + ' (squeaky)'

class Cat(Animal):
    pass

animals = [Dog('rex'), Puppy('bit'), Cat('tom', 'meow'), Animal('generic')]
for a in animals:
    print a.speak(), '|', a.kind()
print Animal.population
print animals[0].learn('sit').learn('roll').tricks
print isinstance(animals[1], Dog), isinstance(animals[2], Dog), issubclass(Puppy, Animal)
print Puppy.__bases__[0].__name__, Dog.__bases__[0] is Animal
print hasattr(animals[1], 'tricks'), hasattr(animals[2], 'tricks')
print Puppy.speak.im_class.__name__ if hasattr(Puppy.speak, 'im_class') else None
print [k for k in sorted(vars(animals[0]))]
class Mixin:
    def describe(self):
        return 'I am ' + self.name
class DescribedCat(Mixin, Cat):
    pass
dc = DescribedCat('felix', 'purr')
print dc.describe(), dc.speak()
try:
    Animal()
except TypeError, e:
    print 'TypeError:', e
class Overrides:
    def __init__(self):
        self.x = 1
    def __getattr__(self, name):
        if name == 'computed':
            return self.x * 100
        raise AttributeError(name)
    def __setattr__(self, name, value):
        self.__dict__[name] = value * 2 if isinstance(value, int) else value
o = Overrides()
print o.x, o.computed
o.y = 5
print o.y
try:
    o.nothing
except AttributeError, e:
    print 'AttributeError:', e
print type(Animal), type(Dog('d'))
