def sample(a, b, c=3, *args, **kwargs):
    "doc"
    local_one = a + b
    local_two = [local_one] * c
    def inner(z):
        return z + local_one
    return inner
code = sample.func_code
print code.co_name, code.co_argcount, code.co_nlocals
print code.co_varnames
print code.co_cellvars, code.co_freevars
print code.co_filename.endswith('introspection_code_objects.py'), code.co_firstlineno
print bool(code.co_flags & 0x04), bool(code.co_flags & 0x08), bool(code.co_flags & 0x20)
print type(code.co_code).__name__, type(code.co_consts).__name__, code.co_consts[0]
inner = sample(1, 2)
print inner.func_code.co_freevars, inner.func_code.co_name, inner(10)
def gen():
    yield 1
print bool(gen.func_code.co_flags & 0x20)
print (lambda: 0).func_code.co_name, (lambda x, y: 0).func_code.co_argcount
class K(object):
    def method(self, x):
        return x
print K.method.im_func.func_code.co_varnames, K.method.__func__.__code__.co_argcount
import types
new_code = types.CodeType if hasattr(types, 'CodeType') else None
print new_code is type(code)
f2 = types.FunctionType(sample.func_code, globals(), 'renamed')
print f2.__name__, f2(5, 6, 1)(1), f2.func_defaults
print sample.func_globals is globals(), sample.__globals__ is globals()
print [n for n in dir(code) if n.startswith('co_')]
def defaults_demo(a, b=[1], c=None):
    pass
print defaults_demo.func_defaults, defaults_demo.__defaults__ is defaults_demo.func_defaults
print hasattr(len, 'func_code'), hasattr(len, '__code__'), len.__name__, len.__module__ if hasattr(len, '__module__') else None
