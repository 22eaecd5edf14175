import heapq
graph = {
    'A': {'B': 7, 'C': 9, 'F': 14},
    'B': {'A': 7, 'C': 10, 'D': 15},
    'C': {'A': 9, 'B': 10, 'D': 11, 'F': 2},
    'D': {'B': 15, 'C': 11, 'E': 6},
    'E': {'D': 6, 'F': 9},
    'F': {'A': 14, 'C': 2, 'E': 9},
    'G': {},
}
def dijkstra(source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    visited = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in visited:
            continue
        visited.add(node)
        for nbr, w in sorted(graph[node].items()):
            nd = d + w
            if nd < dist.get(nbr, float('inf')):
                dist[nbr] = nd
                prev[nbr] = node
                heapq.heappush(heap, (nd, nbr))
    return dist, prev
def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]
dist, prev = dijkstra('A')
for node in sorted(graph):
    if node in dist:
        print node, dist[node], '->'.join(path(prev, node))
    else:
        print node, 'unreachable'
print sorted(dist.items())
def floyd():
    nodes = sorted(graph)
    INF = float('inf')
    d = dict(((a, b), 0 if a == b else graph[a].get(b, INF)) for a in nodes for b in nodes)
    for k in nodes:
        for i in nodes:
            for j in nodes:
                if d[i, k] + d[k, j] < d[i, j]:
                    d[i, j] = d[i, k] + d[k, j]
    return d
fw = floyd()
print all(fw['A', n] == dist.get(n, float('inf')) for n in graph)
print fw['E', 'B'], fw['G', 'A'], fw['B', 'F']
