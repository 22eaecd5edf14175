ns = {}
exec 'x = 10\ny = x * 2\ndef f(a): return a + y' in ns
print sorted(k for k in ns if k != '__builtins__'), ns['x'], ns['y'], ns['f'](1)
print '__builtins__' in ns

g = {'base': 100}
l = {'loc': 5}
exec 'result = base + loc' in g, l
print l['result'], 'result' in g

print eval('base * 2', g)
print eval('loc + base', g, l)
print eval('a + b', {'a': 1, 'b': 2})
print eval('[i * i for i in range(n)]', {'n': 5})
print eval(' 1 + 1 ')
try:
    eval('undefined_name')
except NameError, e:
    print 'NameError:', e
try:
    eval('1 +')
except SyntaxError, e:
    print 'SyntaxError:', e.msg
try:
    exec 'x = = 1'
except SyntaxError, e:
    print 'SyntaxError:', e.msg, e.lineno

def func():
    local_var = 'in func'
    return eval('local_var')
print func()

def func2():
    exec 'zz = 42'
    return zz
print func2()

code = compile('a * 3', '<expr>', 'eval')
print eval(code, {'a': 'ab'}), code.co_filename
code = compile('for i in range(3): print i,\nprint', '<stmts>', 'exec')
exec code
exec code in {}
c = compile('7', '<single>', 'single')
exec c
print eval('__name__'), eval('__name__', {}) if False else 'skip'
glob = {}
exec 'import math\npi2 = math.pi * 2' in glob
print round(glob['pi2'], 5), 'math' in glob
exec "print 'exec statement with tuple form'" 
exec("print 'exec as call'")
exec('v = 3', glob)
print glob['v']
class Mapping(dict):
    def __getitem__(self, key):
        if key == 'magic':
            return 'M'
        return dict.__getitem__(self, key)
print eval('magic + "x"', {}, Mapping())
print eval('len(s)', {'s': 'hello'}), eval('True and 0 or 5')
