import contextlib
log = []
@contextlib.contextmanager
def tag(name):
    log.append('<%s>' % name)
    try:
        yield name.upper()
    finally:
        log.append('</%s>' % name)

with tag('html') as h:
    with tag('body') as b:
        log.append('content %s %s' % (h, b))
print ''.join(log)

@contextlib.contextmanager
def suppress(*excs):
    try:
        yield
    except excs, e:
        print 'suppressed', type(e).__name__, e

with suppress(KeyError, IndexError):
    {}['x']
with suppress(KeyError):
    [][1] if False else None
print 'after suppress'
try:
    with suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError, e:
    print 'ValueError escaped:', e

@contextlib.contextmanager
def transaction(db):
    snapshot = dict(db)
    try:
        yield db
        print 'commit', sorted(db.items())
    except Exception, e:
        db.clear()
        db.update(snapshot)
        print 'rollback because', e
        raise
db = {'a': 1}
with transaction(db) as t:
    t['b'] = 2
try:
    with transaction(db) as t:
        t['c'] = 3
        raise RuntimeError('failure')
except RuntimeError:
    pass
print sorted(db.items())

class Closable(object):
    def __init__(self, name):
        self.name = name
    def close(self):
        print 'closing', self.name
with contextlib.closing(Closable('resource')) as c:
    print 'using', c.name

with contextlib.nested(tag('x'), tag('y')) as (x, y):
    print 'nested got', x, y
print log[-4:]

@contextlib.contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError, e:
    print 'RuntimeError:', e
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError, e:
    print 'RuntimeError:', e
