# Global and local scoping: global statements, shadowing, class scope, nested functions.
counter = 0
names = []
def bump(n=1):
    global counter
    counter += n
    return counter
def shadow():
    counter = 'local'
    return counter
def append_only():
    names.append('x')
    return len(names)
def read_global():
    return counter * 2
print bump(), bump(5), shadow(), counter, read_global()
print append_only(), append_only(), names
def unbound():
    try:
        print value
    except UnboundLocalError as e:
        print 'UnboundLocalError:', e
    value = 1
    return value
value = 'global value'
print unbound()
def make():
    global created
    created = 'made by make'
make()
print created
x = 'module x'
def outer():
    x = 'outer x'
    def inner():
        return x
    def inner_global():
        global x
        return x
    return inner(), inner_global()
print outer()
class Config(object):
    x = 'class x'
    items = [x for _ in range(2)]
    def method(self):
        return x
    lookup = (lambda: x)()
print Config.items, Config().method(), Config.lookup
def loop_vars():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    i = 99
    return [f() for f in fns]
print loop_vars()
def comprehension_leak():
    [leak for leak in range(4)]
    return leak
print comprehension_leak()
def gen_scope():
    return list(k for k in range(3)), 'k' in dir()
print gen_scope()
def locals_view(a, b=2):
    c = a + b
    return sorted(locals().items())
print locals_view(1)
total = 0
for total in range(5):
    pass
print total
def deep():
    level = 1
    def d2():
        def d3():
            return level + 10
        return d3()
    return d2()
print deep()
g = globals()
g['dynamic'] = 'set through globals()'
print dynamic
def del_global():
    global dynamic
    del dynamic
del_global()
print 'dynamic' in globals(), counter
