import os
path = '/tmp/pyston_test_file_io_temp_file.txt'
f = open(path, 'w')
f.write('first line\n')
f.write('second line\n')
f.writelines(['third\n', 'fourth\n'])
print >>f, 'printed', 42
f.close()
print f.closed, f.mode, f.name == path

f = open(path)
print repr(f.read())
f.close()
f = open(path, 'r')
print repr(f.readline()), repr(f.readline(4)), repr(f.readline())
print f.readlines()
print repr(f.read()), repr(f.readline())
f.seek(0)
print f.tell(), repr(f.read(5)), f.tell()
f.seek(-7, 2)
print repr(f.read())
f.close()
try:
    f.read()
except ValueError, e:
    print 'ValueError:', e

with open(path, 'a') as g:
    g.write('appended\n')
with open(path) as g:
    for i, line in enumerate(g):
        print i, repr(line)
print g.closed
lines = [l.rstrip('\n') for l in open(path)]
print lines
print os.path.exists(path), os.path.getsize(path), os.path.isfile(path), os.path.isdir(path)

with open(path, 'wb') as b:
    b.write('\x00\x01\xff binary\r\n')
with open(path, 'rb') as b:
    data = b.read()
print repr(data), len(data)
with open(path, 'r+') as rw:
    rw.write('XY')
    rw.seek(0)
    print repr(rw.read())
with open(path, 'w') as t:
    pass
print repr(open(path).read())
os.remove(path)
print os.path.exists(path)
try:
    open(path)
except IOError, e:
    print 'IOError:', e.errno, e.strerror
try:
    open('/tmp/pyston_test_file_io_temp_file.txt', 'q')
except ValueError, e:
    print 'ValueError:', e
