# dict views (viewkeys/viewvalues/viewitems): repr, len, membership, set operations on either
# side, comparisons with sets and views, liveness after mutation, and unhashability.
d = {'a': 1, 'b': 2}
k, v, i = d.viewkeys(), d.viewvalues(), d.viewitems()
print k, v, i
print type(k).__name__, type(v).__name__, type(i).__name__
print len(k), len(v), len(i), 'a' in k, 'z' in k, 1 in v, ('a', 1) in i, ('a', 2) in i, [1] in i, (1,) in i
print sorted(k & set('ac')), sorted(k | ['x']), sorted(k - 'a'), sorted(k ^ set('ac'))
print sorted(i & [('a', 1)]), sorted(i - set([('a', 1)])), sorted(i | set([('z', 0)])), sorted(i ^ set([('a', 1)]))
print sorted(set('abc') - k), sorted(set('abc') & k), sorted(['a'] & k), k - k
print k == set('ab'), k == ['a', 'b'], k < set('abc'), k <= k, k >= set('a'), k > k, k != set('ab')
print v == v, v == d.viewvalues()
d['c'] = 3
print sorted(k), sorted(v), sorted(i)
del d['a']
print sorted(k), len(i)
print {}.viewkeys(), {}.viewitems(), {1: {}.viewvalues()}
for src in ['hash(k)', 'hash(i)', 'k & 1', 'v & v', 'reversed(k)', '[1] in k']:
    try:
        eval(src)
        print src, 'no error'
    except Exception, e:
        print src, type(e).__name__, e
it = iter(k)
d['new'] = 1
try:
    list(it)
except RuntimeError, e:
    print 'RuntimeError', e
print [n for n in dir(k) if n not in dir(object)]
print [n for n in dir(v) if n not in dir(object)]
