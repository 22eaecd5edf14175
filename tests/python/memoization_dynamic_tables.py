# Memoization with dicts and decorators: fibonacci, edit distance, coin change, LCS, partitions.
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    wrapper.__name__ = fn.__name__
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print [fib(i) for i in range(15)], fib(150), len(fib.cache)
@memoize
def edit(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))
for a, b in [('kitten', 'sitting'), ('flaw', 'lawn'), ('', 'abc'), ('same', 'same'), ('intention', 'execution')]:
    print a, b, edit(a, b)
def coin_ways(coins, total):
    ways = [1] + [0] * total
    for c in coins:
        for v in xrange(c, total + 1):
            ways[v] += ways[v - c]
    return ways[total]
def min_coins(coins, total):
    INF = float('inf')
    best = [0] + [INF] * total
    choice = [None] * (total + 1)
    for v in xrange(1, total + 1):
        for c in coins:
            if c <= v and best[v - c] + 1 < best[v]:
                best[v] = best[v - c] + 1
                choice[v] = c
    if best[total] == INF:
        return None
    used = []
    while total:
        used.append(choice[total])
        total -= choice[total]
    return sorted(used)
print coin_ways([1, 5, 10, 25, 50], 100), coin_ways([2, 3], 7), coin_ways([7], 3)
print min_coins([1, 3, 4], 6), min_coins([5, 10], 3), min_coins([1, 5, 10, 25], 63)
def lcs(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            table[i][j] = table[i + 1][j + 1] + 1 if a[i] == b[j] else max(table[i + 1][j], table[i][j + 1])
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append(a[i]); i += 1; j += 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return ''.join(out)
print lcs('ABCBDAB', 'BDCABA'), lcs('dynamic', 'programming'), repr(lcs('abc', 'xyz'))
partitions_cache = {}
def partitions(n, k=None):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key not in partitions_cache:
        partitions_cache[key] = partitions(n - k, k) + partitions(n, k - 1)
    return partitions_cache[key]
print [partitions(n) for n in range(1, 16)], partitions(100)
def knapsack(items, cap):
    best = {}
    def go(i, c):
        if i == len(items):
            return 0, ()
        if (i, c) in best:
            return best[(i, c)]
        name, w, v = items[i]
        res = go(i + 1, c)
        if w <= c:
            sub_v, sub_names = go(i + 1, c - w)
            if sub_v + v > res[0]:
                res = (sub_v + v, (name,) + sub_names)
        best[(i, c)] = res
        return res
    return go(0, cap), len(best)
print knapsack([('map', 9, 150), ('compass', 13, 35), ('water', 153, 200), ('sandwich', 50, 160),
                ('glucose', 15, 60), ('tin', 68, 45), ('banana', 27, 60), ('apple', 39, 40)], 200)
