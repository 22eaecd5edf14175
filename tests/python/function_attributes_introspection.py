def add(a, b=10, *args, **kw):
    "Add two numbers."
    c = a + b
    return c

print add.__name__
print add.func_name
print add.__doc__
print add.func_doc
print add.func_defaults
print add.func_code.co_argcount
print add.func_code.co_varnames
print add.func_code.co_name
print add.func_code.co_flags & 0x04 != 0, add.func_code.co_flags & 0x08 != 0
print add.__module__
print type(add).__name__
print add.func_dict, add.__dict__

add.tag = 'math'
print add.tag, add.__dict__
print hasattr(add, 'tag'), getattr(add, 'missing', 'default')

def nodoc():
    pass
print nodoc.__doc__
print nodoc() is None

nodoc.__name__ = 'renamed'
print nodoc.__name__
try:
    nodoc.__name__ = 5
except TypeError, e:
    print 'TypeError:', e

def outer():
    x = 1
    def inner():
        return x
    return inner
fn = outer()
print fn.__name__, fn.func_closure is not None, len(fn.func_closure)
print fn.func_closure[0].cell_contents
print outer.func_closure
print fn.func_code.co_freevars, outer.func_code.co_cellvars
print fn.func_globals is globals()

lam = lambda x, y=2: x * y
print lam.__name__, lam.func_defaults, lam(3)
print callable(add), callable(5), callable(lam)
