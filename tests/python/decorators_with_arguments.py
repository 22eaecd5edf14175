import functools
def repeat(times):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator

@repeat(3)
def greet(name):
    return 'hi ' + name
print greet('bob'), greet.__name__

def trace(fn):
    depth = [0]
    def wrapper(*args):
        print '  ' * depth[0] + '-> %s%r' % (fn.__name__, args)
        depth[0] += 1
        try:
            result = fn(*args)
        finally:
            depth[0] -= 1
        print '  ' * depth[0] + '<- %r' % (result,)
        return result
    return wrapper

@trace
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib(3)

def validate(**types):
    def decorator(fn):
        names = fn.func_code.co_varnames[:fn.func_code.co_argcount]
        def wrapper(*args):
            for name, value in zip(names, args):
                if name in types and not isinstance(value, types[name]):
                    raise TypeError('%s must be %s' % (name, types[name].__name__))
            return fn(*args)
        return wrapper
    return decorator

@validate(x=int, y=str)
def combine(x, y):
    return y * x
print combine(3, 'ab')
try:
    combine('3', 'ab')
except TypeError, e:
    print 'TypeError:', e

def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco
handlers = {}
@register(handlers)
def on_start():
    return 'started'
@register(handlers)
def on_stop():
    return 'stopped'
print sorted(handlers), handlers['on_start']()

class CountCalls(object):
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
    def __call__(self, *a):
        self.count += 1
        return self.fn(*a)
@CountCalls
def square(x):
    return x * x
print square(3), square(4), square.count

def stacked_a(fn):
    return lambda: 'a(' + fn() + ')'
def stacked_b(fn):
    return lambda: 'b(' + fn() + ')'
@stacked_a
@stacked_b
def base():
    return 'base'
print base()

class Service(object):
    @staticmethod
    @repeat(2)
    def ping():
        return 'pong'
print Service.ping(), Service().ping()
