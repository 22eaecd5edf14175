# Calls on the fast paths (positional calls of Python functions, compiled callees, __init__
# without a bound method), made hot in loops so tier 1 compiles both sides: recursion limits,
# sys.exc_info across calls, escaping frames, __init__ results, __new__, and functions whose
# defaults or code change while they are hot.
import sys

N = 3000


def add(a, b):
    return a + b


def with_default(a, b=10):
    return a * b


def hot_sum():
    acc = 0
    for i in xrange(N):
        acc = add(acc, i)
        acc = acc - with_default(i) + with_default(i, 10)
    return acc


print hot_sum()


# --- recursion limit ---------------------------------------------------------------------------
def down(n):
    return down(n + 1)


def count_depth(n):
    if n == 0:
        return 0
    return 1 + count_depth(n - 1)


old_limit = sys.getrecursionlimit()
sys.setrecursionlimit(150)
errors = 0
for i in xrange(50):
    try:
        down(0)
    except RuntimeError as e:
        errors += 1
        msg = str(e)
print errors, msg
print sum(count_depth(100) for i in xrange(200))
try:
    count_depth(1000)
except RuntimeError as e:
    print "deep:", e
sys.setrecursionlimit(old_limit)
print count_depth(500)


# --- sys.exc_info across calls (CPython 2.7 rules) ---------------------------------------------
def current():
    return sys.exc_info()[0]


def catches_own():
    try:
        raise KeyError("inner")
    except KeyError:
        return current()


def raises(i):
    if i % 3 == 0:
        raise ValueError(i)
    return i


def exc_loop():
    seen = []
    for i in xrange(N):
        try:
            raise TypeError("outer")
        except TypeError:
            a = current()
            b = catches_own()
            c = current()
        try:
            raises(i)
        except ValueError as e:
            d = e.args[0]
        if i % 1000 == 0:
            seen.append((a.__name__, b.__name__, c.__name__, d))
    return seen


print exc_loop()
sys.exc_clear()
print current()


def handled_then_return():
    try:
        raise IndexError
    except IndexError:
        pass
    return current()


# After the except clause, the function itself still sees it (2.7); the caller does not.
print [handled_then_return().__name__ for i in xrange(3)], current()


# --- tracebacks through hot calls --------------------------------------------------------------
def fails(x):
    return 1 / x


def calls_fails(x):
    return fails(x) + 1


def tb_loop():
    lines = None
    for i in xrange(N):
        try:
            calls_fails(i % 500)
        except ZeroDivisionError:
            tb = sys.exc_info()[2]
            names = []
            while tb is not None:
                names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
                tb = tb.tb_next
            lines = names
    return lines


print tb_loop()


# --- frames escaping through sys._getframe ------------------------------------------------------
def grab(x):
    y = x * 2
    return sys._getframe()


def grab_caller():
    return sys._getframe(1)


def frames_loop():
    kept = []
    for i in xrange(N):
        f = grab(i)
        if i % 1000 == 0:
            kept.append(f)
        c = grab_caller()
    distinct = len(set(id(f) for f in kept)) == len(kept)
    return ([(f.f_code.co_name, f.f_locals["x"], f.f_locals["y"], f.f_back.f_code.co_name)
             for f in kept], distinct, c.f_code.co_name)


print frames_loop()


# --- instantiation ------------------------------------------------------------------------------
class Point(object):
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


class Bad(object):
    def __init__(self, v):
        self.v = v
        return v


class Made(object):
    def __new__(cls, n):
        if n % 2:
            return n
        o = object.__new__(cls)
        o.tag = "new"
        return o

    def __init__(self, n):
        self.n = n


class Counted(object):
    count = 0

    def __new__(cls, *args):
        cls.count += 1
        return object.__new__(cls)


class Child(Point):
    pass


class Old:
    def __init__(self, a):
        self.a = a


def make_loop():
    total = 0
    bad = []
    made = []
    for i in xrange(N):
        p = Point(i, y=i)
        q = Point(i)
        c = Child(1, 2)
        o = Old(i)
        total += p.x + p.y + q.y + c.y + o.a
        try:
            Bad(None if i % 2 else i)
        except TypeError as e:
            bad.append(str(e))
        m = Made(i)
        if i < 4:
            made.append(m if isinstance(m, int) else (m.tag, m.n))
        Counted()
    return total, len(bad), bad[:2], made, Counted.count


print make_loop()
try:
    Point()
except TypeError as e:
    print e
try:
    Point(1, 2, 3)
except TypeError as e:
    print e


# --- defaults and code changed while hot -------------------------------------------------------
def changing(a, b=1):
    return a + b


def other(a, b=100):
    return a - b


def change_loop():
    out = []
    for i in xrange(N):
        if i == 1000:
            changing.__defaults__ = (5,)
        if i == 2000:
            changing.__code__ = other.__code__
        if i == 2500:
            changing.__defaults__ = None
        try:
            out.append(changing(i))
        except TypeError as e:
            out.append(str(e))
    return out[999:1001], out[1999:2001], out[2499:2501]


print change_loop()


# --- other callees on the same call sites ------------------------------------------------------
def gen(n):
    for i in xrange(n):
        yield i


def closure(k):
    def inner(v, w):
        return v + w + k
    return inner


def star(*a):
    return len(a)


def mixed_loop():
    callees = [add, closure(3), star, max, Point]
    acc = []
    for i in xrange(N):
        f = callees[i % 5]
        r = f(i, 1)
        if i < 5:
            acc.append(r if not isinstance(r, Point) else (r.x, r.y))
        acc.append(sum(gen(3)))
    bound = Point(0).__init__
    for i in xrange(N):
        bound(i, i)
    return acc[:12], len(acc)


print mixed_loop()


# --- argument errors name the code, not the function's __name__ ---------------------------------
def named(a):
    return a


named.__name__ = "renamed"
for call in (lambda: named(), lambda: named(1, b=2), lambda: named(1, 2), lambda: named(**{"q": 1})):
    try:
        call()
    except TypeError as e:
        print e
