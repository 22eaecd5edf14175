g = {'x': 1}
l = {}
exec('y = x + 1', g, l)
print l, 'y' in g
exec('z = 5', g)
print g['z']
exec 'w = 7' in g, l
print l['w'], 'w' in g
def f():
    a = 1
    exec 'a = 2'
    return a
print f()
def f2():
    exec 'b = 3'
    return locals()['b']
print f2()
def f3(code):
    ns = {}
    exec code in ns
    return sorted(k for k in ns if k != '__builtins__')
print f3('import math\ndef helper(): pass\nclass K: pass\nv = 1')
src = '''
total = 0
for i in range(5):
    total += i
result = total * factor
'''
env = {'factor': 10}
exec src in env
print env['result'], env['i']
code = compile(src, '<loop>', 'exec')
for factor in (1, 2):
    env = {'factor': factor}
    exec code in env
    print env['result'],
print
class Holder(object):
    exec 'dynamic_attr = 42'
    exec 'def dynamic_method(self): return "from exec"'
print Holder.dynamic_attr, Holder().dynamic_method()
print eval('x * 10', g), eval('y', g, l)
expr = compile('a ** 2 + b', '<e>', 'eval')
print [eval(expr, {'a': a, 'b': 1}) for a in range(4)]
try:
    exec 'raise KeyError("inside exec")' in {}
except KeyError, e:
    print 'KeyError:', e
try:
    exec 'undefined_name' in {}
except NameError, e:
    print 'NameError:', e
ns = {'__builtins__': {'len': len}}
exec 'n = len("four")' in ns
print ns['n']
try:
    exec 'm = abs(-1)' in ns
except NameError, e:
    print 'NameError:', e
