x = 'global x'
def f():
    x = 'local x'
    return eval('x'), eval('x', globals()), eval('x', {'x': 'explicit'}), eval('x', {}, {'x': 'loc'})
print f()
print eval('a + b', {'a': 1}, {'b': 2})
print eval('[a for a in range(n)]', {'n': 3})
env = {'__builtins__': {}}
try:
    eval('len("abc")', env)
except NameError, e:
    print 'NameError:', e
print eval('len("abc")', {'__builtins__': {'len': len}})
class Lookup(object):
    def __init__(self):
        self.requested = []
    def __getitem__(self, key):
        self.requested.append(key)
        if key.startswith('v'):
            return int(key[1:])
        raise KeyError(key)
lk = Lookup()
print eval('v1 + v22 * v3', {}, lk), lk.requested
try:
    eval('unknown', {}, lk)
except NameError, e:
    print 'NameError:', e
print eval('abs(-5)', {}, lk)
exprs = ['2 + 3 * 4', '(2 + 3) * 4', '2 ** 3 ** 2', '-7 // 2', '7 % -3', 'not 0 and 5', '1 if 0 else 2', '"ab" * 2', '[1, 2][::-1]', '{1: 2}.get(1)']
for e in exprs:
    print e, '=>', eval(e)
print eval('lambda q: q * 2')(21)
d = {'n': 0}
for i in range(4):
    d['n'] = eval('n + i', {'i': i}, d)
print d['n']
print eval(compile('1 + 1', '<s>', 'eval')), eval('  3  \n')
try:
    eval('x = 1')
except SyntaxError, e:
    print 'SyntaxError:', e.msg
try:
    eval('')
except SyntaxError, e:
    print 'SyntaxError:', e.msg
print eval(u'1 + 1'), eval('"\\u00e9"') == '\\u00e9', eval('u"\\u00e9"') == u'\xe9'
print repr(eval(repr(1.0 / 3))), eval(repr('q"\'')) == 'q"\'', eval(repr([1, (2, {'a': None})]))
