import imp, sys
d = '/tmp/pyston_imp_test_dir'
try:
    __import__('posix').mkdir(d)
except OSError:
    pass
f = open(d + '/imp_modx.py', 'w')
f.write('X = 41\ndef f():\n    return X + 1\n')
f.close()
print imp.PY_SOURCE, imp.PKG_DIRECTORY, imp.C_BUILTIN, imp.is_builtin('sys'), imp.is_builtin('nope')
m = imp.new_module('fresh')
print type(m).__name__, m.__name__
fh, p, desc = imp.find_module('imp_modx', [d])
print p, desc
mod = imp.load_module('imp_modx', fh, p, desc)
print mod.f(), 'imp_modx' in sys.modules, sys.modules['imp_modx'] is mod
try:
    imp.find_module('definitely_missing_mod', [d])
except ImportError, e:
    print 'ImportError:', e
__import__('posix').unlink(d + '/imp_modx.py')
