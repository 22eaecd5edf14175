# assert statements that pass, one caught failure, then a bare failing assert.
results = []
for a, b in [(1, 1), (2, 3)]:
    results.append(a == b)
print results
def is_sorted(xs):
    return all(a <= b for a, b in zip(xs, xs[1:]))
assert is_sorted([1, 2, 2, 3])
assert not is_sorted([3, 1])
try:
    assert is_sorted([2, 1]), 'list must be sorted'
except AssertionError, e:
    print 'AssertionError:', e
print 'asserts enabled:', __debug__
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
for a, b in [(12, 18), (7, 5), (100, 75)]:
    g = gcd(a, b)
    assert a % g == 0 and b % g == 0
    print a, b, g
assert gcd(10, 4) == 3
