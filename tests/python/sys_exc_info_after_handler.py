import sys
print sys.exc_info()
try:
    raise ValueError('first')
except ValueError:
    t, v, tb = sys.exc_info()
    print t.__name__, v, tb is not None, tb.tb_lineno
print sys.exc_info()[0].__name__ if sys.exc_info()[0] else None

def handler():
    try:
        raise KeyError('inner')
    except KeyError:
        return sys.exc_info()[1]
print repr(handler())
print sys.exc_info()[0]

def after_handler():
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    return sys.exc_info()[0]
print after_handler()

sys.exc_clear()
print sys.exc_info()

def nested():
    try:
        raise TypeError('outer')
    except TypeError:
        try:
            raise IndexError('inner')
        except IndexError:
            print 'in inner:', sys.exc_info()[0].__name__
        print 'back in outer:', sys.exc_info()[0].__name__, sys.exc_info()[1]
nested()

def reraise_with_info():
    try:
        int('x')
    except ValueError:
        info = sys.exc_info()
    try:
        raise info[0], info[1], info[2]
    except ValueError, e:
        print 'reraised:', e
reraise_with_info()

def gen():
    try:
        raise AttributeError('in gen')
    except AttributeError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
print list(gen())

try:
    raise RuntimeError('x')
except RuntimeError:
    def inner():
        return sys.exc_info()[0]
    print 'callee sees:', inner().__name__

class Ctx(object):
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print 'exit args:', args[0].__name__, args[1], sys.exc_info()[0]
        return True
with Ctx():
    raise NameError('in with')
print 'exc_info after with:', sys.exc_info()[0] is None or sys.exc_info()[0].__name__
