import StringIO, cStringIO
buf = StringIO.StringIO()
buf.write('hello ')
buf.write('world\n')
print >>buf, 'line two', 2
buf.writelines(['a\n', 'b\n'])
print repr(buf.getvalue())
print buf.tell()
buf.seek(0)
print repr(buf.readline()), repr(buf.read(4)), repr(buf.readlines())
buf.seek(6)
buf.write('WORLD')
print repr(buf.getvalue())
buf.truncate(5)
print repr(buf.getvalue())
buf.close()
try:
    buf.getvalue()
except ValueError, e:
    print 'ValueError:', e

inp = StringIO.StringIO('x,1\ny,2\nz,3\n')
rows = [line.strip().split(',') for line in inp]
print rows
total = sum(int(v) for _, v in rows)
print total

c = cStringIO.StringIO()
c.write('fast ')
c.write('buffer')
print repr(c.getvalue()), c.tell()
c2 = cStringIO.StringIO('read only data')
print c2.read(4), repr(c2.read()), repr(c2.read())
c2.seek(5)
print c2.read(4)

u = StringIO.StringIO()
u.write(u'unicode \xe9')
print repr(u.getvalue())

import sys
old = sys.stdout
sys.stdout = cap = StringIO.StringIO()
print 'captured output', 42
print 'second',
print 'line'
sys.stdout = old
print repr(cap.getvalue())
s = StringIO.StringIO('abc')
print s.read(1), s.read(1), s.read(10), repr(s.read())
print s.isatty(), s.closed, list(StringIO.StringIO('1\n2'))
