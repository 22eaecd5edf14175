class Ctx(object):
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print 'enter', self.name
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print 'exit', self.name, typ.__name__ if typ else None, val, tb is not None
        return self.suppress

with Ctx('a') as v:
    print 'body', v
with Ctx('b', suppress=True):
    raise ValueError('swallowed')
print 'after b'
try:
    with Ctx('c'):
        raise KeyError('propagates')
except KeyError, e:
    print 'caught', repr(e)
with Ctx('outer') as o, Ctx('inner', True) as i:
    print 'both', o, i
    1 / 0
print 'after nested'

def in_function():
    with Ctx('f'):
        return 'returned from with'
print in_function()

for n in range(3):
    with Ctx('loop%d' % n):
        if n == 1:
            continue
        if n == 2:
            break
        print 'loop body', n

class Truthy(object):
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 'non-empty string is true'
with Truthy():
    raise TypeError
print 'suppressed by truthy value'

class ExitRaises(object):
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError('from exit')
try:
    with ExitRaises():
        raise ValueError('original')
except RuntimeError, e:
    print 'RuntimeError:', e

try:
    with object():
        pass
except AttributeError, e:
    print 'AttributeError:', e

import threading
lock = threading.Lock()
with lock:
    print 'locked', lock.locked()
print 'unlocked', lock.locked()

class Target(object):
    pass
t = Target()
with Ctx('attr') as t.value:
    pass
print t.value
with Ctx('tup') as (x, y):
    print x, y
