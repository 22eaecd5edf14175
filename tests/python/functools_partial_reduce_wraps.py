import functools
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3)
two_to = functools.partial(power, 2)
print square(5), cube(3), two_to(10), square.func is power, square.args, square.keywords, two_to.args
p = functools.partial(sorted, key=len)
print p(['ccc', 'a', 'bb']), p(['xx', 'y'], reverse=True)
print functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 'init')
try:
    reduce(lambda a, b: a, [])
except TypeError, e:
    print 'TypeError:', e

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kw):
        print 'calling', fn.__name__, args
        return fn(*args, **kw)
    return wrapper

@logged
def add(a, b):
    "Adds things."
    return a + b
print add(1, 2), add.__name__, add.__doc__, add.__module__

def bare(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper
@bare
def named():
    "doc"
print named.__name__, named.__doc__

class Cmp(object):
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'Cmp(%d)' % self.v
print sorted([Cmp(3), Cmp(1), Cmp(2)], key=functools.cmp_to_key(lambda a, b: b.v - a.v))

@functools.total_ordering
class Version(object):
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split('.'))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return 'V%s' % '.'.join(map(str, self.parts))
vs = [Version('1.10'), Version('1.2'), Version('1.2.1')]
print sorted(vs), Version('2.0') >= Version('1.9'), Version('1.0') > Version('1.0'), Version('1') <= Version('1')

def memo(fn):
    cache = {}
    @functools.wraps(fn)
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print fib(80), len(fib.cache)
print functools.partial(max, 5)(3), type(square).__name__
