# A set key's __eq__ (or __hash__) mutates the set being probed, the set being iterated, or
# raises: CPython restarts the probe when the table changed under it; nothing hangs.
log = []
budget = [0]

class M(object):
    """Hash 1; __eq__ refills the target set with 0..n-1 while the budget lasts."""
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
                self.target.add(i)
        return False
    def __repr__(self):
        return 'M(%s)' % self.tag

def show(label, s):
    ints = sorted(x for x in s if isinstance(x, int))
    print label, len(s), ints[:6], len(log)
    del log[:]

# add / in / discard / remove, one mutation each
s = set()
s.add(M(s, tag='a'))
budget[0] = 1
s.add(M(s, tag='b'))
show('add', s)

s = set([M(None, tag='a')])
s.pop().target = s
s.add(M(s, tag='a2'))
budget[0] = 1
print M(s, tag='c') in s,
show('in', s)

s = set()
s.add(M(s, tag='a'))
budget[0] = 1
s.discard(M(s, tag='d'))
show('discard', s)

s = set()
s.add(M(s, tag='a'))
budget[0] = 1
try:
    s.remove(M(s, tag='r'))
except KeyError:
    print 'KeyError',
show('remove', s)

# two mutations in a row, then a small table kept (clear + few adds keeps the small table)
# (how many comparisons run after the second refill depends on where CPython's allocator
# puts the new table, so only the result is shown)
s = set()
s.add(M(s, tag='a'))
budget[0] = 2
s.add(M(s, tag='b'))
del log[:]
show('add2', s)

s = set()
s.add(M(s, n=3, tag='a'))
budget[0] = 1
s.add(M(s, n=3, tag='b'))
show('small', s)

# __eq__ that keeps adding keys without resizing and returns True for its twin
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
            self.target.add(100 + budget[0])
        return isinstance(other, Twin) and other.v == self.v
s = set()
s.add(Twin(s, 1))
budget[0] = 1
s.add(Twin(s, 1))
show('twin', s)
budget[0] = 3
print Twin(s, 1) in s, Twin(s, 2) in s,
show('twin-in', s)

# frozenset construction and set operations whose keys mutate an operand
class Z(object):
    def __init__(self, v, victim):
        self.v = v
        self.victim = victim
    def __hash__(self):
        return 3
    def __eq__(self, other):
        log.append(self.v)
        if budget[0] > 0:
            budget[0] -= 1
            self.victim.clear()
        return isinstance(other, Z) and self.v == other.v

victim = set(range(20))
src = [Z(1, victim), Z(2, victim), Z(1, victim)]
budget[0] = 5
f = frozenset(src)
print 'frozenset', len(f), len(victim), len(log)
del log[:]

a = set()
b = set()
for i in range(3):
    a.add(Z(i, b))
for i in range(2, 5):
    b.add(Z(i, a))
budget[0] = 1
u = a | b
print 'union', len(u), len(a), len(b), len(log)
del log[:]

a = set(Z(i, None) for i in range(4))
b = set(Z(i, None) for i in range(2, 6))
# each set's keys mutate their own set: the probed one (CPython reads a freed entry when
# the iterated set is mutated, so that is not tested)
for z in a:
    z.victim = a
for z in b:
    z.victim = b
budget[0] = 1
print 'and', len(a & b), len(a), len(b)
a = set(Z(i, a) for i in range(4))
for z in a:
    z.victim = a
b = set(Z(i, None) for i in range(2, 6))
for z in b:
    z.victim = b
budget[0] = 1
print 'sub', len(a - b), len(a), len(b)
del log[:]

a = set(Z(i, None) for i in range(4))
b = set(Z(i, None) for i in range(2, 6))
for z in a:
    z.victim = a
budget[0] = 1
a ^= b
print 'ixor', len(a), len(b)
a = set(Z(i, None) for i in range(4))
for z in a:
    z.victim = a
budget[0] = 1
a -= b
print 'isub', len(a)
a = set(Z(i, None) for i in range(4))
for z in a:
    z.victim = a
budget[0] = 1
a.update(b)
print 'update', len(a)
del log[:]

# __hash__ that raises, and __hash__ that mutates the set before the probe
class BadHash(object):
    def __hash__(self):
        raise ValueError('no hash')
s = set([1, 2, 3])
for op in (s.add, s.discard, s.remove, s.__contains__):
    try:
        op(BadHash())
    except ValueError as e:
        print 'ValueError', e,
print len(s)
try:
    frozenset([1, BadHash()])
except ValueError as e:
    print 'frozenset ValueError', e

class HashMutates(object):
    def __init__(self, target):
        self.target = target
    def __hash__(self):
        self.target.clear()
        self.target.update(range(50))
        return 5
    def __eq__(self, other):
        return self is other
s = set(['x'])
h = HashMutates(s)
s.add(h)
print len(s), h in s, 5 in s
s.discard(h)
print len(s)

# __eq__ that raises while the set was mutated: the error wins
class Raiser(object):
    def __init__(self, target):
        self.target = target
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.target.clear()
        self.target.update(range(30))
        raise RuntimeError('eq failed')
s = set()
s.add(Raiser(s))
try:
    s.add(Raiser(s))
except RuntimeError as e:
    print 'RuntimeError', e, len(s)

# a set key is looked up as a frozenset
s = set([frozenset([1, 2]), 3])
print set([1, 2]) in s, set([9]) in s
s.discard(set([1, 2]))
print len(s)
try:
    s.remove(set([4]))
except KeyError as e:
    print 'KeyError', e
