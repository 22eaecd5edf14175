# Dict and set printing order depends on CPython 2.7's str hash and open
# addressing; these dicts are printed directly.
keys = ['key%d' % i for i in range(40)]
d = {}
for i, k in enumerate(keys):
    d[k] = i
print d
for k in keys[::3]:
    del d[k]
print d
for k in ['new_a', 'new_b', 'key0', 'key3', 'zz']:
    d[k] = k.upper()
print d
print d.keys()[:10]
s = set(keys[:25])
print s
s -= set(keys[:25:2])
print s
s |= set(['x', 'y', 'z', 'key0'])
print s
words = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa'.split()
wd = dict((w, len(w)) for w in words)
print wd
for w in words[1::2]:
    wd.pop(w)
print wd
wd.update(dict((w.upper(), 0) for w in words[:4]))
print wd
single = dict.fromkeys('the quick brown fox jumps over the lazy dog'.split())
print single
print set('the quick brown fox jumps over the lazy dog')
print frozenset(['', 'a', 'ab', 'abc', 'b', 'ba'])
u = {u'uni': 1, 'byte': 2, u'\xe9': 3, 'mixed': 4}
print u
