import os, os.path
print os.path.join('a', 'b', 'c.txt'), os.path.join('/root', 'x'), os.path.join('a', '/abs', 'b'), os.path.join('a', '')
print os.path.split('/usr/local/lib/file.py'), os.path.split('file'), os.path.split('/')
print os.path.splitext('archive.tar.gz'), os.path.splitext('noext'), os.path.splitext('.hidden'), os.path.splitext('a.b/c')
print os.path.basename('/a/b/c'), os.path.dirname('/a/b/c'), os.path.basename('/a/b/'), os.path.dirname('c')
print os.path.normpath('/a/./b/../c//d/'), os.path.normpath('a/../../b'), os.path.normpath('.'), os.path.normpath('')
print os.path.isabs('/x'), os.path.isabs('x'), os.path.commonprefix(['/usr/lib', '/usr/local', '/usr/li'])
print os.path.splitdrive('/x/y'), os.path.normcase('AbC'), os.path.expanduser('no_tilde')
print os.path.relpath('/a/b/c', '/a'), os.path.relpath('/a', '/a/b/c')
print os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, repr(os.linesep), os.name
print os.path.exists('/'), os.path.isdir('/'), os.path.isfile('/'), os.path.exists('/definitely/not/here')
base = '/tmp/pyston_test_os_path_functions'
if not os.path.exists(base):
    os.mkdir(base)
for name in ['b.txt', 'a.txt', 'c.log']:
    with open(os.path.join(base, name), 'w') as f:
        f.write(name * 3)
os.mkdir(os.path.join(base, 'sub'))
print sorted(os.listdir(base))
print sorted(n for n in os.listdir(base) if n.endswith('.txt'))
print os.path.getsize(os.path.join(base, 'a.txt')), os.path.isdir(os.path.join(base, 'sub'))
os.rename(os.path.join(base, 'c.log'), os.path.join(base, 'sub', 'moved.log'))
walked = []
for root, dirs, files in os.walk(base):
    walked.append((root[len(base):], sorted(dirs), sorted(files)))
print sorted(walked)
try:
    os.mkdir(base)
except OSError, e:
    print 'OSError:', e.errno, e.strerror
try:
    os.remove(os.path.join(base, 'nope'))
except OSError, e:
    print 'OSError:', e.errno, e.strerror
try:
    os.listdir(os.path.join(base, 'nope'))
except OSError, e:
    print 'OSError:', e.errno, e.strerror
os.remove(os.path.join(base, 'sub', 'moved.log'))
os.rmdir(os.path.join(base, 'sub'))
for name in os.listdir(base):
    os.remove(os.path.join(base, name))
os.rmdir(base)
print os.path.exists(base)
os.environ['PYSTON_TEST_VAR'] = 'value'
print os.environ.get('PYSTON_TEST_VAR'), os.getenv('PYSTON_TEST_MISSING', 'dflt'), 'PYSTON_TEST_VAR' in os.environ
del os.environ['PYSTON_TEST_VAR']
print os.environ.get('PYSTON_TEST_VAR')
print type(os.getpid()).__name__, os.getcwd() == os.path.abspath('.'), callable(os.system)
print os.strerror(2), os.path.abspath('/x/../y')
