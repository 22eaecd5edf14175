# SystemExit(0) ends the program with status 0 even though it is "raised".
import sys
try:
    raise SystemExit(7)
except SystemExit, e:
    print 'caught code', e.code
def stopper():
    raise SystemExit('message code')
try:
    stopper()
except SystemExit, e:
    print 'caught', repr(e.code)
print issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception)
import sys
count = 0
for i in range(10):
    count += i
    if count > 20:
        print 'stopping at', i, count
        raise SystemExit(0)
print 'not reached'
