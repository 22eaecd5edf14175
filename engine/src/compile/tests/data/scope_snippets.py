#### closure_basic
def f(a):
    b = 1
    def g(c):
        return a + b + c
    return g
#### three_levels
def f():
    x = 1
    def g():
        def h():
            return x
        return h
    return g
#### class_passes_free
def f():
    x = 1
    class C:
        def m(self):
            return x
    return C
#### class_binds_and_free
def f():
    x = 1
    class C:
        x = 2
        def m(self):
            return x
        y = x
    return C
#### class_global_and_free
def f():
    x = 1
    class C:
        global x
        def m(self):
            return x
    return C
#### class_uses_enclosing
def f(v):
    class C:
        w = v
        v2 = w
    return C
#### global_nested
def f():
    global g
    g = 1
    def h():
        return g
    return h
#### global_affects_siblings
def f():
    x = 1
    def g():
        global x
        x = 2
    def h():
        return x
    return g, h
#### global_later_in_file
def f():
    return y
def k():
    global y
    y = 1
#### exec_bare
def f(a):
    b = 2
    exec "c = 3"
    return a, b, c
#### exec_qualified
def f(d):
    exec "c = 3" in d
    return c
#### import_star
def f():
    from os.path import *
    x = join
    return x
#### listcomp_leaks
def f(seq):
    r = [i * j for i in seq if i for j in seq]
    return r, i, j
#### genexpr_scope
def f(seq, k):
    return sum(i * k for i in seq if i > k)
#### genexpr_nested_loops
def f(a, b):
    return list((x, y, z) for x in a for y in b if y for z in (x, y))
#### setcomp_dictcomp
def f(s, t):
    a = {x + t for x in s}
    b = {x: t for x in s if x}
    return a, b
#### lambda_defaults
def f(a, b=1):
    g = lambda x, y=a: x + y + b
    return g
#### tuple_params
def f(a, (b, (c, d)), e=3, *args, **kw):
    return a + b + c + d + e
#### tuple_param_cell
def f((a, b), c):
    def g():
        return a + c
    return g
#### param_cells
def f(a, *args, **kw):
    def g():
        return a, args, kw
    return g
#### generator_fn
def f(n):
    i = 0
    while i < n:
        x = yield i
        i += 1
#### generator_lambda
g = lambda: (yield)
#### mangling
class C:
    __a = 1
    def m(self, __b):
        __c = __b
        def n():
            return __c + self.__a
        return n
    def __p(self):
        return [__q for __q in ()]
#### module_level
import os, os.path as osp
from sys import argv as av, path
x = 1
def f():
    return x, os, osp, av
#### del_and_locals
def f(a):
    b = a
    del b
    for i in a:
        del a[i]
    return locals()
#### if_zero_skipped
def f():
    if 0:
        q = 1
    r = 2
    while 0:
        s = 3
    return q
#### varnames_order
def f(z):
    for m in z:
        a = m
    try:
        pass
    except Exception, e:
        b = e
    else:
        c = 1
    with z as w:
        d = w
    return a
#### with_targets
def f(x):
    with x as (a, b), x as c.d:
        pass
#### nested_class_in_class
class A:
    class B:
        def m(self):
            return B
    def n(self):
        return A
#### free_in_lambda_in_genexpr
def f(xs, k):
    return [g() for g in (lambda: x + k for x in xs)]
#### dictcomp_in_class
class C:
    y = 2
    d = {k: y for k in range(3)}
    s = {k for k in range(y)}
    l = [y for k in range(3)]
#### decorated
def deco(f):
    return f
@deco
def f(a):
    @deco
    def g():
        return a
    return g
#### unoptimized_with_class
def f():
    exec "x = 1"
    class C:
        y = 1
    return C
#### lambda_in_default
def f(a=lambda: 0):
    return a
#### yield_in_genexpr_arg
def f(x):
    g = (i for i in (yield x))
#### free_through_two_classes
def f():
    v = 1
    class A:
        class B:
            def m(self):
                return v
    return A
#### local_shadows_free
def f():
    v = 1
    def g():
        v = 2
        def h():
            return v
        return h
    return g
#### assign_after_use
def f():
    print x
    x = 1
    def g():
        return x
    return g
