# Hashable and unhashable keys.
for key in [1, 'a', (1, 2), frozenset([3]), None.__class__]:
    print type(key).__name__, hash(key) == hash(key)
for key in [[1], {'a': 1}, set([1])]:
    try:
        hash(key)
    except TypeError, e:
        print 'TypeError:', e
seen = {}
items = ['a', ('b', 1), 3, frozenset([1])]
for it in items:
    seen[it] = True
print len(seen), sorted(seen.keys(), key=repr)
cache = {}
def lookup(key):
    if key not in cache:
        cache[key] = repr(key)
    return cache[key]
print lookup('x'), lookup((1, 2))
print lookup([1, 2])
