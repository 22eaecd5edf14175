# Functions that tier up on one argument type and are then called with others:
# int -> float -> long -> str -> unicode -> tuple -> list -> user classes with
# operator methods (__add__, __radd__, __mul__, __lt__, __neg__, __getitem__...).
# Each type is used for 12+ calls so every tier (and every re-specialisation)
# sees it, and each call's result is printed.

import sys


class Vec(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return Vec(self.x + other, self.y + other)

    def __radd__(self, other):
        return Vec(other + self.x, other + self.y)

    def __sub__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x - other.x, self.y - other.y)
        return Vec(self.x - other, self.y - other)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __gt__(self, other):
        return (self.x, self.y) > (other.x, other.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __ne__(self, other):
        return not self.__eq__(other)

    def __nonzero__(self):
        return bool(self.x or self.y)

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


class Old:
    # an old-style class with numeric methods
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Old(self.v + (o.v if isinstance(o, Old) else o))

    def __radd__(self, o):
        return Old(o + self.v)

    def __sub__(self, o):
        return Old(self.v - (o.v if isinstance(o, Old) else o))

    def __mul__(self, o):
        return Old(self.v * (o.v if isinstance(o, Old) else o))

    __rmul__ = __mul__

    def __neg__(self):
        return Old(-self.v)

    def __cmp__(self, o):
        return cmp(self.v, o.v if isinstance(o, Old) else o)

    def __repr__(self):
        return "Old(%r)" % (self.v,)


class MyInt(int):
    def __add__(self, o):
        return MyInt(int(self) + int(o) + 1000)

    def __repr__(self):
        return "MyInt(%d)" % int(self)


def add(a, b):
    return a + b


def combo(a, b):
    s = a + b
    d = s + a
    t = d + b
    return t


def arith(a, b):
    r = a * 2
    r = r - b
    r = -r
    return r


def compare(a, b):
    out = []
    out.append(a < b)
    out.append(a > b)
    out.append(a == b)
    out.append(a != b)
    if a:
        out.append("truthy")
    else:
        out.append("falsy")
    return out


def accumulate(seq, start):
    total = start
    for x in seq:
        total = total + x
    return total


def index_twice(c, i):
    return c[i], c[-1], c[i:]


def run(label, fn, argsets):
    print "==", label, fn.__name__
    for args in argsets:
        try:
            r = fn(*args)
        except Exception as e:
            r = "raised %s: %s" % (type(e).__name__, e)
        print "  %s%r -> %r" % (fn.__name__, args, r)


M = sys.maxint


def ints(n):
    return [(i, i * 3 - 7) for i in range(n)]


def floats(n):
    return [(i * 0.5, 1.25 - i) for i in range(n)]


def longs(n):
    return [(M - i, M + i) for i in range(n)]


def strs(n):
    return [("s%d" % i, "x" * (i % 4)) for i in range(n)]


def unis(n):
    return [(u"u%d" % i, u"\u00e9" * (i % 3)) for i in range(n)]


def tups(n):
    return [((i,), (i, i + 1)) for i in range(n)]


def lists(n):
    return [([i], [i * 2] * (i % 3)) for i in range(n)]


def vecs(n):
    return [(Vec(i, -i), Vec(1, 2 * i)) for i in range(n)]


def vec_num(n):
    return [(Vec(i, i + 1), i) for i in range(n)]


def num_vec(n):
    return [(i, Vec(i, 7)) for i in range(n)]


def olds(n):
    return [(Old(i), Old(i * i)) for i in range(n)]


def myints(n):
    return [(MyInt(i), i) for i in range(n)]


def mixed(n):
    return [(i, i + 0.5) for i in range(n)] + [(M, 1)] * 3 + [(1.5, M * 4)] * 3


N = 12
for fn in (add, combo, compare):
    for label, gen in (("int", ints), ("float", floats), ("long", longs),
                       ("str", strs), ("unicode", unis), ("tuple", tups),
                       ("list", lists), ("Vec", vecs), ("Vec+num", vec_num),
                       ("num+Vec", num_vec), ("Old", olds), ("MyInt", myints),
                       ("mixed", mixed), ("int-again", ints)):
        run(label, fn, gen(N))

for label, gen in (("int", ints), ("float", floats), ("long", longs),
                   ("Vec", vecs), ("Vec+num", vec_num), ("Old", olds),
                   ("str (TypeError)", strs), ("int-again", ints)):
    run(label, arith, gen(N))

# accumulate: the loop itself tiers up (OSR) with one type, then restarts with others
for start, seq in ((0, range(300)),
                   (0.0, [i * 0.25 for i in range(300)]),
                   (M - 100, range(300)),
                   ("", [chr(65 + i % 26) for i in range(300)]),
                   ((), [(i,) for i in range(40)]),
                   (Vec(0, 0), [Vec(i, 1) for i in range(300)]),
                   (0, [Vec(i, i) for i in range(20)]),
                   (Old(0), range(300)),
                   (0, [1, 2.5, M, "x"]),
                   (0, range(300))):
    try:
        r = accumulate(seq, start)
    except TypeError as e:
        r = "TypeError: %s" % e
    print "accumulate", type(start).__name__, len(seq), "->", repr(r)[:200]

for c, i in ([range(10), 3], ["abcdefgh", 2], [u"unicode!", 5], [tuple("xyz"), 1],
             [{3: "three", -1: "minus", 2: "two"}, 2]):
    for k in range(12):
        try:
            r = index_twice(c, i)
        except TypeError as e:
            r = "TypeError: %s" % e
        if k % 4 == 0:
            print "index_twice", type(c).__name__, repr(r)
