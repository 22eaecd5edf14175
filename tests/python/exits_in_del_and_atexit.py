# sys.exit and errors inside __del__ are reported and ignored (CPython's unraisable-exception
# line shows the raw value of runtime-raised errors); a SystemExit out of an atexit handler
# sets the exit status.
import sys
import atexit


class D(object):
    def __init__(self, how):
        self.how = how

    def __repr__(self):
        return 'D(%r)' % self.how

    def __del__(self):
        if self.how == 'exit':
            sys.exit(3)
        elif self.how == 'int':
            int('x')
        elif self.how == 'raise':
            raise ValueError('from python', 2)
        elif self.how == 'key':
            {}['missing']


for how in ('exit', 'int', 'raise', 'key'):
    d = D(how)
    del d
    print 'after', how


def nested_repr():
    l = []
    for i in range(50000):
        l = [l]
    try:
        repr(l)
    except RuntimeError as e:
        print 'RuntimeError:', e


nested_repr()


def handler():
    print 'handler runs'
    sys.exit(5)


atexit.register(handler)


def f():
    try:
        return 'value'
    finally:
        print 'finally runs'


print f()
sys.stderr.write('last line from the program\n')
