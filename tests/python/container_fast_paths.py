# The container and iteration fast paths (list growth and slicing, small tuples, enumerate's
# native counter, range from the small-int cache, len/abs/min/max/zip shortcuts) and the cases
# where they must bail out: subclasses, aliasing, mutation, huge and negative values.
import sys

# --- list growth, copies, slice assignment ------------------------------------------------------
l = []
for i in xrange(5000):
    l.append(i)
print len(l), l[0], l[-1], sum(l)
l2 = list(l)
l2.extend(l2)
print len(l2), l2[4999], l2[5000], l2[-1]
a = range(10)
a[2:4] = a
print a
a = range(10)
a[8:] = a[:3]
print a
a = range(10)
a[::-1] = a
print a
a = range(10)
a[::2] = a[1::2]
print a
a = range(10)
a[1:9:3] = (100, 200, 300)
print a
try:
    a[::2] = [1, 2]
except ValueError as e:
    print "ValueError:", e
a = range(6)
a[2:2] = "xyz"
a[0:1] = ()
del a[1:3]
print a
a = [1, 2, 3]
a[1:] = a[1:] * 3
print a, a * 0, [] * 5, a[:0], a[5:1], a[-100:100]
a = range(20)
print a[::-1], a[::7], a[-3::-4], a[15:2:-5], a[100:0:-1][:3], a[::-100]
print a[3:3], a[5:1], a[-1:-5], a[30:], a[:-30], len(a[:])
b = a[:]
print b is a, b == a
a.insert(0, -1)
a.insert(100, 99)
a.insert(-1, 98)
print a[:3], a[-3:]


class Shrinker(object):
    # An index whose __index__ empties the list being sliced.
    def __init__(self, target, v):
        self.target = target
        self.v = v

    def __index__(self):
        del self.target[:]
        return self.v


s = range(10)
print s[Shrinker(s, 2):8], s
s = range(10)
print s[1:Shrinker(s, 9):2], s


class MyList(list):
    def __iter__(self):
        return iter([7, 7])


m = MyList([1, 2, 3])
t = range(5)
t[1:3] = m
print t, type(m[1:]), m[::-1]
u = range(3)
u.extend(m)
print u

# --- tuples -------------------------------------------------------------------------------------
x, y, z = 1, "two", 3.0
for tp in [(), (x,), (x, y), (x, y, z), (x, y, z, x), (x, y, z, x, y), tuple(range(9))]:
    print len(tp), tp
t = (1, 1)
print t[::-1] is t, t[:] is t, t[0:2:1] is t, t[::-1], t[-5:10] is t
t = tuple(range(10))
print t[::3], t[::-3], t[7:2:-2], t[20:], t + (10, 11), () + (), (1,) + ()


class MyTuple(tuple):
    pass


mt = MyTuple((1, 2, 3))
print type(mt[:]), type(mt[::1]), mt[::-1], type(mt + (4,)), mt + mt
print (1, 2) * 2, (1,) * 0, tuple([5, 6])

# --- enumerate ----------------------------------------------------------------------------------
print list(enumerate("abc"))
print list(enumerate("abc", 10)), list(enumerate("abc", -2))
e = list(enumerate("ab", True))
print e, type(e[0][0])
e = list(enumerate("ab", 5L))
print e, type(e[0][0])
e = list(enumerate("a", 2 ** 70))
print e, type(e[0][0])
e = list(enumerate("abcd", sys.maxint - 1))
print e, [type(p[0]).__name__ for p in e]
e = list(enumerate("ab", -sys.maxint - 1))
print e
e = list(enumerate("ab", 2 ** 63))
print e


class MyInt(int):
    pass


class Idx(object):
    def __index__(self):
        return 40


e = list(enumerate("ab", MyInt(3)))
print e, type(e[0][0]).__name__
print list(enumerate("ab", Idx())), list(enumerate(sequence="xy", start=1))
for bad in [1.5, "s", None]:
    try:
        enumerate("ab", bad)
    except TypeError as ex:
        print "TypeError:", ex
try:
    enumerate()
except TypeError as ex:
    print "TypeError:", ex
try:
    enumerate(5)
except TypeError as ex:
    print "TypeError:", ex
