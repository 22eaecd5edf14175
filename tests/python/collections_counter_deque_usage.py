from collections import Counter, deque, defaultdict
votes = 'red blue red green blue red yellow blue red'.split()
tally = Counter(votes)
print tally.most_common(), tally['red'], tally['purple']
print sorted(tally.elements())[:5], sum(tally.values()), len(tally)
tally.subtract(['red', 'red', 'purple'])
print sorted(tally.items())
c1 = Counter(a=3, b=1)
c2 = Counter(a=1, b=2, c=5)
print sorted((c1 + c2).items()), sorted((c1 - c2).items()), sorted((c1 | c2).items()), sorted((c1 & c2).items())
words = 'it was the best of times it was the worst of times'.split()
print Counter(len(w) for w in words).most_common(2), Counter('mississippi').most_common(1)
history = deque(maxlen=3)
for page in ['home', 'about', 'blog', 'post', 'contact']:
    history.append(page)
    print list(history)
q = deque()
q.extend([1, 2, 3])
q.appendleft(0)
print q.popleft(), q.pop(), q, len(q)
q.rotate(1)
print q
q.rotate(-2)
print q, q[0], q[-1]
q.clear()
print q, bool(q)
def sliding_max(xs, k):
    dq, out = deque(), []
    for i, x in enumerate(xs):
        while dq and xs[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(xs[dq[0]])
    return out
print sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3)
graph = defaultdict(set)
for a, b in [('a', 'b'), ('b', 'c'), ('a', 'c'), ('d', 'a')]:
    graph[a].add(b)
    graph[b].add(a)
def bfs(start):
    seen, order, queue = set([start]), [], deque([start])
    while queue:
        n = queue.popleft()
        order.append(n)
        for m in sorted(graph[n]):
            if m not in seen:
                seen.add(m)
                queue.append(m)
    return order
print bfs('d'), bfs('c')
nested = defaultdict(lambda: defaultdict(int))
for who, item in [('ann', 'tea'), ('bob', 'tea'), ('ann', 'tea'), ('ann', 'cake')]:
    nested[who][item] += 1
print sorted((k, sorted(v.items())) for k, v in nested.items())
