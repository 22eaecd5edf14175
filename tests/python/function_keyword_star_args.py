def show(*args, **kwargs):
    items = sorted(kwargs.items())
    return "args=%r kwargs=%r" % (args, items)

print show()
print show(1, 2, 3)
print show(a=1, b=2)
print show(1, *[2, 3], **{'z': 26, 'y': 25})
print show(*(), **{})
print show(*"abc")

def f(a, b, c=3, *rest, **kw):
    return a, b, c, rest, sorted(kw.items())

print f(1, 2)
print f(1, 2, 3, 4, 5)
print f(1, b=2)
print f(c=1, b=2, a=3)
print f(1, 2, 3, 4, x=5, y=6)
print f(*[1, 2], **{'c': 7, 'd': 8})

def errors(fn, *args, **kw):
    try:
        fn(*args, **kw)
    except TypeError, e:
        print "TypeError:", e

def two(a, b):
    return a + b

errors(two, 1)
errors(two, 1, 2, 3)
errors(two, 1, a=2)
errors(two, 1, 2, c=3)
errors(two)
errors(f)
errors(f, 1, 2, a=1)

def kwonly_like(**kw):
    return kw.pop('x', 'nox'), sorted(kw)
print kwonly_like(x=1, y=2)
print kwonly_like(y=2, z=3)

def nodefaults():
    return 42
errors(nodefaults, 1)
errors(nodefaults, x=1)

def onearg(x):
    return x
errors(onearg)
errors(onearg, 1, 2)

d = {'a': 1, 'b': 2}
print two(**d)
t = (5, 6)
print two(*t)
errors(show, **{1: 2})
