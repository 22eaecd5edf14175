def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
for a, b in [(12, 18), (7, 5), (100, 75)]:
    g = gcd(a, b)
    assert a % g == 0 and b % g == 0
    print a, b, g
assert gcd(10, 4) == 3
