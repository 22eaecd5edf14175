class Dog(object):
    def speak(self):
        return 'woof'
    size = 3
class Cat(object):
    def speak(self):
        return 'meow'
    size = 2
class OldBird:
    def speak(self):
        return 'tweet'
    size = 1
class Robot(object):
    def __getattr__(self, name):
        if name == 'speak':
            return lambda: 'beep'
        if name == 'size':
            return 10
        raise AttributeError(name)
class Fish(object):
    speak = staticmethod(lambda: '...')
    @property
    def size(self):
        return 4

animals = [Dog(), Cat(), OldBird(), Robot(), Fish()] * 3
out = []
total = 0
for a in animals:
    out.append(a.speak())
    total += a.size
print out[:5], total

def add(a, b):
    return a + b
pairs = [(1, 2), (1.5, 2), ('a', 'b'), ([1], [2]), ((1,), (2,)), (1L, 2), (True, True), (u'x', 'y'), (2 ** 70, 1)]
for _ in range(3):
    res = [add(a, b) for a, b in pairs]
print res

def get_len(x):
    return len(x)
things = ['abc', [1, 2], (1,), {'a': 1}, set([1, 2, 3]), u'xy', xrange(7), bytearray('1234')]
print [get_len(t) for t in things * 2][:8]

def call(f, *args):
    return f(*args)
callables = [len, str.upper, lambda s: s[::-1], Dog, type, OldBird]
print [type(call(c, 'abc') if c not in (Dog, OldBird) else call(c)).__name__ for c in callables]

def index_it(container, key):
    return container[key]
cases = [([10, 20, 30], 1), ('hello', -1), ({'k': 'v'}, 'k'), ((5, 6), 0), (range(10), slice(2, 5)), (u'uni', 2)]
print [index_it(c, k) for c, k in cases * 2][:6]

def compare(a, b):
    return a < b, a == b
print [compare(a, b) for a, b in [(1, 2), (2.5, 2), ('a', 'b'), ((1, 2), (1, 3)), (None, 0), ([1], [1])]]
def iterate(x):
    return [e for e in x]
print [iterate(x) for x in ['ab', (1, 2), set([3]), {'k': 1}, xrange(2), iter([9])]]
