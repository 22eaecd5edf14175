def run(action):
    log = []
    try:
        log.append('try')
        if action == 'raise':
            raise ValueError('bad value')
        if action == 'key':
            {}['k']
        if action == 'return':
            return log + ['returned']
        log.append('try-end')
    except ValueError, e:
        log.append('except ValueError: %s' % e)
    except (KeyError, IndexError), e:
        log.append('except %s: %s' % (type(e).__name__, e))
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
    return log

for a in ['none', 'raise', 'key', 'return']:
    print a, run(a)

def finally_overrides():
    try:
        return 'try'
    finally:
        return 'finally'
print finally_overrides()

def finally_swallows():
    try:
        raise KeyError('lost')
    finally:
        return 'swallowed'
print finally_swallows()

def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
print loop_with_finally()

def nested():
    try:
        try:
            raise TypeError('inner')
        except TypeError, e:
            raise ValueError('outer from ' + str(e))
        finally:
            print 'inner finally'
    except ValueError, e:
        return 'caught ' + str(e)
print nested()

def bare_reraise():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            print 'handling, then re-raise'
            raise
    except ZeroDivisionError, e:
        print 'outer got:', e
bare_reraise()

def catch_all():
    results = []
    for exc in [ValueError, TypeError, KeyError, Exception, StopIteration]:
        try:
            raise exc('x')
        except:
            results.append(exc.__name__)
    return results
print catch_all()

def while_finally():
    i = 0
    while True:
        try:
            i += 1
            if i > 3:
                return i
        finally:
            print 'iteration', i
print while_finally()
