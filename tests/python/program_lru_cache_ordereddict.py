from collections import OrderedDict
class LRUCache(object):
    def __init__(self, capacity, verbose=False):
        self.capacity = capacity
        self.verbose = verbose
        self.data = OrderedDict()
        self.hits = self.misses = self.evictions = 0
    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            old, _ = self.data.popitem(last=False)
            self.evictions += 1
            if self.verbose:
                print '  evict', old
        self.data[key] = value
    def __repr__(self):
        return 'LRU(%s)' % ', '.join('%s=%s' % kv for kv in self.data.items())
    def stats(self):
        return 'hits=%d misses=%d evictions=%d' % (self.hits, self.misses, self.evictions)

cache = LRUCache(3, verbose=True)
for k in 'abc':
    cache.put(k, k.upper())
print cache
print cache.get('a'), cache
cache.put('d', 'D')
print cache
print cache.get('b'), cache.get('c'), cache
cache.put('a', 'A2')
cache.put('e', 'E')
print cache, cache.stats()

def cached(capacity):
    def deco(fn):
        lru = LRUCache(capacity)
        def wrapper(n):
            sentinel = object()
            v = lru.get(n, sentinel)
            if v is sentinel:
                v = fn(n)
                lru.put(n, v)
            return v
        wrapper.lru = lru
        return wrapper
    return deco

@cached(50)
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
best = max(range(1, 300), key=collatz_len)
print best, collatz_len(best), collatz_len.lru.hits > 0, collatz_len.lru.evictions > 0
od = OrderedDict.fromkeys('hello')
print od.keys(), OrderedDict(sorted({'b': 2, 'a': 1}.items())), repr(OrderedDict())
od2 = OrderedDict([('x', 1), ('y', 2)])
od3 = OrderedDict([('y', 2), ('x', 1)])
print od2 == od3, dict(od2) == dict(od3), od2 == {'y': 2, 'x': 1}
