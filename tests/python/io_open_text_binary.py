# io.open over real files (under /tmp, named with the pid, removed at the end): the text and
# binary stacks, mode checks and their messages, newline modes on read and write, encodings,
# tell/seek cookies, the buffered classes' peek/read1/readinto, FileIO on descriptors.
import io
import os

p = '/tmp/io_open_text_binary_%d.txt' % os.getpid()


def attempt(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, str(e).replace(p, 'P')


f = io.open(p, 'w')
print type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__
print f.mode, f.buffer.mode, f.buffer.raw.mode, f.name == p, f.line_buffering, f.errors
print f.newlines, f.readable(), f.writable(), f.seekable(), f.closed
attempt(lambda: f.read())
f.close()
print f.closed, repr(f.buffer.raw)
attempt(lambda: f.write(u'x'))
for mode in ['x', 'rw', 'rr', 'tb', 'b', 'wU']:
    attempt(lambda: io.open(p, mode))
attempt(lambda: io.open(p, 'rb', encoding='x'))
attempt(lambda: io.open(p, 'rb', errors='x'))
attempt(lambda: io.open(p, 'rb', newline='x'))
attempt(lambda: io.open(p, 'r', buffering=0))
attempt(lambda: io.open(p, 'r', newline='x'))
attempt(lambda: io.open(p, 'r', newline=5))
attempt(lambda: io.open(3.5))
attempt(lambda: io.open(p, 5))
attempt(lambda: io.open('/tmp/no/such/dir/x'))
attempt(lambda: io.open('/tmp'))
attempt(lambda: io.FileIO(p, 'rt'))
attempt(lambda: io.FileIO(-1))
attempt(lambda: io.TextIOWrapper(io.BytesIO('a'), encoding='nope'))

with io.open(p, 'wb') as f:
    print repr(f.write('ab\ncd\r\nef\rgh\n')), repr(f.tell())
for nl in [None, '', '\n', '\r', '\r\n']:
    with io.open(p, 'r', newline=nl) as f:
        print repr(nl), f.readlines(), f.newlines, repr(f.tell())
with io.open(p, 'rU') as f:
    print f.mode, f.buffer.mode, f.readlines()
with io.open(p, 'r') as f:
    print repr(f.readline()), repr(f.tell()), repr(f.read(3)), repr(f.tell())
    print repr(f.read()), repr(f.tell()), repr(f.seek(0)), repr(f.readline(1))
    c = f.tell()
    x = f.read(2)
    f.seek(c)
    print repr(f.read(2)), repr(x), repr(f.seek(0, 2)), repr(f.read())
    attempt(lambda: f.write(u'x'))
    attempt(lambda: f.seek(1, 1))
    attempt(lambda: f.seek(1, 2))
    attempt(lambda: f.seek(-1))
    attempt(lambda: f.seek(0, 3))
    n = 0
    f.seek(0)
    for line in f:
        n += 1
    print n
    attempt(lambda: f.tell())

with io.open(p, 'w', newline='\r\n') as f:
    print repr(f.write(u'x\ny\n')), repr(f.tell())
print repr(open(p, 'rb').read())
with io.open(p, 'w', encoding='utf-8') as f:
    f.write(u'h\xe9llo\n\u20acuro\n')
    attempt(lambda: f.write('str'))
    attempt(lambda: f.read())
print repr(open(p, 'rb').read())
with io.open(p, encoding='utf-8') as f:
    print repr(f.read(2)), repr(f.tell()), repr(f.readline()), repr(f.tell()), repr(f.read())
with io.open(p, encoding='utf-8') as f:
    f.readline()
    print repr(f.read(1)), repr(f.tell())
    c = f.tell()
    print repr(f.read(2)), repr(f.seek(c)), repr(f.read(2))
with io.open(p, encoding='latin-1') as f:
    print repr(f.read())

with io.open(p, 'rb') as f:
    print repr(f.read(3)), repr(f.peek(1)[:1]), repr(f.read1(2)), repr(f.tell())
    print repr(f.seek(-2, 1)), repr(f.read()), repr(f.read()), repr(f.raw.read())
    f.seek(0)
    ba = bytearray(4)
    print repr(f.readinto(ba)), ba
    attempt(lambda: f.write('x'))
    attempt(lambda: f.seek(0, 3))
with io.open(p, 'r+b') as f:
    print repr(f.read(2)), repr(f.write('XY')), repr(f.tell()), repr(f.seek(0)), repr(f.read())
    print type(f).__name__
with io.open(p, 'ab') as f:
    print repr(f.tell()), repr(f.write('Q')), f.mode, f.raw.mode
    attempt(lambda: f.read())
with io.open(p, 'a+') as f:
    print repr(f.tell()), f.mode, f.buffer.raw.mode, type(f.buffer).__name__
with io.open(p, 'w+') as f:
    print f.mode, f.buffer.mode, f.buffer.raw.mode
    f.write(u'abc\ndef\n')
    f.seek(0)
    print f.read()
with io.open(p, 'wb', buffering=0) as f:
    print type(f).__name__, f.write('abc'), f.mode
with io.FileIO(p, 'r+') as f:
    print f.read(1), f.write('Z'), f.tell(), f.seek(0), f.readall(), f.mode
    print f.truncate(2), f.tell(), f.seekable(), f.readable(), f.writable(), f.isatty()
print open(p).read()
r = io.FileIO(p)
attempt(lambda: r.write('x'))
r.close()
print r.closed, repr(r)
attempt(lambda: r.read())
attempt(lambda: io.FileIO(p, 'w').read())

fd = os.open(p, os.O_RDONLY)
f = io.open(fd, 'rb')
print f.name == fd, f.read()
f.close()
attempt(lambda: os.fstat(fd))
fd = os.open(p, os.O_RDONLY)
f = io.open(fd, 'rb', closefd=False)
f.close()
print os.read(fd, 2)
os.close(fd)
attempt(lambda: io.open(p, 'rb', closefd=False))

f = io.open(p, 'w')
print repr(f.write(u'abc'))
raw = f.detach()
attempt(lambda: f.write(u'x'))
raw.close()
f = io.TextIOWrapper(io.open(p, 'wb'), line_buffering=True)
f.write(u'abc')
print repr(open(p).read())
f.write(u'd\ne')
print repr(open(p).read())
f.close()
f = io.open(p, 'wb')
f.write('abc')
print repr(open(p).read())
f.flush()
print repr(open(p).read())
f.close()

print repr(io.BufferedReader(io.BytesIO('xyz')).read())
attempt(lambda: io.BufferedReader(io.BytesIO('xyz')).fileno())
w = io.BufferedWriter(io.BytesIO())
print repr(w.write('abc')), repr(w.raw.getvalue()), repr(w.tell())
w.flush()
print repr(w.raw.getvalue())
pair = io.BufferedRWPair(io.BytesIO('in'), io.BytesIO())
print pair.read(), pair.write('out'), pair.readable(), pair.writable()
tw = io.TextIOWrapper(io.BytesIO('a\r\nb'), encoding='ascii')
print tw.readlines(), tw.encoding
os.remove(p)
print os.path.exists(p)
