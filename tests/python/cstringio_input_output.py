import cStringIO
out = cStringIO.StringIO()
out.write('hello ')
out.write(u'world')
print >>out, '!', 42
out.writelines(['a\n', 'b\n'])
print repr(out.getvalue()), out.tell()
out.seek(0)
print repr(out.read(5)), repr(out.readline()), out.tell()
out.seek(2)
out.write('XY')
print repr(out.getvalue())
out.seek(0, 2)
print out.tell()
out.truncate(4)
print repr(out.getvalue())
inp = cStringIO.StringIO('line1\nline2\nlast')
print repr(inp.readline()), repr(inp.readline(3)), repr(inp.read())
inp.seek(0)
print inp.readlines()
inp.reset()
print [l for l in inp]
print repr(inp.read()), repr(inp.readline())
print type(cStringIO.StringIO()) is cStringIO.OutputType, type(cStringIO.StringIO('x')) is cStringIO.InputType
print hasattr(cStringIO.StringIO('x'), 'write'), hasattr(cStringIO.StringIO(), 'write')
inp.close()
try:
    inp.read()
except ValueError, e:
    print 'ValueError:', e
o = cStringIO.StringIO()
o.write('abc')
print repr(o.getvalue(True)), repr(o.getvalue())
o.seek(1)
print repr(o.getvalue(True))
