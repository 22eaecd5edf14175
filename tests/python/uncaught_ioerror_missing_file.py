# Reading and writing a scratch file, then opening it after deletion.
for mode in ['r', 'rb']:
    try:
        open('/tmp/pyston_test_uncaught_ioerror_missing_file.never', mode)
    except IOError, e:
        print mode, e.errno, e.strerror
import os
print os.path.exists('/tmp/pyston_test_uncaught_ioerror_missing_file.txt')
print os.path.isdir('/tmp')
import os
path = '/tmp/pyston_test_uncaught_ioerror_missing_file.txt'
with open(path, 'w') as f:
    f.write('data\n')
print open(path).read().strip()
os.remove(path)
try:
    open(path)
except IOError, e:
    print 'handled:', e.errno, e.strerror
print 'opening again without handler'
open(path)