it = enumerate([1, 2])
print next(it), next(it)
try:
    next(it)
except StopIteration:
    print "stopped"
grow = [1, 2, 3]
seen = []
for i, v in enumerate(grow):
    seen.append((i, v))
    if len(grow) < 6:
        grow.append(v * 10)
print seen
for i, (a1, b1) in enumerate(zip("xyz", [1, 2, 3])):
    print i, a1, b1,
print

# --- range --------------------------------------------------------------------------------------
print range(5), range(0), range(-3), range(2, 5), range(5, 2), range(10, 0, -3), range(0, 10, 4)
print range(-10, -20, -4), range(1020, 1030), range(-8, 3), range(1000, 1040, 13)
print range(3)[2] is 2, range(250, 260)[6] is 256
print range(-sys.maxint - 1, sys.maxint, 2 ** 62)
print range(sys.maxint, -sys.maxint - 1, -2 ** 62)
print range(sys.maxint - 2, sys.maxint), range(-sys.maxint - 1, -sys.maxint + 1)
print range(True), range(False, 3), range(2L, 5L), range(2 ** 64, 2 ** 64 + 2)
print range(MyInt(3)), range(0, 2 ** 63, 2 ** 62)
for args in [(0,), (1, 2, 0), (1.0,), ("a",), (1, 2, 3, 4), (), (0, 2 ** 50)]:
    try:
        print range(*args)
    except (TypeError, ValueError, OverflowError, MemoryError) as ex:
        print type(ex).__name__, ex
try:
    range(5, step=1)
except TypeError as ex:
    print "TypeError:", ex

# --- len / abs ----------------------------------------------------------------------------------


class LenList(list):
    def __len__(self):
        return 42


class LenTuple(tuple):
    def __len__(self):
        return 43


print len([1, 2]), len(()), len((1,)), len(LenList([1])), len(LenTuple((1,))), len("abc")
try:
    len(5)
except TypeError as ex:
    print "TypeError:", ex
big = 10 ** 6
print abs(big) is big, abs(-big), abs(0), abs(-5), abs(-sys.maxint - 1), abs(True), abs(-2.5)
print abs(-0.0), abs(float("-inf")), abs(-10 ** 30), type(abs(MyInt(-3))).__name__


class NegAbs(int):
    def __abs__(self):
        return "custom"


print abs(NegAbs(-1))
try:
    abs("x")
except TypeError as ex:
    print "TypeError:", ex

# --- min / max ----------------------------------------------------------------------------------
print min(3, 1, 2), max(3, 1, 2), min(1.5, 0.5), max(2, 2.5), min(-1, -1.0), max(-1.0, -1)
print min([4, 2, 8]), max("hello"), min((1, 2), (1, 1)), max(1, 2, key=lambda v: -v)
print min([3, 1], key=abs), max(x for x in range(4)), min(1L, 2), max(2 ** 70, 3)
nan = float("nan")
print min(nan, 1.0), min(1.0, nan), max(True, 1), max(1, True)


class Rev(int):
    def __lt__(self, other):
        return int(self) > int(other)

    def __gt__(self, other):
        return int(self) < int(other)


print min(Rev(1), Rev(5)), max(Rev(1), Rev(5))
for call in [lambda: min(), lambda: max([]), lambda: min(1, 2, foo=3), lambda: max(5)]:
    try:
        call()
    except (TypeError, ValueError) as ex:
        print type(ex).__name__, ex

# --- isinstance ---------------------------------------------------------------------------------
print isinstance([], list), isinstance(m, list), isinstance(mt, (int, tuple)), isinstance(1, str)
try:
    isinstance(1)
except TypeError as ex:
    print "TypeError:", ex

# --- zip ----------------------------------------------------------------------------------------
print zip(), zip("ab"), zip("abc", [1, 2]), zip("ab", "cd", "ef")
print zip(*[range(i, i + 2) for i in range(9)])
print zip(*[range(i, i + 2) for i in range(8)])
print zip(iter([1, 2, 3]), (x * x for x in range(10)))
try:
    zip([1], 5)
except TypeError as ex:
    print "TypeError:", ex
pairs = zip(range(1000), range(1000, 2000))
print len(pairs), pairs[-1]
