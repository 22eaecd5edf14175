source = '''
def area(w, h):
    return w * h

class Box(object):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def size(self):
        return area(self.w, self.h)

result = Box(3, 4).size()
'''
ns = {}
exec source in ns
print ns['result'], ns['area'](2, 5), ns['Box'].__name__, ns['Box'].__module__ if '__name__' in ns else ns['Box'].__module__
ns2 = {'__name__': 'dynamic_mod'}
exec source in ns2
print ns2['Box'].__module__
ops = {}
for name, sym in [('add', '+'), ('sub', '-'), ('mul', '*')]:
    exec 'def %s(a, b): return a %s b' % (name, sym) in ops
print sorted(k for k in ops if not k.startswith('__')), ops['add'](2, 3), ops['sub'](2, 3), ops['mul'](2, 3)
template = 'lambda x: x %s %d'
fns = [eval(template % (op, n)) for op, n in [('+', 1), ('*', 10), ('**', 2)]]
print [f(3) for f in fns]
counter = {'n': 0}
for i in range(3):
    exec 'n += %d' % i in counter
print counter['n']
code = compile('x * 2 + y', '<calc>', 'eval')
print [eval(code, {'x': a, 'y': b}) for a, b in [(1, 1), (2, 3), (10, -20)]]
def make_class(name, fields):
    src = 'class %s(object):\n    def __init__(self, %s):\n' % (name, ', '.join(fields))
    for f in fields:
        src += '        self.%s = %s\n' % (f, f)
    src += '    def __repr__(self):\n        return "%s(%s)" %% (%s,)\n' % (
        name, ', '.join('%r' for f in fields), ', '.join('self.' + f for f in fields))
    d = {}
    exec src in d
    return d[name]
Point = make_class('Point', ['x', 'y'])
print Point(1, 'two'), Point(x=0, y=[1])
try:
    exec 'def broken(:\n    pass' in {}
except SyntaxError, e:
    print 'SyntaxError:', e.msg, e.lineno
try:
    exec 'raise ValueError("from exec")' in {}
except ValueError, e:
    print 'ValueError:', e
g = {}
exec 'import string as s\nval = s.upper("abc")' in g
print g['val']
local_ns = {}
exec 'a = 1\nb = a + 1' in {}, local_ns
print sorted(local_ns.items())
