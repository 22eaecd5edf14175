# Recursion across tiers: a recursive function is interpreted for its first
# calls and compiled for the deeper ones (or the reverse, when a loop inside it
# goes through OSR), mutual recursion, recursion through methods, lambdas and
# generators, and "maximum recursion depth exceeded" caught in hot functions
# (the frames unwound through compiled code must leave the depth count right:
# the same depth is reachable again afterwards).

import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def loop_then_recurse(n):
    # the loop goes through OSR at the top levels, then recursion goes deeper
    s = 0
    for i in range(n * 20):
        s += i % 7
    if n == 0:
        return s
    return s + loop_then_recurse(n - 1)


def flatten(x):
    if isinstance(x, list):
        out = []
        for y in x:
            out.extend(flatten(y))
        return out
    return [x]


def nest(d):
    x = d
    for i in range(d):
        x = [x, [i, [i * 2]]]
    return x


class Tree(object):
    def __init__(self, depth, val):
        self.val = val
        if depth > 0:
            self.kids = [Tree(depth - 1, val * 2), Tree(depth - 1, val * 2 + 1)]
        else:
            self.kids = []

    def total(self):
        return self.val + sum(k.total() for k in self.kids)

    def walk(self):
        yield self.val
        for k in self.kids:
            for v in k.walk():
                yield v


def unbounded(n):
    return unbounded(n + 1) + 1


def unbounded_loop(n):
    # a loop inside the recursive function, hot enough for OSR at every level
    t = 0
    for i in range(12):
        t += i
    return unbounded_loop(n + 1) + t


deepest = [0]


def measure(n):
    deepest[0] = n
    measure(n + 1)


def catch_depth(fn, label):
    try:
        fn(0)
    except RuntimeError as e:
        print label, "RuntimeError:", e
        return str(e)


lam = lambda n: 0 if n == 0 else 1 + lam(n - 1)

print "fib", [fib(i) for i in range(22)]
print "fact", [fact(i) for i in (0, 1, 5, 20, 21, 30)]
print "even/odd", [(i, is_even(i), is_odd(i)) for i in (0, 1, 10, 101, 500, 777)]
print "ackermann", [ackermann(2, n) for n in range(6)], ackermann(3, 3)
print "loop_then_recurse", [loop_then_recurse(n) for n in (0, 1, 5, 40)]
print "flatten", len(flatten(nest(200))), flatten(nest(5))
t = Tree(8, 1)
print "tree", t.total(), sum(t.walk()), list(Tree(3, 1).walk())
print "lambda", lam(300)

sys.setrecursionlimit(400)
for k in range(6):
    catch_depth(unbounded, "unbounded %d" % k)
    catch_depth(unbounded_loop, "unbounded_loop %d" % k)
# the depth reachable is the same before and after many overflows
depths = []
for k in range(5):
    deepest[0] = 0
    catch_depth(measure, "measure %d" % k)
    depths.append(deepest[0])
print "depths equal:", len(set(depths)) == 1, "near limit:", 350 < depths[0] < 400
# recursion still works normally after the overflows
print "after overflow fib", fib(15), "even", is_even(300)


def overflow_in_hot_loop(n):
    caught = 0
    for i in range(n):
        try:
            unbounded(0)
        except RuntimeError as e:
            caught += 1
            msg = str(e)
    return caught, msg

print "overflow_in_hot_loop", overflow_in_hot_loop(25)
sys.setrecursionlimit(1000)
print "fib after limit reset", fib(20)
