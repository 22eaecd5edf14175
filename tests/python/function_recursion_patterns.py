def hanoi(n, src='A', dst='C', via='B', moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
print hanoi(3), len(hanoi(10))
def permutations(seq):
    if len(seq) <= 1:
        return [seq]
    out = []
    for i in range(len(seq)):
        for rest in permutations(seq[:i] + seq[i + 1:]):
            out.append(seq[i:i + 1] + rest)
    return out
print permutations('abc'), len(permutations(range(5)))
def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]
print sorted(subsets([1, 2, 3]))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print [ackermann(m, n) for m in range(3) for n in range(3)], ackermann(2, 3)
def flatten(x):
    if isinstance(x, (list, tuple)):
        return sum((flatten(i) for i in x), [])
    return [x]
print flatten([1, [2, [3, (4, 5)], []], [[6]]])
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print gcd(1071, 462), gcd(2 ** 40, 6 ** 20), reduce(gcd, [84, 126, 210])
def binary(n):
    return str(n) if n < 2 else binary(n // 2) + str(n % 2)
print [binary(n) for n in [0, 1, 5, 10, 255]]
def count_change(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return count_change(amount - coins[0], coins) + count_change(amount, coins[1:])
print count_change(100, [50, 25, 10, 5, 1])
def depth(tree):
    return 1 + max([depth(c) for c in tree[1:]] or [0])
print depth(['root', ['a', ['b'], ['c', ['d']]], ['e']])
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print is_even(100), is_odd(77), is_even(7)
