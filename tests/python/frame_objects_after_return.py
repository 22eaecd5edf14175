# Frame objects stay intact after their call returns, whoever holds them: sys._getframe,
# tracebacks (caught and re-raised), f_back chains, generator frames; later calls of the same
# function get fresh locals.
import sys


def grab(x):
    y = x * 2
    return sys._getframe()


def outer(n):
    return inner(n + 1)


def inner(m):
    return sys._getframe(1)


f1 = grab(1)
f2 = grab(10)
print f1 is f2, sorted(f1.f_locals.items()), sorted(f2.f_locals.items())
print f1.f_code.co_name, f1.f_lineno
o = outer(5)
print o.f_code.co_name, sorted(o.f_locals.items())
for i in range(3):
    grab(i + 100)
print sorted(f1.f_locals.items()), sorted(o.f_locals.items())


def fails(v):
    local = [v]
    raise ValueError(v)


def catch(v):
    try:
        fails(v)
    except ValueError:
        return sys.exc_info()[2]


tbs = [catch(i) for i in range(3)]
for tb in tbs:
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno,
                       sorted(k for k in tb.tb_frame.f_locals if k != 'local'),
                       tb.tb_frame.f_locals.get('local')))
        tb = tb.tb_next
    print frames


def plain(a, b=2, *rest, **kw):
    c = a + b
    return c, rest, sorted(kw.items())


for i in range(5):
    print plain(i), plain(i, i, i, k=i)


def rec(n):
    if n == 0:
        return [sys._getframe(k).f_locals['n'] for k in range(4)]
    return rec(n - 1)


print rec(3), rec(5)


def gen(k):
    fr = sys._getframe()
    yield fr.f_locals['k']
    yield k * 2


g = gen(7)
print next(g), g.gi_frame.f_locals['k'], next(g)


def cells(x):
    def inner():
        return x
    return inner


fs = [cells(i) for i in range(4)]
print [f() for f in fs]


def backchain():
    return sys._getframe()


def caller_of_backchain(tag):
    fr = backchain()
    return fr


fa = caller_of_backchain('a')
fb = caller_of_backchain('b')
print fa.f_back.f_locals['tag'], fb.f_back.f_locals['tag'], fa is fb
