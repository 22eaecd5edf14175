# io.BytesIO (str) and io.StringIO (unicode): reads, writes past the end, seek/tell/truncate,
# readline limits, iteration, newline modes of StringIO, type checks and the closed-file errors.
import io


def attempt(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e


b = io.BytesIO('hello\nworld\n')
print repr(b.read(3)), repr(b.tell()), repr(b.readline()), b.readlines()
print repr(b.seek(0)), repr(b.read1(2)), repr(b.getvalue())
attempt(lambda: b.write(u'x'))
attempt(lambda: b.write(5))
attempt(lambda: b.seek(-1))
attempt(lambda: b.seek(0, 3))
attempt(lambda: b.seek(1.5))
attempt(lambda: b.truncate(-1))
attempt(lambda: b.write(bytearray('ab')))
attempt(lambda: b.write(memoryview('cd')))
attempt(lambda: b.write(buffer('ef')))
print repr(b.getvalue()), repr(b.tell()), repr(b.seek(20)), repr(b.write('Z'))
print repr(b.getvalue())
print repr(b.truncate(3)), repr(b.tell()), repr(b.getvalue())
attempt(lambda: b.readinto(bytearray(2)))
b.seek(0)
ba = bytearray(2)
print repr(b.readinto(ba)), ba
print b.seekable(), b.readable(), b.writable(), b.isatty(), b.closed, b.flush()
attempt(lambda: b.fileno())
attempt(lambda: b.detach())
b.close()
print b.closed
attempt(lambda: b.getvalue())
attempt(lambda: b.read())
attempt(lambda: b.tell())
attempt(lambda: io.BytesIO(u'x'))
attempt(lambda: io.BytesIO(initial_bytes='ab').read())
attempt(lambda: io.BytesIO('abc').read('x'))
print list(io.BytesIO('x\ny')), io.BytesIO('a\nbc\nd').readline(2)
with io.BytesIO() as bb:
    bb.write('q')
print bb.closed
attempt(lambda: bb.__enter__())

for nl in ['\n', None, '', '\r\n', '\r']:
    s = io.StringIO(u'a\nb\r\nc\rd', newline=nl)
    print repr(nl), repr(s.getvalue()), repr(s.readlines()), s.newlines
s = io.StringIO(u'a\nb\r\nc\rd')
print repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.read())
s = io.StringIO()
attempt(lambda: s.write('x'))
attempt(lambda: io.StringIO('x'))
attempt(lambda: io.StringIO(newline='x'))
attempt(lambda: io.StringIO(newline=5))
attempt(lambda: s.seek(1, 1))
attempt(lambda: s.seek(-1))
attempt(lambda: s.seek(0, 5))
print repr(s.write(u'hello')), repr(s.tell()), repr(s.seek(10)), repr(s.write(u'x'))
print repr(s.getvalue()), repr(s.truncate(2)), repr(s.getvalue()), repr(s.tell())
print s.encoding, s.errors, s.line_buffering, s.newlines, s.seekable()
attempt(lambda: s.fileno())
attempt(lambda: s.detach())
attempt(lambda: s.seek(0, 2))
s.close()
attempt(lambda: s.getvalue())
attempt(lambda: s.write(u'a'))
print list(io.StringIO(u'x\ny')), repr(io.StringIO(u'abc').read(-5))
print repr(io.StringIO(u'abc').read(None)), repr(io.StringIO(u'abc\ndef').readline(2))
attempt(lambda: io.StringIO(u'abc').read('x'))
print isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.TextIOBase)
print isinstance(io.BytesIO(), io.IOBase), isinstance(io.StringIO(), io.RawIOBase)
print issubclass(io.UnsupportedOperation, ValueError), issubclass(io.UnsupportedOperation, IOError)

d = io.IncrementalNewlineDecoder(None, True)
print repr(d.decode(u'a\r')), repr(d.decode(u'\nb\r', final=True)), d.newlines, d.getstate()
d = io.IncrementalNewlineDecoder(None, False)
print repr(d.decode(u'a\r')), d.getstate(), repr(d.decode(u'\nb\r')), repr(d.newlines)
print d.getstate()
d.reset()
print d.getstate(), d.newlines
