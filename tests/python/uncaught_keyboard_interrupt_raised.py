# KeyboardInterrupt is a BaseException, not an Exception.
print issubclass(KeyboardInterrupt, SystemExit), KeyboardInterrupt('x').args
print [c.__name__ for c in KeyboardInterrupt.__mro__]
try:
    raise KeyboardInterrupt('simulated')
except BaseException, e:
    print 'caught as BaseException:', repr(e)
import sys
def work():
    for i in range(3):
        print 'step', i
    raise KeyboardInterrupt
try:
    work()
except Exception:
    print 'not caught by Exception'
except KeyboardInterrupt:
    print 'caught KeyboardInterrupt explicitly'
print issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException)
work()
