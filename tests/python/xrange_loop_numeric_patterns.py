# xrange in loops: sieves, accumulations, reversed/stepped ranges, nested loops with break/else.

def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in xrange(2, int(n ** 0.5) + 1):
        if flags[i]:
            for j in xrange(i * i, n + 1, i):
                flags[j] = False
    return [i for i in xrange(n + 1) if flags[i]]
ps = sieve(200)
print len(ps), ps[:10], ps[-5:]

r = xrange(10, 0, -3)
print list(r), len(r), r[0], r[-1], 4 in r, 7 in r, list(reversed(r))
print len(xrange(0)), list(xrange(5, 5)), list(xrange(-3, 3)), len(xrange(1, 100, 7)), xrange(1, 100, 7)[-1]
print repr(xrange(5)), repr(xrange(1, 10, 2)), sum(xrange(1000001)), max(xrange(3, 50, 4))

table = []
for i in xrange(1, 6):
    table.append(' '.join('%3d' % (i * j) for j in xrange(1, 6)))
print '\n'.join(table)

def first_pair_sum(nums, target):
    for i in xrange(len(nums)):
        for j in xrange(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                break
        else:
            continue
        return i, j
    return None
print first_pair_sum([3, 9, 14, 2, 7, 8], 10), first_pair_sum([1, 2], 10)

collatz_best = (0, 0)
for n in xrange(1, 3000):
    steps, k = 0, n
    while k != 1:
        k = k // 2 if k % 2 == 0 else 3 * k + 1
        steps += 1
    if steps > collatz_best[1]:
        collatz_best = (n, steps)
print collatz_best

acc = 0
for i in xrange(100, 0, -1):
    if i % 7 == 0:
        continue
    if i < 50:
        break
    acc += i
print acc
digits = [int(c) for c in str(2 ** 100)]
print sum(digits[i] for i in xrange(0, len(digits), 2)), sum(digits[i] for i in xrange(1, len(digits), 2))
tri = [[1]]
for row in xrange(1, 10):
    prev = tri[-1]
    tri.append([1] + [prev[k - 1] + prev[k] for k in xrange(1, row)] + [1])
for row in tri[:6]:
    print ' '.join(map(str, row)).center(30).rstrip()
print tri[-1], sum(tri[-1])
it = iter(xrange(3))
print next(it), list(it), list(enumerate(xrange(2, 8, 3))), zip(xrange(3), xrange(10, 13))
perfect = [n for n in xrange(2, 10000) if sum(d for d in xrange(1, n // 2 + 1) if n % d == 0) == n] if False else [6, 28, 496, 8128]
print [n for n in perfect if sum(d for d in xrange(1, n) if n % d == 0) == n]
try:
    xrange(1, 2, 0)
except ValueError as e:
    print 'ValueError:', e
