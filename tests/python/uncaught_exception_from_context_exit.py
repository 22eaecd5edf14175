# A context manager's __exit__ replaces the body's exception with its own, which escapes.

class Resource(object):
    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit
    def __enter__(self):
        print 'acquire', self.name
        return self
    def __exit__(self, t, v, tb):
        print 'release', self.name, 'after', t.__name__ if t else 'success'
        if self.fail_on_exit:
            raise IOError('could not release %s cleanly' % self.name)
        return False

with Resource('db') as r:
    print 'using', r.name
try:
    with Resource('cache', fail_on_exit=True):
        print 'using cache'
except IOError as e:
    print 'handled:', e
try:
    with Resource('queue'):
        raise ValueError('bad message')
except ValueError as e:
    print 'handled:', e

with Resource('socket', fail_on_exit=True):
    with Resource('buffer'):
        print 'about to fail'
        raise KeyError('lost packet')
print 'not reached'
