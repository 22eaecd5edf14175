# Interplay of return/break/continue with finally, and exception state inside handlers.
import sys
def f1():
    try:
        return 'try'
    finally:
        print '  f1 finally runs'
def f2():
    try:
        raise ValueError('lost')
    finally:
        return 'finally swallowed the error'
def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print '  body', i
        finally:
            print '  finally', i
    return i
def f4():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
def f5(n):
    try:
        try:
            if n == 0:
                raise KeyError(n)
            if n == 1:
                raise IndexError(n)
            return 'no error'
        except KeyError:
            return 'inner handled key'
        finally:
            print '  inner finally n=%d' % n
    except IndexError:
        return 'outer handled index'
    finally:
        print '  outer finally n=%d' % n
print f1()
print f2()
print f3()
print f4()
for n in range(3):
    print f5(n)
def info():
    t, v, tb = sys.exc_info()
    return t.__name__ if t else None, str(v) if v else None
try:
    raise RuntimeError('current')
except RuntimeError:
    print info()
    try:
        raise TypeError('nested')
    except TypeError:
        print info()
    print info()
def gen_cleanup():
    try:
        for i in range(3):
            yield i
    finally:
        print '  generator finally'
for x in gen_cleanup():
    print 'got', x
g = gen_cleanup()
print g.next()
g.close()
count = 0
while True:
    try:
        count += 1
        if count > 3:
            break
    finally:
        print '  loop finally', count
print 'count', count
def nested_raise():
    try:
        raise ValueError('first')
    except ValueError:
        try:
            raise KeyError('second')
        except KeyError as k:
            return 'handled %r' % (k,)
print nested_raise()
