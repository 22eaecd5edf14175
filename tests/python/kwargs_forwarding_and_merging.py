def connect(host, port=80, timeout=10, **options):
    opts = ', '.join('%s=%r' % kv for kv in sorted(options.items()))
    return '%s:%d timeout=%d [%s]' % (host, port, timeout, opts)

print connect('a')
print connect('b', 8080)
print connect('c', timeout=3, secure=True)
print connect(port=1, host='d', retries=2, verbose=False)

defaults = {'port': 443, 'secure': True}
print connect('e', **defaults)
overrides = dict(defaults, port=8443)
print connect('f', **overrides)

def wrapper(*args, **kwargs):
    kwargs.setdefault('timeout', 99)
    return connect(*args, **kwargs)
print wrapper('g'), wrapper('h', 1, timeout=2)

def collect(a, *args, **kw):
    return a, args, sorted(kw.items())
print collect(1), collect(1, 2, 3), collect(1, x=2), collect(*[1, 2], **{'y': 3})
print collect(*'xyz'), collect(1, *(), **{})

def kw_only_style(*args, **kw):
    sep = kw.pop('sep', ' ')
    end = kw.pop('end', '\n')
    if kw:
        raise TypeError('unexpected keyword arguments: %s' % ', '.join(sorted(kw)))
    return repr(sep.join(map(str, args)) + end)
print kw_only_style(1, 2, 3), kw_only_style('a', 'b', sep='-', end='!')
try:
    kw_only_style(1, bad=1, worse=2)
except TypeError, e:
    print 'TypeError:', e

def modifies(**kw):
    kw['added'] = True
    return kw
original = {'a': 1}
result = modifies(**original)
print sorted(original.items()), sorted(result.items())

try:
    connect('x', **{'host': 'dup'})
except TypeError, e:
    print 'TypeError:', e
try:
    connect(**{'port': 1})
except TypeError, e:
    print 'TypeError:', e
def unicode_kw(**kw):
    return kw.keys()
print unicode_kw(**{u'name': 1})
class Point(object):
    def __init__(self, x=0, y=0, **extra):
        self.x, self.y, self.extra = x, y, extra
    def __repr__(self):
        return 'Point(%r, %r, %r)' % (self.x, self.y, sorted(self.extra.items()))
print Point(), Point(1), Point(y=2), Point(1, 2, color='red'), Point(**{'x': 5, 'z': 6})
