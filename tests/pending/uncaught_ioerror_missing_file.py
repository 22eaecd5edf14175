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
