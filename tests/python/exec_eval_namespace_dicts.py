# exec and eval with explicit globals/locals dicts: a tiny calculator and config loader.

env = {'__builtins__': __builtins__}
exec "x = 10\ny = x * 3\ndef sq(n): return n * n" in env
print env['x'], env['y'], env['sq'](7), sorted(k for k in env if k != '__builtins__')
print eval('sq(x) + y', env), eval('x + z', env, {'z': 5})

local = {}
exec "a = 1\nb = a + 1\nc = [a, b, a + b]" in {}, local
print sorted(local.items())

code = compile('total = sum(vals) * factor', '<cfg>', 'exec')
for factor in (1, 2, 3):
    ns = {'vals': [1, 2, 3], 'factor': factor}
    exec code in ns
    print factor, ns['total']

expr = compile('(a + b) * c', '<expr>', 'eval')
print [eval(expr, {'a': i, 'b': i + 1, 'c': 2}) for i in range(5)]

CONFIG = '''
name = "demo"
version = (1, 4, 2)
debug = version[1] > 3
paths = [p.upper() for p in ["bin", "lib"]]
'''
cfg = {}
exec CONFIG in cfg
print cfg['name'], cfg['version'], cfg['debug'], cfg['paths']

def calc(expression, variables):
    safe = {'__builtins__': {}, 'abs': abs, 'min': min, 'max': max}
    try:
        return eval(expression, safe, dict(variables))
    except NameError as e:
        return 'NameError: %s' % e
    except ZeroDivisionError as e:
        return 'ZeroDivisionError: %s' % e
    except SyntaxError as e:
        return 'SyntaxError'
print calc('abs(p - q) * 2', {'p': 3, 'q': 10})
print calc('max(p, q, 99) / r', {'p': 1, 'q': 2, 'r': 4})
print calc('len(p)', {'p': 'abc'})
print calc('p / 0', {'p': 1})
print calc('p +', {'p': 1})

g = {'counter': 0}
exec "counter += 5" in g
exec "global counter\ncounter += 1" in g
print g['counter']
print eval('[i * j for i in range(3) for j in range(2)]', {})
print eval('lambda k: k + off', {'off': 100})(1)
ns = {}
exec "class K(object):\n    v = 3\n    def get(self): return self.v * 2" in ns
print ns['K']().get(), ns['K'].__name__
print eval("'%s-%s' % (u, w)", {'u': 'up', 'w': 'wide'}), eval('  1 + 2  ')
exec "import math as m; r = m.sqrt(16)" in ns
print ns['r'], 'm' in ns
d = {}
exec "def f(): return g2\ng2 = 42" in d
print d['f']()
