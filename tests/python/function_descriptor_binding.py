class A(object):
    def f(self, x):
        return ('f', type(self).__name__, x)
a = A()
bound = a.f
print bound(1), bound.im_self is a, bound.im_func is A.__dict__['f'], bound.im_class is A
print a.f == a.f, a.f is a.f, A.f == A.f, A.f.im_self
func = A.__dict__['f']
print type(func).__name__, func(a, 2), func.__get__(a)(3), func.__get__(None, A)(a, 4)
def external(self):
    return 'external bound to ' + type(self).__name__
A.ext = external
print a.ext()
a.inst_fn = external
try:
    a.inst_fn()
except TypeError, e:
    print 'TypeError:', e
print a.inst_fn(a)
import types
a.bound_fn = types.MethodType(external, a)
print a.bound_fn()
class B(A):
    pass
b = B()
print b.f(5), B.f.im_class.__name__, b.f.im_class.__name__
print len.__self__ if hasattr(len, '__self__') else None, [].append.__self__, type([].append.__self__).__name__
m = 'hello'.upper
print m(), m.__self__, m.__name__
um = str.upper
print um('abc'), type(um).__name__
class C(object):
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm():
        return 'static'
print C.cm(), C().cm(), C.sm(), C().sm(), C.cm.im_self is C, type(C.__dict__['sm']).__name__
print C.__dict__['cm'].__func__.__name__, C.__dict__['sm'].__func__()
class D(C):
    pass
print D.cm(), D().cm()
print a.f.__func__ is func, a.f.__self__ is a
def count_calls(fn):
    def inner(*a):
        inner.n += 1
        return fn(*a)
    inner.n = 0
    return inner
class E(object):
    method = count_calls(lambda self: 'lambda method')
e = E()
print e.method(), e.method(), E.method.im_func.n
