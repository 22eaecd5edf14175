def f(a, b=2, *args, **kwargs):
    return a, b, args, sorted(kwargs.items())
print f(1)
print f(1, 2, 3, 4)
print f(1, b=5)
print f(b=5, a=1)
print f(1, 2, *(3, 4), **{'x': 5})
print f(*(1,), **{'b': 9})
print f(*[1, 2, 3])
print f(1, *(), **{})
print f(a=1, **{'z': 26})
print f(*'xy')
print f(*xrange(4))
print f(*set([7]))
print f(*{'only_key': 1})
print f(1, **dict(b=2, c=3))
def g(x, (y, z), w=0):
    return x, y, z, w
print g(1, (2, 3)), g(1, [2, 3], 4), g(1, 'ab')
try:
    g(1, (2, 3, 4))
except ValueError, e:
    print 'ValueError:', e
def no_args():
    return 'none'
print no_args(*[]), no_args(**{})
def kw_only_via_kwargs(**kw):
    return sorted(kw)
print kw_only_via_kwargs(**{'a': 1, 'b': 2}), kw_only_via_kwargs(a=1, **{'b': 2})
try:
    kw_only_via_kwargs(a=1, **{'a': 2})
except TypeError, e:
    print 'TypeError:', e
try:
    f(**{'a': 1, 'b': 2, 1: 3})
except TypeError, e:
    print 'TypeError:', e
try:
    f(*5)
except TypeError, e:
    print 'TypeError:', e
try:
    f(**[1])
except TypeError, e:
    print 'TypeError:', e
class M(object):
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, k):
        return k.upper()
print f(**M())
def recursive_default(n, acc=None):
    acc = [] if acc is None else acc
    acc.append(n)
    return acc if n == 0 else recursive_default(n - 1, acc)
print recursive_default(3), recursive_default(1)
def varargs_only(*args):
    return len(args), args
print varargs_only(), varargs_only(None), varargs_only(*range(3)), varargs_only([1, 2])
def returns_multiple():
    return 1, 'two', [3]
a, b, c = returns_multiple()
print a, b, c, returns_multiple()
def implicit_none():
    pass
def bare_return():
    return
print implicit_none(), bare_return(), implicit_none() is None
print (lambda *a, **k: (a, k))(), (lambda x=1, *a: (x, a))(), (lambda x=1, *a: (x, a))(5, 6)
