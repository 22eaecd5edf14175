# Loops in code that is not a plain function: class bodies (whose locals are a
# dict), exec'd strings (module-level code over a dict, and with separate
# globals and locals), eval of a generator/list comprehension, compile() of a
# function definition executed many times, nested exec inside a hot function,
# and tracebacks/line numbers from inside exec'd loops.

import sys
import traceback


class Table(object):
    squares = []
    for i in range(300):
        squares.append(i * i)
    total = 0
    while total < 10000:
        total += len(squares)
    names = {}
    for j in range(50):
        names["n%d" % j] = j
    del j
    try:
        for k in range(200):
            if k == 150:
                raise ValueError("in class body at %d" % k)
    except ValueError as e:
        err = str(e)
    lookups = [total for _ in range(3)]

print "Table", Table.squares[-3:], Table.total, Table.i, Table.k, Table.err
print "Table names", sorted(Table.names.items())[:5], len(Table.names)
print "Table has j", hasattr(Table, "j"), Table.lookups


def make_class(n):
    class Dyn(object):
        acc = 0
        for q in range(n):
            acc += q
        fns = [lambda self, q=q: q for q in range(3)]
    return Dyn

for n in (0, 5, 300, 301):
    D = make_class(n)
    print "make_class", n, D.acc, getattr(D, "q", "<no q>"), [f(None) for f in D.fns]

src_module = """
total = 0
for i in range(400):
    total += i
    if i % 100 == 99:
        marks.append((i, total))
while total > 10:
    total //= 3
"""
code = compile(src_module, "<exec-module>", "exec")
for k in range(4):
    g = {"marks": []}
    exec code in g
    print "exec module", k, g["total"], g["i"], g["marks"]

# separate globals and locals: assignments go to the locals dict
g = {"marks": [], "scale": 2}
l = {}
exec "acc = 0\nfor i in range(300):\n    acc += i * scale\nmarks.append(acc)" in g, l
print "exec g/l", sorted(l.items()), g["marks"], "acc" in g

# eval of expressions with loops inside (comprehensions, genexps)
for k in range(4):
    print "eval", eval("sum(x * x for x in range(300))"), eval("[y % 7 for y in range(300)][-5:]")
print "eval with locals", eval("[a + b for a in range(3) for b in range(base, base + 2)]", {}, {"base": 10})

# a function defined by exec, then called until it tiers up
fsrc = """
def generated(n):
    s = 0
    for i in range(n):
        if i % 3 == 0:
            s += i
        elif i % 3 == 1:
            s -= 1
    return s
"""
ns = {}
exec fsrc in ns
print "generated", [ns["generated"](n) for n in range(0, 300, 23)]


def exec_in_hot_function(n):
    out = []
    for i in range(n):
        d = {"i": i}
        exec "j = i * 2\nfor z in range(3):\n    j += z" in d
        out.append(d["j"])
    return out[::40]

print "exec_in_hot_function", exec_in_hot_function(200)


def exec_bare_in_function(n):
    # exec without 'in' uses the function's locals (unoptimized frame)
    r = 0
    for i in range(n):
        exec "r += i"
    return r

print "exec_bare_in_function", exec_bare_in_function(200)

# tracebacks from inside exec'd loops: file name and line are the compile()'s
bad = compile("t = 0\nfor i in range(300):\n    t += i\n    if i == 250:\n        t = t / (i - i)\n", "<bad-exec>", "exec")
for k in range(3):
    try:
        exec bad in {}
    except ZeroDivisionError as e:
        tb = traceback.extract_tb(sys.exc_info()[2])
        print "exec traceback", e, [(x[0], x[1], x[2]) for x in tb[1:]]

# eval'd lambda with a loop-bearing default, called many times
f = eval("lambda n: sum([i for i in range(n)])")
print "eval lambda", [f(n) for n in range(0, 300, 50)]
