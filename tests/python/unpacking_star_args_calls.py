# Tuple unpacking and *args/**kwargs calls in realistic helper functions.

def point(x, y, z=0):
    return 'P(%s, %s, %s)' % (x, y, z)

coords = [(1, 2), (3, 4, 5), [6, 7]]
print [point(*c) for c in coords]
print point(**{'x': 1, 'y': 2, 'z': 3}), point(1, **{'y': 9})
print point(*(1,), **{'y': 2})

def log(level, *msgs, **ctx):
    extra = ' '.join('%s=%r' % kv for kv in sorted(ctx.items()))
    return '[%s] %s %s' % (level.upper(), ' '.join(str(m) for m in msgs), extra)
print log('info', 'started', 3, 'workers', host='a', port=80)
print log('warn')
args = ('error', 'disk', 'full')
kw = {'pct': 99}
print log(*args, **kw)
print log('debug', *range(3), **dict(a=1))

a, b, c = 'xyz'
print a, b, c
(a, b), c = (1, 2), 3
print a, b, c
first, (second, (third, fourth)) = [1, (2, [3, 4])]
print first, second, third, fourth
a, b = b, a
print a, b
x = y = z = [0]
print x is z
for i, (name, score) in enumerate([('ann', 9), ('bob', 7)]):
    print i, name, score
pairs = {'k1': (1, 'one'), 'k2': (2, 'two')}
for key, (num, word) in sorted(pairs.items()):
    print key, num, word
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print 'ValueError:', e
try:
    a, b, c = (1, 2)
except ValueError as e:
    print 'ValueError:', e
try:
    a, b = 5
except TypeError as e:
    print 'TypeError:', e

def swap_pairs(*pairs):
    return [(b, a) for a, b in pairs]
print swap_pairs((1, 2), 'ab', [True, None])

def kw_only_like(a, b=2, *rest, **opts):
    return a, b, rest, sorted(opts.items())
print kw_only_like(1)
print kw_only_like(1, 3, 4, 5, flag=True)
print kw_only_like(b=7, a=0)
try:
    kw_only_like(1, a=2)
except TypeError as e:
    print 'TypeError:', e
try:
    point(1)
except TypeError as e:
    print 'TypeError:', e
try:
    point(1, 2, w=3)
except TypeError as e:
    print 'TypeError:', e

def apply_all(fns, *a, **k):
    return [f(*a, **k) for f in fns]
print apply_all([max, min, sorted], [3, 1, 2])
print apply_all([point, log], 'q', 'r')
m = [[1, 2, 3], [4, 5, 6]]
print zip(*m), map(sum, zip(*m)), dict(zip(*[('a', 'b'), (1, 2)]))
head, rest = m[0][0], m[0][1:]
print head, rest, [(lambda *t: len(t))(*row) for row in m]
