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
