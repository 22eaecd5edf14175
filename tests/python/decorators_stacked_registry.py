# Stacked decorators, decorators with arguments, and registry decorators.

registry = {}
trace_log = []

def register(name=None):
    def deco(fn):
        registry[name or fn.__name__] = fn
        return fn
    return deco

def traced(fn):
    def wrapper(*args, **kw):
        trace_log.append('enter %s%r' % (fn.__name__, args))
        r = fn(*args, **kw)
        trace_log.append('exit %s -> %r' % (fn.__name__, r))
        return r
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper

def times(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        wrapper.__name__ = fn.__name__ + '_x%d' % n
        return wrapper
    return deco

def validate(*types):
    def deco(fn):
        def wrapper(*args):
            for i, (a, t) in enumerate(zip(args, types)):
                if not isinstance(a, t):
                    raise TypeError('arg %d of %s must be %s, not %s' % (
                        i, fn.__name__, t.__name__, type(a).__name__))
            return fn(*args)
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

@register()
@traced
def add(a, b):
    "add two things"
    return a + b

@register('mul')
@validate(int, int)
@traced
def multiply(a, b):
    return a * b

@times(3)
def greet(who):
    return 'hi ' + who

print sorted(registry)
print add(2, 3), add('x', 'y')
print registry['mul'](6, 7)
try:
    registry['mul'](6, 'a')
except TypeError as e:
    print 'TypeError:', e
print greet('bob'), greet.__name__
print add.__name__, add.__doc__
for line in trace_log:
    print line

order = []
def mark(tag):
    order.append('factory ' + tag)
    def deco(fn):
        order.append('apply ' + tag)
        return fn
    return deco

@mark('outer')
@mark('middle')
@mark('inner')
def f():
    pass
print order

def counted(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper

@counted
def noop(*a, **k):
    return len(a) + len(k)
print noop(), noop(1, 2), noop(x=1), noop.calls
