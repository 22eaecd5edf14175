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
