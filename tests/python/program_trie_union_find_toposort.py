class Trie(object):
    def __init__(self):
        self.root = {}
    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node['$'] = True
    def contains(self, word):
        node = self.root
        for ch in word:
            if ch not in node:
                return False
            node = node[ch]
        return '$' in node
    def with_prefix(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return []
            node = node[ch]
        out = []
        def walk(n, acc):
            for k in sorted(n):
                if k == '$':
                    out.append(prefix + acc)
                else:
                    walk(n[k], acc + k)
        walk(node, '')
        return out
t = Trie()
for w in 'car card care careful cart cat dog dot do'.split():
    t.insert(w)
print t.contains('car'), t.contains('ca'), t.contains('careful'), t.contains('dots')
print t.with_prefix('car'), t.with_prefix('do'), t.with_prefix('x'), len(t.with_prefix(''))

class UnionFind(object):
    def __init__(self, items):
        self.parent = dict((i, i) for i in items)
        self.rank = dict((i, 0) for i in items)
    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True
uf = UnionFind(range(10))
print [uf.union(a, b) for a, b in [(0, 1), (2, 3), (1, 3), (0, 2), (5, 6), (7, 8), (8, 9), (6, 9)]]
groups = {}
for i in range(10):
    groups.setdefault(uf.find(i), []).append(i)
print sorted(groups.values())

def toposort(deps):
    indeg = dict((n, 0) for n in deps)
    for n, ds in deps.items():
        for d in ds:
            indeg.setdefault(d, 0)
    for n, ds in deps.items():
        for d in ds:
            indeg[n] += 1
    ready = sorted(n for n, k in indeg.items() if k == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in sorted(deps):
            if n in deps[m]:
                indeg[m] -= 1
                if indeg[m] == 0:
                    ready.append(m)
                    ready.sort()
    if len(order) != len(indeg):
        raise ValueError('cycle detected among %s' % sorted(set(indeg) - set(order)))
    return order
print toposort({'app': ['lib', 'utils'], 'lib': ['core'], 'utils': ['core'], 'core': [], 'tests': ['app']})
try:
    toposort({'a': ['b'], 'b': ['c'], 'c': ['a'], 'd': []})
except ValueError, e:
    print 'ValueError:', e
