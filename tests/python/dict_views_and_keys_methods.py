d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.viewkeys(), d.viewvalues(), d.viewitems()
print sorted(k), sorted(v), sorted(i), len(k), len(v), len(i)
print 'a' in k, 'z' in k, 2 in v, ('a', 1) in i, ('a', 2) in i
d['d'] = 4
print sorted(k), len(v)
print sorted(k & set(['a', 'd', 'x'])), sorted(k | set(['x'])), sorted(k - set(['a'])), sorted(k ^ set(['a', 'q']))
print sorted(i & set([('a', 1), ('b', 9)])), k == set(['a', 'b', 'c', 'd']), k != set()
print type(k).__name__, type(v).__name__, type(i).__name__
del d['a']
print sorted(k), sorted(list(i))
try:
    for key in k:
        d['new'] = 0
except RuntimeError, e:
    print 'RuntimeError:', e
print isinstance(d.keys(), list), isinstance(d.items(), list), isinstance(d.iteritems(), list)
keys = d.keys()
d['z'] = 26
print 'z' in keys, 'z' in k
ki = d.iterkeys()
first = ki.next()
print first in d
other = {'b': 2, 'c': 3}
print d.viewitems() >= other.viewitems(), other.viewkeys() <= d.viewkeys()
print sorted(dict.fromkeys('xyz', 0).viewitems())
big = dict((i, str(i)) for i in range(10))
print list(big.viewkeys())[:5], list(big.viewvalues())[-3:]
print sorted(big.viewkeys() & xrange(5, 15)) if hasattr(big.viewkeys(), '__and__') else ''
