# Container edge cases: dict construction/update from mappings (keys() + __getitem__), subclass
# __setitem__ bypassed by update, list __init__/slice assignment/in-place ops, sort with cmp+key,
# set in-place operators, mixed set/frozenset results, and subclass result types.
class M(object):
    def keys(self): return iter(['a', 'b'])
    def __getitem__(self, k): return k.upper()
print sorted(dict(M()).items()), sorted(dict(M(), c=1).items())
d = {}; d.update(M()); print sorted(d.items())
d.update((k, v) for k, v in [('x', 1), ('y', 2)]); print sorted(d.items())
d.update(z=3); print sorted(d)
class S(dict):
    def __setitem__(self, k, v): dict.__setitem__(self, k, v * 10)
s = S(a=1); s.update(b=2); s['c'] = 3; print sorted(s.items())
print S.fromkeys('ab', 1)
class K(dict):
    def keys(self): return ['only']
    def __getitem__(self, k): return 'G'
print sorted(dict(K(a=1, b=2)).items())
e = {}; e.update(K(a=1)); print e
print {1: 'a'} == S({1: 'a'}), S(a=1) == {'a': 10}
x = {'a': [1]}; y = x.copy(); y['a'].append(2); print x
print dict.fromkeys([1, 2]).keys(), dict.fromkeys('').keys()
l = [1, 2, 3]; l.__init__([9]); print l
l = [1, 2, 3]; l.__init__(); print l
t = [0] * 3; t[1:1] = xrange(2); print t
t[::-1] = 'abcde'; print t
try:
    t[::-1] = 'ab'
except ValueError as e: print e
print [1, 2, 3].__reversed__().next(), list([1, 2, 3].__reversed__())
big = range(10); del big[2:8:3]; print big
del big[::-1]; print big
big = range(5); big[10:20] = ['x']; print big
big[-10:-8] = ['y']; print big
big[3:1] = ['z']; print big
print [] == [], [1, 2] < [1, 2, 0], [2] > [1, 9], cmp([1], [1])
a = [1]; a.extend(a); print a
a = [1, 2]; a += a; print a
a = [[]] * 2; a[0].append(1); print a
print sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=lambda p: p[0], reverse=True)
print sorted([3, 1, 2], cmp=lambda a, b: cmp(b, a), key=lambda v: v * 2)
s = set([1, 2, 3]); s -= set([1]); s |= frozenset([9]); s &= set([2, 9]); s ^= set([2, 7]); print s
fs = frozenset([1]); fs |= set([2]); print fs, type(fs).__name__
print set([1, 2]) == frozenset([1, 2]), set() < frozenset([1]), frozenset([1]) in set([frozenset([1])]), set([1]) in set([frozenset([1])])
try:
    set([1]) - [1]
except TypeError as e: print e
s = set(); s.update([1], (2,), 'ab', {'k': 1}); print sorted(s)
print set([1, 2]).intersection(), set([1]).union(), set([1, 2]).difference()
print frozenset([1, 2]).union([3]), type(frozenset().union()).__name__
class FS(frozenset): pass
print type(FS([1]) | set([2])).__name__, type(FS([1]).copy()).__name__, FS([1])
class ST(set): pass
print type(ST([1]) | set([2])).__name__, ST([1, 2]), type(ST([1]).copy()).__name__
st = set([1]); st.add(frozenset()); print len(st)
print set([set([1]).pop()])
