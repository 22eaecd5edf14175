sources = [
    'f(a=1, 2)',
    'def f(x, x): pass',
    'return 5',
    'yield 1',
    '1 = x',
    'None = 3',
    'f() = 1',
    'del f()',
    'x +=',
    'break',
    'continue',
    'def f():\n    continue',
    'class C:\nx = 1',
    'if True:\n  a = 1\n    b = 2',
    'print "unterminated',
    '"""never closed',
    'lambda x: yield',
    'a, b += 1, 2',
    'def f(a=1, b): pass',
    'def f(*a, *b): pass',
    'x = [1, 2',
    'for x in range(3) print x',
    'import',
    'from x import',
    'def f():\n    x = 1\n    def g():\n        return x\n    del x',
    'try:\n    pass',
    'else: pass',
    'x = 1 +* 2',
    '@\ndef f(): pass',
    'print >>',
]
for src in sources:
    try:
        compile(src, '<test>', 'exec')
        print '%-40r compiled fine' % src
    except SyntaxError, e:
        print '%-40r %s: %s (line %s)' % (src, type(e).__name__, e.msg, e.lineno)
try:
    compile('1 +', '<expr>', 'eval')
except SyntaxError, e:
    print 'eval mode:', e.msg
try:
    compile('x = 1', '<expr>', 'eval')
except SyntaxError, e:
    print 'eval mode assignment:', e.msg
try:
    compile('pass', '<x>', 'bogus')
except ValueError, e:
    print 'ValueError:', e
print type(compile('pass', '<x>', 'exec')).__name__
