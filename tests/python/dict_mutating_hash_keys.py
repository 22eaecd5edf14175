# A dict key's __eq__ mutates the dict being probed (get, setdefault, pop, in, has_key,
# d[k], d[k] = v, del), or its __hash__ raises or mutates: CPython restarts the probe when
# the table changed under it; nothing hangs or reads a freed table.
log = []
budget = [0]

class M(object):
    """Hash 1; __eq__ refills the target dict with i: i for i < n while the budget lasts."""
    def __init__(self, target, n=40, tag='m'):
        self.target = target
        self.n = n
        self.tag = tag
    def __hash__(self):
        return 1
    def __eq__(self, other):
        log.append(self.tag)
        if budget[0] > 0:
            budget[0] -= 1
            self.target.clear()
            for i in range(self.n):
                self.target[i] = i
        return False

def fresh(n=40):
    d = {}
    d[M(d, n, 'a')] = 'a'
    budget[0] = 1
    return d

def show(label, d):
    ints = sorted(k for k in d if isinstance(k, int))
    print label, len(d), ints[:6], len(log)
    del log[:]

d = fresh()
print d.get(M(d, tag='g')), d.get(M(d), 'dflt'),
show('get', d)

# (CPython's setdefault probes once; the number of comparisons is not shown)
d = fresh()
print d.setdefault(M(d, tag='s'), 'new'),
del log[:]
show('setdefault', d)

d = fresh()
print d.pop(M(d, tag='p'), 'none'),
show('pop', d)

d = fresh()
try:
    d.pop(M(d, tag='p'))
except KeyError:
    print 'KeyError',
show('pop-missing', d)

d = fresh()
print M(d, tag='c') in d,
show('contains', d)

d = fresh()
print d.has_key(M(d, tag='h')),
show('has_key', d)

d = fresh()
try:
    d[M(d, tag='i')]
except KeyError:
    print 'KeyError',
show('getitem', d)

d = fresh()
d[M(d, tag='v')] = 'v'
show('setitem', d)

d = fresh()
try:
    del d[M(d, tag='x')]
except KeyError:
    print 'KeyError',
show('delitem', d)

d = fresh(3)
d[M(d, 3, 'v')] = 'v'
show('small', d)

# __eq__ that adds a key (no resize) and then answers True for its twin
class Twin(object):
    def __init__(self, target, v):
        self.target = target
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, other):
        log.append(self.v)
        if budget[0] > 0:
            budget[0] -= 1
            self.target[100 + budget[0]] = budget[0]
        return isinstance(other, Twin) and other.v == self.v
d = {}
d[Twin(d, 1)] = 'one'
budget[0] = 1
d[Twin(d, 1)] = 'uno'
print d[Twin(d, 1)], sorted(v for v in d.values() if isinstance(v, int)),
show('twin', d)
budget[0] = 2
print d.get(Twin(d, 1)), d.get(Twin(d, 2)), d.pop(Twin(d, 1)),
show('twin-pop', d)

# a dict built with keys whose __eq__ clears another dict
other = dict.fromkeys(range(10))
class C(object):
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 4
    def __eq__(self, o):
        log.append(self.v)
        if budget[0] > 0:
            budget[0] -= 1
            other.clear()
        return isinstance(o, C) and o.v == self.v
budget[0] = 1
d = dict([(C(1), 1), (C(2), 2), (C(1), 3)])
print 'dict', len(d), sorted(d.values()), len(other),
show('', {})
budget[0] = 1
d2 = {}
d2.update(d)
print 'update', len(d2), sorted(d2.values()),
show('', {})

# __hash__ that raises: every operation propagates the error, the dict is unchanged
class BadHash(object):
    def __hash__(self):
        raise ValueError('no hash')
d = {1: 1, 2: 2}
ops = [d.get, d.pop, d.has_key, d.setdefault, d.__contains__, d.__getitem__,
       d.__delitem__, lambda k: d.__setitem__(k, 0)]
for op in ops:
    try:
        op(BadHash())
    except ValueError as e:
        print e,
print sorted(d.items())
try:
    {BadHash(): 1}
except ValueError as e:
    print 'display', e
try:
    dict.fromkeys([1, BadHash()])
except ValueError as e:
    print 'fromkeys', e

# __hash__ that mutates the dict before the probe starts
class HashMutates(object):
    def __init__(self, target):
        self.target = target
    def __hash__(self):
        self.target.clear()
        for i in range(30):
            self.target[i] = -i
        return 5
d = {'x': 1}
h = HashMutates(d)
d[h] = 'h'
print len(d), d[5], 'x' in d, sorted(v for v in d.values() if v != 'h')[:3]

# __eq__ that raises after mutating: the error propagates
class Raiser(object):
    def __init__(self, target):
        self.target = target
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.target.clear()
        for i in range(30):
            self.target[i] = i
        raise RuntimeError('eq failed')
d = {}
d[Raiser(d)] = 1
try:
    d[Raiser(d)] = 2
except RuntimeError as e:
    print 'RuntimeError', e, len(d)
