def lcs(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m):
        for j in range(n):
            dp[i + 1][j + 1] = dp[i][j] + 1 if a[i] == b[j] else max(dp[i][j + 1], dp[i + 1][j])
    out = []
    i, j = m, n
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return dp[m][n], ''.join(reversed(out))
print lcs('AGGTAB', 'GXTXAYB'), lcs('abc', 'def'), lcs('', 'x'), lcs('python', 'pyston')

def edit_distance(a, b):
    prev = range(len(b) + 1)
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
print [edit_distance(x, y) for x, y in [('kitten', 'sitting'), ('', 'abc'), ('flaw', 'lawn'), ('same', 'same')]]

def knapsack(items, cap):
    best = [(0, ())] * (cap + 1)
    for name, w, v in items:
        for c in range(cap, w - 1, -1):
            cand = best[c - w][0] + v
            if cand > best[c][0]:
                best[c] = (cand, best[c - w][1] + (name,))
    return best[cap]
print knapsack([('map', 9, 150), ('compass', 13, 35), ('water', 153, 200), ('sandwich', 50, 160),
                ('glucose', 15, 60), ('tin', 68, 45), ('banana', 27, 60), ('apple', 39, 40)], 200)

def coin_ways(amount, coins):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]
print coin_ways(100, [1, 5, 10, 25, 50]), coin_ways(0, [1]), coin_ways(3, [2])

def min_coins(amount, coins):
    INF = float('inf')
    dp = [0] + [INF] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and dp[a - c] + 1 < dp[a]:
                dp[a] = dp[a - c] + 1
    return dp[amount] if dp[amount] != INF else -1
print min_coins(63, [1, 5, 10, 21, 25]), min_coins(7, [2, 4]), min_coins(30, [25, 10, 1])

def lis(seq):
    tails = []
    import bisect
    for x in seq:
        i = bisect.bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
print lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([]), lis(range(10)), lis(range(10, 0, -1))
def partitions(n):
    p = [1] + [0] * n
    for k in range(1, n + 1):
        for i in range(k, n + 1):
            p[i] += p[i - k]
    return p[n]
print [partitions(n) for n in range(15)], partitions(100)
