# Recursion: towers of Hanoi, permutations, combinations, n-queens, power set, flatten.

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)

moves = []
hanoi(3, 'A', 'C', 'B', moves)
for m in moves:
    print 'move disk %d from %s to %s' % m
for n in range(1, 11):
    ms = []
    hanoi(n, 'A', 'C', 'B', ms)
    assert len(ms) == 2 ** n - 1
print 'hanoi counts ok'

def perms(seq):
    if len(seq) <= 1:
        return [seq]
    out = []
    for i, x in enumerate(seq):
        for p in perms(seq[:i] + seq[i + 1:]):
            out.append(seq[i:i + 1] + p)
    return out
print perms('abc')
print len(perms(range(6))), perms([1, 2, 3])[-1]

def combos(seq, k):
    if k == 0:
        return [[]]
    if not seq:
        return []
    head, rest = seq[0], seq[1:]
    return [[head] + c for c in combos(rest, k - 1)] + combos(rest, k)
print combos([1, 2, 3, 4], 2), len(combos(range(10), 4))

def queens(n):
    sols = []
    def place(row, cols, d1, d2, cur):
        if row == n:
            sols.append(tuple(cur))
            return
        for c in range(n):
            if c in cols or (row - c) in d1 or (row + c) in d2:
                continue
            cur.append(c)
            place(row + 1, cols | set([c]), d1 | set([row - c]), d2 | set([row + c]), cur)
            cur.pop()
    place(0, set(), set(), set(), [])
    return sols

for n in range(1, 9):
    print n, len(queens(n))
first = queens(6)[0]
for c in first:
    print ' '.join('Q' if i == c else '.' for i in range(6))

def powerset(s):
    if not s:
        return [[]]
    rest = powerset(s[1:])
    return rest + [[s[0]] + r for r in rest]
print sorted(powerset(['x', 'y', 'z']), key=lambda p: (len(p), p))

def flatten(x):
    if isinstance(x, (list, tuple)):
        return [y for item in x for y in flatten(item)]
    return [x]
print flatten([1, [2, (3, [4, [5]]), []], [[6]], 7])

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print [ackermann(m, n) for m in range(3) for n in range(4)], ackermann(2, 3)

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
def binsearch(xs, t, lo=0, hi=None):
    if hi is None:
        hi = len(xs)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == t:
        return mid
    return binsearch(xs, t, mid + 1, hi) if xs[mid] < t else binsearch(xs, t, lo, mid)
print gcd(1071, 462), gcd(2 ** 40, 6 ** 20), [binsearch(range(0, 100, 3), t) for t in (0, 33, 34, 99)]
