class Config(object):
    base = 10
    names = ['a', 'b', 'c']
    scaled = [base * i for i in range(3)]
    upper = [n.upper() for n in names]
    try:
        gen_result = list(base + i for i in range(2))
    except NameError, e:
        gen_error = str(e)
    pairs = dict((n, i) for i, n in enumerate(names))
    try:
        lam = (lambda: base)()
    except NameError, e:
        lam_error = str(e)
    last_i = i

print Config.scaled, Config.upper
print getattr(Config, 'gen_result', None), getattr(Config, 'gen_error', None)
print sorted(Config.pairs.items())
print getattr(Config, 'lam', None), getattr(Config, 'lam_error', None)
print Config.last_i, 'n' in Config.__dict__, 'i' in Config.__dict__

x = 'module x'
class Shadow(object):
    x = 'class x'
    def method(self):
        return x
    y = x
    def method2(self):
        return self.x
print Shadow().method(), Shadow.y, Shadow().method2()

def outer():
    v = 'function v'
    class Inner(object):
        v = 'class v'
        w = v
        def get(self):
            return v
    return Inner.w, Inner().get()
print outer()

def outer2():
    v = 'enclosing'
    class Inner(object):
        w = v
    return Inner.w
print outer2()

class Counter(object):
    total = 0
    for k in range(5):
        total += k
    del k
print Counter.total, hasattr(Counter, 'k')
class WithDocstring(object):
    """The docstring."""
    __doc__ = __doc__ + ' Extended.'
print WithDocstring.__doc__
class ModuleName(object):
    where = __name__
    qual = __module__
print ModuleName.where, ModuleName.qual
