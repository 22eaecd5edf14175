def hot_arith(n):
    total = 0
    for i in xrange(n):
        if i % 3 == 0:
            total += i
        elif i % 3 == 1:
            total -= i // 2
        else:
            total ^= i
    return total
print hot_arith(200000)

def hot_float(n):
    x = 0.0
    i = 0
    while i < n:
        x += (i % 7) * 0.5 - 1.25
        i += 1
    return x
print hot_float(100000)

def hot_type_change(n):
    acc = 0
    for i in xrange(n):
        if i == n // 2:
            acc = float(acc)
        if i == n - 10:
            acc = long(acc)
        acc += 1
    return acc, type(acc).__name__
print hot_type_change(50000)

def hot_overflow(n):
    x = 1
    for i in xrange(n):
        x = x * 3 + 1
        if x > 10 ** 30:
            x //= 10 ** 25
    return x
print hot_overflow(20000)

def hot_dict(n):
    d = {}
    for i in xrange(n):
        k = i % 97
        d[k] = d.get(k, 0) + i
    return sum(d.values()), len(d), d[0], d[96]
print hot_dict(100000)

def hot_string(n):
    parts = []
    for i in xrange(n):
        parts.append(chr(97 + i % 26))
    s = ''.join(parts)
    return len(s), s[:30], s.count('z')
print hot_string(50000)

def hot_exception(n):
    caught = 0
    for i in xrange(n):
        try:
            if i % 5 == 0:
                raise ValueError(i)
        except ValueError:
            caught += 1
    return caught
print hot_exception(50000)

def hot_calls(n):
    def inc(x, step=1):
        return x + step
    v = 0
    for i in xrange(n):
        v = inc(v)
        v = inc(v, step=2)
    return v
print hot_calls(50000)
def hot_generator(n):
    def gen():
        for i in xrange(n):
            yield i * i
    return sum(gen())
print hot_generator(100000)
