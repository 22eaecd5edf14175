# Custom exception hierarchy with args/str/repr and try/except/else/finally flow.

class AppError(Exception):
    code = 1
    def __init__(self, msg, *extra):
        Exception.__init__(self, msg, *extra)
        self.msg = msg
    def __str__(self):
        return '[%s:%d] %s' % (type(self).__name__, self.code, self.msg)

class NetworkError(AppError):
    code = 10
class TimeoutError_(NetworkError):
    code = 11
class DataError(AppError):
    code = 20

def risky(kind):
    if kind == 'timeout':
        raise TimeoutError_('took too long', 30)
    if kind == 'net':
        raise NetworkError('unreachable')
    if kind == 'data':
        raise DataError('bad checksum', 0xff, 'crc')
    if kind == 'key':
        return {}['missing']
    if kind == 'zero':
        return 1 / 0
    return 'ok:' + kind

for kind in ['fine', 'timeout', 'net', 'data', 'key', 'zero']:
    steps = []
    try:
        r = risky(kind)
    except TimeoutError_ as e:
        steps.append('timeout %s args=%r' % (e, e.args))
    except NetworkError as e:
        steps.append('network %s' % e)
    except AppError as e:
        steps.append('app %s code=%d repr=%r' % (e, e.code, e))
    except (KeyError, ZeroDivisionError) as e:
        steps.append('builtin %s %r' % (type(e).__name__, e.args))
    else:
        steps.append('else ' + r)
    finally:
        steps.append('finally')
    print kind, '->', steps

def with_retries(fn, attempts):
    log = []
    for i in range(attempts):
        try:
            result = fn(i)
        except NetworkError as e:
            log.append('attempt %d failed: %s' % (i, e.msg))
            continue
        else:
            log.append('attempt %d ok' % i)
            return result, log
        finally:
            log.append('cleanup %d' % i)
    raise AppError('gave up after %d' % attempts)

def flaky(i):
    if i < 2:
        raise NetworkError('flaky %d' % i)
    return i * 100

print with_retries(flaky, 5)
try:
    with_retries(flaky, 2)
except AppError as e:
    print 'caught', e, e.args

def reraise():
    try:
        risky('data')
    except AppError:
        print 'logging and re-raising'
        raise

try:
    reraise()
except DataError as e:
    print 'outer got', e, len(e.args)

def translate():
    try:
        risky('key')
    except KeyError as e:
        raise DataError('lookup failed for %s' % e)
try:
    translate()
except AppError as e:
    print e, isinstance(e, Exception), issubclass(TimeoutError_, AppError)
print str(AppError('x')), repr(Exception('a', 1)), str(Exception()), repr(ValueError())
