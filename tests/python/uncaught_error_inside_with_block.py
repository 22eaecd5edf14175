# __exit__ sees the exception type when the block fails and returns False,
# so the exception keeps propagating after every enclosing __exit__ ran.
class Quiet(object):
    def __enter__(self):
        return 'quiet'
    def __exit__(self, *exc):
        print 'Quiet exit with', exc[0].__name__ if exc[0] else None
        return True
with Quiet() as q:
    raise KeyError(q)
class Resource(object):
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print 'open', self.name
        return self
    def __exit__(self, t, v, tb):
        print 'close', self.name, 'after', t.__name__ if t else 'success'
        return False
with Resource('db') as r:
    print 'using', r.name
with Resource('file'):
    with Resource('lock'):
        values = [1, 2, 3]
        print 'sum', sum(values)
        print values[10]
