# list.sort / sorted over keys the runtime compares natively (exact str, int, bool, float,
# tuples of those) must give CPython's order, stability and errors: NaN, mixed numbers,
# nested tuples, keys that need the generic path part-way, reverse, long lists, errors,
# mutation during the sort, and the recursion limit.
import sys

class Lcg(object):
    def __init__(self, seed):
        self.x = seed
    def next(self, bound):
        self.x = (self.x * 1103515245 + 12345) & 0x7fffffff
        return (self.x >> 8) % bound

rng = Lcg(11)
ints = [rng.next(50) - 25 for _ in range(300)]
words = ["".join(chr(97 + rng.next(4)) for _ in range(rng.next(4))) for _ in range(300)]
floats = [rng.next(1000) / 7.0 for _ in range(300)]
nan = float("nan")

def show(label, xs):
    print label, len(xs), xs[:12], xs[-6:]

show("ints", sorted(ints))
show("ints rev", sorted(ints, reverse=True))
show("words", sorted(words))
show("words rev", sorted(words, reverse=True))
show("floats", sorted(floats))
show("mixed num", sorted(ints[:100] + floats[:100] + [True, False, 2 ** 70, 3L]))
# Stability: equal keys keep their order, also with reverse.
idx = range(300)
show("stable", sorted(idx, key=lambda i: ints[i]))
show("stable rev", sorted(idx, key=lambda i: ints[i], reverse=True))
show("stable words", sorted(idx, key=lambda i: words[i]))
show("tuples", sorted(zip(ints, words)))
show("tuples rev", sorted(zip(words, ints), reverse=True))
show("nested", sorted([(w, (i, w)) for i, w in zip(ints, words)]))
show("tuple key", sorted(idx, key=lambda i: (-ints[i], words[i])))
show("short tuples", sorted([(1,), (), (1, 2), (0, 5), (1, 1.5), (True,)]))
# Short lists with NaN: CPython's exact comparison sequence decides the order.
for xs in ([3.0, nan, 1.0, 2.0], [nan, 2.0, 1.0], [1.0, 2.0, nan, 0.5, nan, -1.0],
           [(1, nan), (0, 1.0), (1, 0.0)], [2, nan, 1, nan, 0]):
    print sorted(xs), sorted(xs, reverse=True)
# Keys that need the generic path (None, longs, unicode, lists, objects) somewhere.
print sorted([3, "a", 2.5, None, (1,), u"b", [1], 2 ** 80, -1])
print sorted([(1, 2), (1, None), (0, "x"), (1, [3]), (1, 2L)])
print sorted([("a", 1), ("a", None), ("b", 0), ("a", u"z")])
# Booleans and ints as equal keys keep order.
print sorted([1, True, 1.0, 0, False, 0.0, -0.0], key=lambda v: v)
print [type(v).__name__ for v in sorted([1, True, 1.0, 0, False, 0.0, -0.0])]

# Errors and mutation.
class Bad(object):
    def __lt__(self, o):
        raise ValueError("no order")
xs = [3, 1, Bad(), 2]
try:
    xs.sort()
except ValueError as e:
    print "ValueError", e, len(xs)
xs = [3, 1, 2]
def key(v):
    if v == 2:
        xs.append(9)
    return v
try:
    xs.sort(key=key)
except ValueError as e:
    print "ValueError", e, xs
class Grow(object):
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        victim.append(0)
        return self.v < o.v
victim = [Grow(2), Grow(1)]
try:
    victim.sort()
except ValueError as e:
    print "ValueError", e, len(victim)
print sorted([3, 1, 2], cmp=lambda a, b: b - a)
try:
    sorted(["a", "b"], cmp=lambda a, b: "x")
except TypeError as e:
    print "TypeError", e
try:
    sorted([1, 2], key=lambda v: 1 / 0)
except ZeroDivisionError as e:
    print "ZeroDivisionError", e

# Already sorted, reversed and constant long lists.
big = range(1000)
print sorted(big) == big, sorted(big[::-1]) == big, sorted([5] * 200) == [5] * 200
print sorted(big, reverse=True) == big[::-1]

# At the recursion limit: sorting compares inside one more level (two for tuples).
# (list.sort, not sorted: CPython's sorted calls sort through one more level.)
sys.setrecursionlimit(60)
strs, tups = ["b", "a"], [(2,), (1,)]
def down(n):
    if n == 0:
        out = []
        for name, xs in (("strs", strs), ("tups", tups), ("one", ["a"])):
            ys = list(xs)
            try:
                ys.sort()
                out.append((name, ys))
            except RuntimeError as e:
                out.append((name, "RuntimeError"))
        return out
    return down(n - 1)
for depth in range(52, 58):
    try:
        print depth, down(depth)
    except RuntimeError as e:
        print depth, "RuntimeError", e
