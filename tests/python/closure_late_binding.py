# Closures capture variables, not values.
fns = []
for i in range(4):
    fns.append(lambda: i)
print [f() for f in fns]

fns = []
for i in range(4):
    fns.append(lambda i=i: i)
print [f() for f in fns]

def make_multipliers():
    return [lambda x: i * x for i in range(5)]
print [m(2) for m in make_multipliers()]

def make_multipliers2():
    def mk(i):
        return lambda x: i * x
    return [mk(i) for i in range(5)]
print [m(2) for m in make_multipliers2()]

def counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    def get():
        return count[0]
    return inc, get
inc, get = counter()
inc(); inc(); inc()
print get()
inc2, get2 = counter()
print inc2(), get(), get2()

def outer():
    x = 'first'
    def show():
        return x
    r1 = show()
    x = 'second'
    r2 = show()
    return r1, r2
print outer()

def nested_levels():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1
print nested_levels()()()()

def gen_closure():
    results = []
    for name in ['x', 'y', 'z']:
        def f(n=name):
            return n.upper()
        results.append(f)
    return [f() for f in results]
print gen_closure()

def unbound():
    def inner():
        return v
    try:
        inner()
    except NameError, e:
        print 'NameError:', e
    v = 5
    return inner()
print unbound()
