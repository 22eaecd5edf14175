import os
path = '/tmp/pyston_test_file_iteration_modes.txt'
with open(path, 'w') as f:
    for i in range(5):
        f.write('line %d\n' % i)
    f.write('no newline at end')
with open(path) as f:
    print [len(l) for l in f]
with open(path) as f:
    first = f.next()
    rest = list(f)
print repr(first), len(rest), repr(rest[-1])
with open(path) as f:
    print repr(f.read(3)), f.tell()
    f.seek(0, 2)
    print f.tell(), repr(f.read())
    f.seek(-4, 1)
    print repr(f.read())
with open(path, 'rU') as f:
    print len(f.readlines())
with open(path, 'wb') as f:
    f.write('a\r\nb\rc\n')
with open(path, 'rU') as f:
    print repr(f.read()), repr(f.newlines) if hasattr(f, 'newlines') else ''
with open(path, 'rb') as f:
    print repr(f.read())
with open(path, 'w') as f:
    print >>f, 'printed', 1,
    print >>f, 'same line'
    print >>f, 'x'
    f.writelines(['p\n', 'q\n'])
print repr(open(path).read())
f = open(path, 'a+')
f.write('appended\n')
f.seek(0)
print repr(f.readline())
f.close()
print f.closed, repr(f)[:6]
try:
    f.write('x')
except ValueError, e:
    print 'ValueError:', e
f = open(path)
print f.readline(), f.readline(),
print f.read().count('\n')
f.close()
f = open(path, 'w')
f.truncate()
f.close()
print os.path.getsize(path)
with open(path, 'w') as f:
    print f.name == path, f.mode, f.closed, f.encoding, f.softspace
os.unlink(path)
print os.path.exists(path)
