import sys
def level(n, log):
    try:
        if n == 0:
            raise ValueError('bottom')
        level(n - 1, log)
    except ValueError, e:
        log.append('caught at %d: %s' % (n, e))
        if n < 2:
            raise TypeError('converted at %d' % n)
    finally:
        log.append('finally %d' % n)
log = []
try:
    level(3, log)
except TypeError, e:
    log.append('top got TypeError: %s' % e)
for line in log:
    print line

def handler_raises():
    try:
        raise KeyError('first')
    except KeyError:
        try:
            raise IndexError('second')
        except IndexError, e:
            print 'inner handled', repr(e)
        print 'exc_info now', sys.exc_info()[0].__name__
        raise
try:
    handler_raises()
except KeyError, e:
    print 'reraise after nested handler gives:', repr(e)
except IndexError, e:
    print 'reraise after nested handler gives:', repr(e)

def finally_in_loop():
    out = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError(i)
                out.append('ok %d' % i)
            finally:
                out.append('inner finally %d' % i)
        except ValueError, e:
            out.append('caught %s' % e)
    return out
print finally_in_loop()

def except_tuple_order():
    results = []
    for exc in [KeyError('k'), IndexError('i'), LookupError('l'), ValueError('v')]:
        try:
            raise exc
        except (KeyError, IndexError), e:
            results.append('specific %s' % type(e).__name__)
        except LookupError, e:
            results.append('general %s' % type(e).__name__)
        except Exception, e:
            results.append('fallback %s' % type(e).__name__)
    return results
print except_tuple_order()

def exception_variable_persists():
    try:
        raise ValueError('persist')
    except ValueError, err:
        pass
    return err
print repr(exception_variable_persists())

def try_in_finally():
    try:
        return 'from try'
    finally:
        try:
            raise RuntimeError('inside finally')
        except RuntimeError, e:
            print 'handled inside finally:', e
print try_in_finally()
def except_as_target_attr():
    class Box(object):
        pass
    b = Box()
    try:
        1 / 0
    except ZeroDivisionError, b.err:
        pass
    return type(b.err).__name__
print except_as_target_attr()
d = {}
try:
    raise KeyError('into dict')
except KeyError, d['e']:
    pass
print repr(d['e'])
