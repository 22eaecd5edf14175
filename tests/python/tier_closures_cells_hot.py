# Closures and cell variables in hot code: a cell rebound on every iteration
# of an OSR'd loop while inner functions read it, closures created in a loop
# (late binding vs default-argument capture), nested three-level closures,
# cells that are also function arguments, cells read while still unbound
# (deleting a cell variable is a SyntaxError in 2.7), inner
# functions tiering up while the outer frame is still running, and lambdas
# in comprehensions capturing loop variables.


def outer_rebinds(n):
    x = 0

    def read():
        return x

    seen = []
    for i in range(n):
        x = i * i
        if i % 50 == 0:
            seen.append(read())
    return seen, read()


def late_vs_early(n):
    late = []
    early = []
    for i in range(n):
        late.append(lambda: i)
        early.append(lambda i=i: i)
    return [f() for f in late[::60]], [f() for f in early[::60]]


def three_levels(n):
    a = 1

    def mid():
        b = 10

        def inner():
            return a + b
        res = []
        for j in range(n):
            b = j
            res.append(inner())
        return res[-3:]

    out = []
    for i in range(3):
        a = i * 1000
        out.append(mid())
    return out


def arg_is_cell(v):
    def get():
        return v
    for i in range(200):
        v = v + 1
    return get()


def counter_factory():
    count = [0]
    total = {"sum": 0}

    def inc(k):
        count[0] += 1
        total["sum"] += k
        return count[0]
    return inc, count, total


def cell_unbound(n):
    def read():
        return y
    out = []
    for i in range(n):
        if i == n // 2:
            y = "bound"
        try:
            out.append(read())
        except NameError as e:
            if i % 40 == 0:
                out.append(str(e))
    return out[:2], out[-2:], len(out)


def class_in_function_closure(n):
    k = 5

    class C(object):
        val = k * 2

        def m(self):
            return k + self.val
    out = []
    c = C()
    for i in range(n):
        k = i
        out.append(c.m())
    return out[::75], C.val


def generator_closure(n):
    base = 100

    def gen():
        for i in range(n):
            yield base + i
    g = gen()
    out = []
    for i in range(n):
        if i == n // 2:
            base = -100000
        out.append(g.next())
    return out[n // 2 - 2:n // 2 + 2]


def comprehension_lambdas(n):
    fs = [lambda x, i=i: x * i for i in range(n)]
    gs = [lambda x: x * i for i in range(n)]
    return [f(2) for f in fs[::50]], [g(2) for g in gs[::50]]


def recursive_closure(n):
    def walk(k):
        if k == 0:
            return 0
        return k + walk(k - 1)
    return [walk(i) for i in range(0, n, 37)]


def inner_tiers_up_while_outer_runs(n):
    acc = [0]
    scale = 1

    def step(i):
        acc[0] += i * scale
        return acc[0]
    vals = []
    for i in range(n):
        if i == 100:
            scale = 3
        if i == 200:
            scale = 0.5
        vals.append(step(i))
    return vals[99:102], vals[199:202], vals[-1]


print "outer_rebinds", outer_rebinds(300)
print "late_vs_early", late_vs_early(300)
print "three_levels", three_levels(300)
print "arg_is_cell", [arg_is_cell(v) for v in (0, 1.5, 10 ** 20)]
inc, count, total = counter_factory()
for i in range(300):
    inc(i)
print "counter_factory", count, total
print "cell_unbound", cell_unbound(300)
print "class_in_function_closure", class_in_function_closure(300)
print "generator_closure", generator_closure(300)
print "comprehension_lambdas", comprehension_lambdas(300)
print "recursive_closure", recursive_closure(300)
print "inner_tiers_up_while_outer_runs", inner_tiers_up_while_outer_runs(300)
print "func_closure cells", [c.cell_contents for c in inc.func_closure]
