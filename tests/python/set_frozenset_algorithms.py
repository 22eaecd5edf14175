graph = {
    'a': set(['b', 'c']),
    'b': set(['a', 'd']),
    'c': set(['a', 'd']),
    'd': set(['b', 'c', 'e']),
    'e': set(['d']),
    'f': set(),
}
def reachable(start):
    seen = set([start])
    frontier = set([start])
    while frontier:
        nxt = set()
        for n in frontier:
            nxt |= graph[n]
        frontier = nxt - seen
        seen |= frontier
    return seen
for n in sorted(graph):
    print n, sorted(reachable(n))
components = set()
for n in graph:
    components.add(frozenset(reachable(n)))
print sorted(sorted(c) for c in components)
edges = set()
for a, ns in graph.items():
    for b in ns:
        edges.add(frozenset([a, b]))
print len(edges), sorted(sorted(e) for e in edges)
words = ['stop', 'pots', 'tops', 'opts', 'post', 'spot', 'top', 'pot']
letter_sets = {}
for w in words:
    letter_sets.setdefault(frozenset(w), []).append(w)
print sorted((''.join(sorted(k)), v) for k, v in letter_sets.items())
a = set(range(0, 30, 2))
b = set(range(0, 30, 3))
c = set(range(0, 30, 5))
print sorted(a & b & c), sorted((a | b) - c), len(a ^ b), sorted(a.intersection(b, c))
print set.union(*[set([1]), set([2]), set([3])]), frozenset.intersection(frozenset('abc'), 'bcd')
seen = set()
dups = [x for x in [3, 1, 3, 2, 1, 4] if x in seen or seen.add(x)]
print dups, sorted(seen)
def powerset(s):
    result = [frozenset()]
    for x in s:
        result += [sub | frozenset([x]) for sub in result]
    return result
ps = powerset([1, 2, 3])
print len(ps), sorted(sorted(p) for p in ps)
print frozenset([1, 2]) == set([1, 2]), frozenset([1]) in set([frozenset([1])]), set([1]) in set([frozenset([1])])
s = set([1, 2, 3])
for x in list(s):
    if x % 2:
        s.discard(x)
print s
try:
    for x in s:
        s.add(x + 10)
except RuntimeError, e:
    print 'RuntimeError:', e
