# gzip and zipfile round trips in /tmp (pid in the names, removed at the end): gzip.open
# write/read/iterate/seek, GzipFile over BytesIO, zip members deflated and stored, append mode.
import gzip
import io
import os
import zipfile

pid = os.getpid()
g = '/tmp/gzip_roundtrip_%d.gz' % pid
with gzip.open(g, 'wb') as f:
    f.write('hello gzip\n' * 100)
    f.write(memoryview('mv data\n'))
with gzip.open(g, 'rb') as f:
    print repr(f.readline()), len(f.read())
f = gzip.GzipFile(g)
print sum(1 for _ in f), f.closed
f.close()
print f.closed
with gzip.open(g) as f:
    print f.read(5), f.tell(), f.seek(100), f.read(4)
bio = io.BytesIO()
with gzip.GzipFile(fileobj=bio, mode='wb') as f:
    f.write('in memory')
print gzip.GzipFile(fileobj=io.BytesIO(bio.getvalue())).read()
os.remove(g)

z = '/tmp/zip_roundtrip_%d.zip' % pid
src = 'stored member\n' * 20
with zipfile.ZipFile(z, 'w', zipfile.ZIP_DEFLATED) as zf:
    zf.writestr('a.txt', 'alpha\n' * 50)
    zf.writestr(zipfile.ZipInfo('b.txt'), 'beta')
    zf.writestr('c.txt', src, zipfile.ZIP_STORED)
with zipfile.ZipFile(z) as zf:
    print zf.namelist(), [i.compress_type for i in zf.infolist()], zf.testzip()
    print [i.file_size for i in zf.infolist()]
    print len(zf.read('a.txt')), zf.read('b.txt'), zf.read('c.txt') == src
    with zf.open('a.txt') as m:
        print repr(m.readline()), len(m.readlines())
    with zf.open('c.txt') as m:
        print repr(m.read(6)), repr(m.readline())
with zipfile.ZipFile(z, 'a') as zf:
    zf.writestr('d.txt', 'delta')
with zipfile.ZipFile(z) as zf:
    print zf.read('d.txt'), len(zf.namelist())
print zipfile.is_zipfile(z), zipfile.is_zipfile(__file__)
try:
    zipfile.ZipFile(z).read('missing')
except KeyError as e:
    print 'KeyError', e
os.remove(z)
print os.path.exists(z), os.path.exists(g)
