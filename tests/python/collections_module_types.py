import collections
Point = collections.namedtuple('Point', 'x y')
p = Point(3, 4)
print p, p.x, p[1], p._asdict() if False else dict(p._asdict()), p._replace(x=10), Point._fields
print Point._make([7, 8]), p == (3, 4), isinstance(p, tuple), len(p)
x, y = p
print x + y, repr(p)
try:
    Point(1)
except TypeError, e:
    print 'TypeError:', e
P3 = collections.namedtuple('P3', ['a', 'b', 'c'], verbose=False)
print P3(1, b=2, c=3)
try:
    p.x = 5
except AttributeError, e:
    print 'AttributeError:', e

c = collections.Counter('abracadabra')
print c.most_common(3), c['a'], c['z'], sorted(c.elements())[:6]
c.update('aaz')
print c['a'], c['z']
c2 = collections.Counter({'a': 1, 'b': 10})
print sorted((c + c2).items()), sorted((c - c2).items()), sorted((c & c2).items())
print collections.Counter(w for w in 'one two one three two one'.split()).most_common()

dd = collections.defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print sorted(dd.items()), dd['missing'], 'missing' in dd
di = collections.defaultdict(int)
for ch in 'hello':
    di[ch] += 1
print sorted(di.items()), di.default_factory
dn = collections.defaultdict()
try:
    dn['x']
except KeyError, e:
    print 'KeyError:', e

od = collections.OrderedDict()
for k in ['zeta', 'alpha', 'mid']:
    od[k] = len(k)
print od, od.keys()
od['alpha'] = 0
del od['zeta']
od['zeta'] = 9
print od.items()
print od.popitem(), od.popitem(last=False), od
print collections.OrderedDict([(1, 2)]) == collections.OrderedDict([(1, 2)])

dq = collections.deque([1, 2, 3])
dq.appendleft(0)
dq.append(4)
dq.rotate(2)
print dq, dq.popleft(), dq.pop(), len(dq)
dq.extendleft('ab')
print dq, list(reversed(dq))
bounded = collections.deque(maxlen=3)
for i in range(6):
    bounded.append(i)
print bounded, bounded.maxlen
