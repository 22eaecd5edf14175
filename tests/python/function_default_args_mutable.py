# Default arguments are evaluated once, at def time.
def append_to(item, target=[]):
    target.append(item)
    return target

print append_to(1)
print append_to(2)
print append_to(3, [])
print append_to(4)

def counter(start=0, step=1, _state={}):
    key = (start, step)
    _state[key] = _state.get(key, start) + step
    return _state[key]

for i in range(3):
    print counter(), counter(10), counter(10, 5)

x = 10
def capture(v=x):
    return v
x = 20
print capture(), capture(99)

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print safe_append(1), safe_append(2)
print append_to.func_defaults
print capture.func_defaults
print safe_append.__defaults__

def f(a, b=2, c=3):
    return a, b, c
print f(1), f(1, 5), f(1, c=9), f(a=7, c=0)
f.func_defaults = (100, 200)
print f(1)
f.func_defaults = None
try:
    f(1)
except TypeError, e:
    print "TypeError:", e

def g(a, (b, c)=(1, 2), d=4):
    return a + b + c + d
print g(0), g(0, (10, 20)), g(0, (1, 1), 1)
