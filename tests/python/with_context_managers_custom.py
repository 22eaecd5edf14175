# with statements using custom context managers: suppression, nesting, resource tracking.

class Tracker(object):
    depth = 0
    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print '  ' * Tracker.depth + 'enter ' + self.name
        Tracker.depth += 1
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        Tracker.depth -= 1
        desc = exc_type.__name__ if exc_type else 'clean'
        handled = exc_type is not None and issubclass(exc_type, self.suppress)
        print '  ' * Tracker.depth + 'exit %s (%s)%s' % (self.name, desc, ' suppressed' if handled else '')
        return handled

with Tracker('a') as x:
    print 'body got', x

with Tracker('outer', suppress=(KeyError,)):
    with Tracker('inner', suppress=(ValueError,)):
        raise KeyError('k')
    print 'never printed'
print 'after suppressed KeyError'

with Tracker('one') as a, Tracker('two', suppress=(ZeroDivisionError,)) as b:
    print 'both', a, b
    1 / 0
print 'after multi-with'

try:
    with Tracker('leaky'):
        raise IndexError('escapes')
except IndexError as e:
    print 'caught', e

class Transaction(object):
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, t, v, tb):
        if t is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print 'rolled back because', v
            return True
        print 'committed'

db = {'x': 1}
with Transaction(db) as s:
    s['y'] = 2
print sorted(db.items())
with Transaction(db) as s:
    s['z'] = 3
    del s['x']
    raise RuntimeError('constraint violated')
print sorted(db.items())

def in_function():
    with Tracker('fn'):
        return 'returned inside with'
print in_function()
for i in range(3):
    with Tracker('loop%d' % i, suppress=(StopIteration,)):
        if i == 1:
            continue
        if i == 2:
            break
print 'loop done, depth', Tracker.depth

class Opened(object):
    log = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Opened.log.append('open ' + self.name)
        return self
    def __exit__(self, *exc):
        Opened.log.append('close ' + self.name)
        return False
with Opened('f1') as f1:
    with Opened('f2') as f2:
        Opened.log.append('use %s+%s' % (f1.name, f2.name))
print Opened.log
