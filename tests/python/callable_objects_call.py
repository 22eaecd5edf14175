class Multiplier(object):
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0
    def __call__(self, x, *rest, **kw):
        self.calls += 1
        result = x * self.factor
        if kw.get('negate'):
            result = -result
        return result

double = Multiplier(2)
print double(5), double('ab'), double(3, negate=True), double.calls
print map(double, [1, 2, 3]), callable(double), double.calls

class Pipeline(object):
    def __init__(self, *steps):
        self.steps = steps
    def __call__(self, value):
        for step in self.steps:
            value = step(value)
        return value
clean = Pipeline(str.strip, str.lower, lambda s: s.replace(' ', '_'))
print [clean(s) for s in ['  Hello World ', 'ABC', ' x y z ']]

class Memo(object):
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]
@Memo
def slow_square(n):
    print '  computing', n
    return n * n
print slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache)

class Counter(object):
    count = 0
    def __call__(self):
        Counter.count += 1
        return self
c = Counter()
c()()()
print Counter.count

class CallViaClass(object):
    pass
CallViaClass.__call__ = lambda self, x: 'patched %s' % x
print CallViaClass()(1)
inst = CallViaClass()
try:
    inst.__call__ = lambda x: 'instance attr'
    print inst(2)
except TypeError, e:
    print 'TypeError:', e
class OldCallable:
    def __call__(self, a, b=1):
        return a + b
o = OldCallable()
print o(1), o(1, 2), callable(o)
o2 = OldCallable()
o2.__call__ = lambda: 'instance-level call on old-style'
print o2()
print type(double.__call__).__name__, double.__call__(7)
print sorted([3, 1, 2], key=Multiplier(-1))
