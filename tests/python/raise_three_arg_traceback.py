import sys, traceback
def fail():
    raise ValueError('original failure')
def capture():
    try:
        fail()
    except ValueError:
        return sys.exc_info()
info = capture()
print info[0].__name__, info[1], type(info[2]).__name__
try:
    raise info[0], info[1], info[2]
except ValueError, e:
    tb = sys.exc_info()[2]
    names = [f[2] for f in traceback.extract_tb(tb)]
    print 'reraised', e, names
try:
    raise KeyError, 'msg', info[2]
except KeyError, e:
    print 'KeyError with foreign traceback:', e
try:
    raise TypeError, TypeError('instance'), None
except TypeError, e:
    print 'None traceback ok:', e
try:
    raise ValueError, 'x', 'not a traceback'
except TypeError, e:
    print 'TypeError:', e
try:
    raise ValueError(1), 2
except TypeError, e:
    print 'TypeError:', e
try:
    raise 'string exception'
except TypeError, e:
    print 'TypeError:', e
try:
    raise 42
except TypeError, e:
    print 'TypeError:', e
class NotExc(object):
    pass
try:
    raise NotExc
except TypeError, e:
    print 'TypeError:', e
try:
    raise ValueError, ('a', 'b')
except ValueError, e:
    print 'tuple value becomes args:', e.args
try:
    raise ValueError, (('nested',),)
except ValueError, e:
    print e.args
try:
    raise (KeyError, IndexError), 'first of tuple'
except KeyError, e:
    print 'tuple of classes raises first:', repr(e)
def translate():
    try:
        {}['k']
    except KeyError:
        cls, val, tb = sys.exc_info()
        raise LookupError, 'translated: %s' % val, tb
try:
    translate()
except LookupError, e:
    print type(e).__name__, e, [f[2] for f in traceback.extract_tb(sys.exc_info()[2])]
try:
    raise
except TypeError, e:
    print 'bare raise with no active exception:', e
