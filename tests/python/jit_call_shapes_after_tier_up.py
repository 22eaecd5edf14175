# Call sites and callees whose shape changes after tier-up: the same function
# called positionally, with keywords, with defaults, with *args/**kwargs; a
# call site whose callee changes between a function, a bound method, a
# builtin, a class, a callable instance, a staticmethod/classmethod and a
# functools.partial; argument errors (TypeError messages) from hot sites;
# default argument objects mutated across calls; and func_defaults/func_code
# replaced on a hot function.

import functools


def f(a, b=2, *rest, **kw):
    return (a, b, rest, sorted(kw.items()))


def simple(x, y):
    return x * 10 + y


class K(object):
    def __init__(self, v=0):
        self.v = v

    def meth(self, x, y=1):
        return self.v + x * y

    @staticmethod
    def st(x, y):
        return ("static", x, y)

    @classmethod
    def cm(cls, x, y):
        return (cls.__name__, x, y)

    def __call__(self, x, y):
        return ("called", self.v, x, y)


class SubK(K):
    pass


def shapes(n):
    out = []
    for i in range(n):
        m = i % 8
        if m == 0:
            r = f(i)
        elif m == 1:
            r = f(i, 5)
        elif m == 2:
            r = f(i, 5, 6, 7)
        elif m == 3:
            r = f(a=i)
        elif m == 4:
            r = f(i, c=1, d=2)
        elif m == 5:
            r = f(*(i, 9, 10))
        elif m == 6:
            r = f(i, **{"b": 3, "z": 4})
        else:
            r = f(*[i], **{"q": i})
        if i < 16 or i % 97 == 0:
            out.append(r)
    return out


def callee_changes(n):
    k = K(100)
    callees = [simple, k.meth, K.st, SubK.cm, k, functools.partial(f, 7),
               max, complex, lambda x, y: x - y, SubK(5).meth, divmod, pow]
    out = []
    for i in range(n):
        c = callees[(i // 20) % len(callees)]
        r = c(i, 3)
        if i % 20 == 0:
            out.append(r if not isinstance(r, K) else ("K", r.v))
    return out


def arg_errors(n):
    msgs = []
    calls = [lambda: simple(1), lambda: simple(1, 2, 3), lambda: simple(1, y=2, x=3),
             lambda: simple(1, z=2), lambda: f(), lambda: K().meth(),
             lambda: K.meth(1, 2), lambda: len(1, 2)]
    for i in range(n):
        try:
            calls[i % len(calls)]()
        except TypeError as e:
            if i < len(calls) * 2:
                msgs.append(str(e))
    return msgs


def mutable_default(x, acc=[]):
    acc.append(x)
    return len(acc)


def defaults_replaced(n):
    def g(a, b=1, c=2):
        return a + b + c
    out = []
    for i in range(n):
        if i == 100:
            g.func_defaults = (10, 20)
        if i == 200:
            g.func_defaults = (1000,)
        if i == 250:
            g.func_defaults = None
        try:
            r = g(i)
        except TypeError as e:
            r = str(e)
        if i % 50 == 0 or i in (249, 250):
            out.append(r)
    return out


def code_replaced(n):
    def g(x):
        return x + 1

    def h(x):
        return x * 100
    out = []
    for i in range(n):
        if i == 150:
            g.func_code = h.func_code
        if i % 50 == 0:
            out.append(g(i))
    return out


for row in shapes(300):
    print "shapes", row
print "callee_changes", callee_changes(480)
for m in arg_errors(300):
    print "arg_error", m
print "mutable_default", [mutable_default(i) for i in range(300)][-3:], len(mutable_default.func_defaults[0])
print "defaults_replaced", defaults_replaced(300)
print "code_replaced", code_replaced(300)

# keyword-only style with **kwargs and unusual keys
def kwsink(**kw):
    return sorted(kw)
for i in range(12):
    print "kwsink", kwsink(**{"k%d" % i: i, "x": 1})

# apply() and calls through the builtin map/filter/reduce in hot loops
acc = []
for i in range(300):
    acc.append(apply(simple, (i, 1)))
print "apply", acc[-3:]
print "map", map(simple, range(300), range(300))[-3:], reduce(lambda a, b: a + b, range(300))
print "filter", filter(lambda v: v % 97 == 0, range(300))
