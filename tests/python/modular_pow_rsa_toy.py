def egcd(a, b):
    if a == 0:
        return b, 0, 1
    g, y, x = egcd(b % a, a)
    return g, x - (b // a) * y, y

def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError('no inverse for %d mod %d' % (a, m))
    return x % m

def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True

print [n for n in range(100) if is_probable_prime(n)]
print is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 61 + 1), is_probable_prime(1000000007)
p, q = 1000000007, 998244353
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print n, d, (e * d) % phi
for m in [42, 123456789, n - 1]:
    c = pow(m, e, n)
    print m, c, pow(c, d, n) == m
try:
    modinv(6, 9)
except ValueError, err:
    print 'ValueError:', err
print pow(3, 10 ** 18, 10 ** 9 + 7), pow(2, 2 ** 100, 97), pow(-2, 3, 5), pow(2L, 5, 3)
print [pow(x, 2, 11) for x in range(11)]
def fast_pow(b, e, m):
    result = 1
    b %= m
    while e:
        if e & 1:
            result = result * b % m
        b = b * b % m
        e >>= 1
    return result
print all(fast_pow(b, e, 1009) == pow(b, e, 1009) for b in range(1, 30) for e in range(0, 50, 7))
