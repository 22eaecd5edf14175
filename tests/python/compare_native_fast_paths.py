# Comparisons the runtime answers natively (exact str, int, bool, float and tuples of them)
# must give the same answers as the generic slots: NaN, mixed int/float exactness, bools,
# nested tuples, tuples whose items need the generic path, cmp(), and the recursion limit.
import sys

nan = float("nan")
nan2 = float("nan")
inf = float("inf")
big = 2 ** 53 + 1

values = [0, 1, -1, True, False, 0.0, -0.0, 1.0, 0.5, nan, inf, -inf, 2 ** 53, float(2 ** 53),
          "", "a", "ab", "b", "\xff", 7L, big, float(big)]
ops = [("<", lambda a, b: a < b), ("<=", lambda a, b: a <= b), ("==", lambda a, b: a == b),
       ("!=", lambda a, b: a != b), (">", lambda a, b: a > b), (">=", lambda a, b: a >= b)]
rows = []
for a in values:
    for b in values:
        bits = "".join("1" if f(a, b) else "0" for _, f in ops)
        rows.append("%r %r %s" % (a, b, bits))
print len(rows)
for r in rows[::7]:
    print r
print "nan self", nan == nan, nan != nan, nan < nan, nan is nan

tuples = [(), (1,), (1, 2), (1.0, 2), (1, "a"), (1, "b"), ("a", 1), (nan,), (nan2,), (nan, 1),
          ((1, 2), "x"), ((1, 2.5), "x"), ((1, (2, "z")), 3), (1, 2, 3), (True, 2), (1, 7L),
          (1, None), (None, 1), (1, [2]), (1, u"a")]
trows = []
for a in tuples:
    for b in tuples:
        bits = "".join("1" if f(a, b) else "0" for _, f in ops)
        trows.append(bits)
print "".join(trows[:200])
print "".join(trows[200:])
t = (nan, 1)
print "nan tuple self", t == t, t < t, t <= t, (nan,) == (nan,), (nan,) == (nan2,)
print "nan tuple ord", (nan, 1) < (nan, 2), [nan] == [nan], [nan] < [nan2]

print [cmp(a, b) for a in (1, 2.5, "a", True, 7L) for b in (1, 2.5, "a", True, 7L)]
print cmp(nan, nan), cmp((nan,), (nan,)), cmp((1, nan), (2, nan2))

class Loud(object):
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print "eq", self.v
        return isinstance(o, Loud) and self.v == o.v
    def __lt__(self, o):
        print "lt", self.v
        return self.v < o.v

print (1, Loud(2)) < (1, Loud(3))
print (1, "a", Loud(2)) == (1, "a", Loud(2))
print (2, Loud(2)) < (1, Loud(3))

def nest(n, leaf):
    t = leaf
    for _ in xrange(n):
        t = (t,)
    return t

print nest(30, 1) < nest(30, 2), nest(30, "a") == nest(30, "a"), nest(10, 1) < nest(11, 1)
deep1, deep2 = nest(5000, 1), nest(5000, 2)
try:
    deep1 < deep2
except RuntimeError as e:
    print "RuntimeError", e
sys.setrecursionlimit(60)
a1, b1 = (1,), (2,)
a2, b2 = ((1,),), ((2,),)
def down(n):
    if n == 0:
        out = []
        for name, f in [("str", lambda: "a" < "b"), ("t1", lambda: a1 < b1), ("t2", lambda: a2 < b2)]:
            try:
                out.append((name, f()))
            except RuntimeError as e:
                out.append((name, "RE"))
        try:
            out.append(("inl-str", "a" < "b"))
        except RuntimeError:
            out.append(("inl-str", "RE"))
        try:
            out.append(("inl-t1", a1 < b1))
        except RuntimeError:
            out.append(("inl-t1", "RE"))
        try:
            out.append(("inl-t2", a2 < b2))
        except RuntimeError:
            out.append(("inl-t2", "RE"))
        return out
    return down(n - 1)
for depth in range(50, 60):
    try:
        print depth, down(depth)
    except RuntimeError as e:
        print depth, "RuntimeError", e
