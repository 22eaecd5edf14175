# Graph search with dicts and lists: BFS shortest paths, DFS order, cycles, components.
from collections import deque

EDGES = [('a', 'b'), ('a', 'c'), ('b', 'd'), ('c', 'd'), ('d', 'e'), ('e', 'f'),
         ('c', 'f'), ('g', 'h'), ('h', 'i'), ('i', 'g'), ('j', 'j')]

def build(edges, directed=False):
    g = {}
    for u, v in edges:
        g.setdefault(u, []).append(v)
        g.setdefault(v, [])
        if not directed and u != v:
            g[v].append(u)
    for k in g:
        g[k].sort()
    return g

def bfs(g, start):
    dist = {start: 0}
    parent = {start: None}
    q = deque([start])
    while q:
        u = q.popleft()
        for v in g[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                parent[v] = u
                q.append(v)
    return dist, parent

def path(parent, target):
    out = []
    while target is not None:
        out.append(target)
        target = parent[target]
    return out[::-1]

def dfs(g, start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for v in g[start]:
        if v not in seen:
            dfs(g, v, seen)
    return seen

def components(g):
    seen = set()
    comps = []
    for node in sorted(g):
        if node not in seen:
            comp = dfs(g, node)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps

def has_cycle_directed(g):
    WHITE, GRAY, BLACK = 0, 1, 2
    color = dict.fromkeys(g, WHITE)
    def visit(u):
        color[u] = GRAY
        for v in g[u]:
            if color[v] == GRAY or (color[v] == WHITE and visit(v)):
                return True
        color[u] = BLACK
        return False
    return [n for n in sorted(g) if color[n] == WHITE and visit(n)]

ug = build(EDGES)
for k in sorted(ug):
    print k, ug[k]
dist, parent = bfs(ug, 'a')
print sorted(dist.items())
for t in 'def':
    print 'a ->', t, path(parent, t)
print dfs(ug, 'a')
print components(ug)
dg = build(EDGES, directed=True)
print has_cycle_directed(dg)
dag = build([('x', 'y'), ('y', 'z'), ('x', 'z')], directed=True)
print has_cycle_directed(dag)
indeg = dict((n, 0) for n in dg)
for u in dg:
    for v in dg[u]:
        indeg[v] += 1
print sorted(indeg.items())
print sorted(n for n in dg if not dg[n])
