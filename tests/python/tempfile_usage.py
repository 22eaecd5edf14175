# tempfile over the io stack and os: TemporaryFile, NamedTemporaryFile (deleted on close),
# mkstemp, mkdtemp, SpooledTemporaryFile rolling over to a real file, gettempdir.
import os
import tempfile

t = tempfile.TemporaryFile()
t.write('hello temp')
t.seek(0)
print t.read()
t.close()

with tempfile.NamedTemporaryFile(suffix='.txt', prefix='io_test_') as nt:
    nt.write('named')
    nt.flush()
    name = nt.name
    print os.path.exists(name), name.endswith('.txt'), os.path.basename(name).startswith('io_test_')
    print open(name).read()
print os.path.exists(name)

nt = tempfile.NamedTemporaryFile(delete=False)
nt.write('kept')
nt.close()
print open(nt.name).read()
os.remove(nt.name)

d = tempfile.mkdtemp(suffix='_d')
print os.path.isdir(d), d.endswith('_d')
fd, name = tempfile.mkstemp(dir=d, suffix='.dat')
os.write(fd, 'abc')
os.close(fd)
print open(name).read(), os.path.dirname(name) == d
os.remove(name)
os.rmdir(d)
print os.path.exists(d)

sp = tempfile.SpooledTemporaryFile(max_size=10)
sp.write('x' * 5)
print sp._rolled, sp.tell()
sp.write('y' * 10)
print sp._rolled, sp.tell()
sp.seek(0)
print sp.read()
sp.close()
sp = tempfile.SpooledTemporaryFile()
sp.write('line1\nline2\n')
sp.seek(0)
print sp.readlines()
sp.rollover()
sp.seek(0)
print sp.read(5), sp._rolled
sp.close()
print os.path.isdir(tempfile.gettempdir())
