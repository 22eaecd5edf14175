import inspect
def sample(a, b=2, *args, **kwargs):
    "Sample docstring."
    return a
class K(object):
    "Class doc."
    def method(self, x, y=None):
        pass
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm(z):
        pass
print inspect.getargspec(sample)
print inspect.getargspec(K.method)
print inspect.getargspec(lambda x, (y, z)=(1, 2): 0)
print inspect.isfunction(sample), inspect.ismethod(K.method), inspect.ismethod(K().method), inspect.isclass(K)
print inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(inspect), inspect.isgeneratorfunction(sample)
def gen():
    yield 1
print inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.getdoc(sample), inspect.getdoc(K)
members = inspect.getmembers(K, inspect.ismethod)
print [name for name, _ in members]
print [n for n, v in inspect.getmembers(K) if not n.startswith('__')]
print inspect.getmro(K), inspect.formatargspec(*inspect.getargspec(sample))
frame = inspect.currentframe()
print frame.f_code.co_name, type(frame).__name__
def who_called():
    return inspect.stack()[1][3]
def caller_func():
    return who_called()
print caller_func()
print inspect.getmodule(sample).__name__, inspect.getcallargs(sample, 1, 2, 3, k=4) if hasattr(inspect, 'getcallargs') else ''
print sorted(inspect.getcallargs(sample, 1).items())
code = sample.func_code
print code.co_name, code.co_argcount, code.co_varnames, code.co_nlocals, bool(code.co_flags & inspect.CO_VARARGS)
print sample.__code__ is code, code.co_consts[0]
print inspect.getsource(sample).splitlines()[0]
