# Machine-int fast paths a JIT emits must fall back to long exactly where
# CPython 2.7 does: +, -, * overflowing, << shifting bits out, unary minus and
# abs of -sys.maxint-1, // and % with negative operands (floor semantics),
# division of -sys.maxint-1 by -1, ** growing past the word, and the type of
# every result (int vs long) printed, all inside loops hot enough for OSR.

import sys

M = sys.maxint
MIN = -M - 1


def show(label, vals):
    print label, [(v, type(v).__name__) for v in vals]


def add_up(start, step, n):
    x = start
    out = []
    for i in range(n):
        x = x + step
        if i >= n - 3:
            out.append(x)
    return out


def sub_down(start, step, n):
    x = start
    out = []
    for i in range(n):
        x -= step
        if i >= n - 3:
            out.append(x)
    return out


def mul_grow(n):
    x = 1
    out = []
    for i in range(n):
        x *= 3
        if i % 10 == 9:
            out.append(x)
    return out


def shifts(n):
    out = []
    for i in range(n):
        s = i % 70
        v = 1 << s
        w = (-1) << s
        u = 12345 << s
        if i % 7 == 0 or s in (61, 62, 63, 64):
            out.append((s, v, w, u))
    return out


def negs(vals, n):
    out = []
    for i in range(n):
        v = vals[i % len(vals)]
        a = -v
        b = abs(v)
        c = ~v if type(v) is not float else None
        d = +v
        if i < len(vals):
            out.append((v, a, b, c, d, type(a).__name__, type(b).__name__))
    return out


def floordiv_mod(n):
    out = []
    pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, -3), (MIN, -1), (MIN, 1),
             (M, -1), (MIN, 2), (MIN, -2), (-1, M), (1, MIN), (MIN, MIN),
             (M, M), (-13, 5), (13, -5)]
    for i in range(n):
        a, b = pairs[i % len(pairs)]
        q = a // b
        r = a % b
        dm = divmod(a, b)
        if i < len(pairs):
            out.append((a, b, q, r, dm, type(q).__name__, type(r).__name__))
        elif q * b + r != a:
            out.append(("broken", a, b, q, r))
    return out


def classic_div(n):
    out = []
    for i in range(n):
        a = (i - n // 2) * 7
        b = (i % 5) - 2 or 3
        out.append(a / b)
    return out[::25]


def boundary_walk(n):
    # crosses sys.maxint and back on every iteration
    x = M - n // 2
    kinds = []
    for i in range(n):
        x += 1
        kinds.append(type(x).__name__[0])
    for i in range(n):
        x -= 1
        kinds.append(type(x).__name__[0])
    return x, "".join(kinds[n // 2 - 3:n // 2 + 3]), "".join(kinds[-n // 2 - 3:-n // 2 + 3])


def min_boundary_walk(n):
    x = MIN + n // 2
    first_long = None
    for i in range(n):
        x -= 1
        if first_long is None and type(x) is long:
            first_long = i
    return x, first_long


def powers(n):
    out = []
    for i in range(n):
        b = (i // 70) % 5 - 2
        e = i % 70
        p = b ** e
        if e in (0, 1, 62, 63, 64, 69):
            out.append((b, e, p, type(p).__name__))
    return out[:30]


def mixed_long_int(n):
    acc = 0
    big = M * 4
    for i in range(n):
        acc = acc + big - big + i
        acc = acc * 1
    return acc, type(acc).__name__


def int_of_long(n):
    out = []
    for i in range(n):
        v = int(M + 1 - (i % 3))
        if i < 3:
            out.append((v, type(v).__name__))
    return out


def bit_ops(n):
    out = []
    for i in range(n):
        a = (M - i) & (M >> 1)
        b = (MIN + i) | 1
        c = (M - i) ^ MIN
        if i % 60 == 0:
            out.append((a, b, c, type(c).__name__))
    return out


for k in range(3):
    show("add_up", add_up(M - 300, 1, 299) + add_up(M - 300, 1, 300) + add_up(M - 300, 1, 301))
    show("sub_down", sub_down(MIN + 300, 1, 299) + sub_down(MIN + 300, 1, 300) + sub_down(MIN + 300, 1, 301))
show("add_up float step", add_up(M - 300, 1.0, 302))
show("mul_grow", mul_grow(80))
for row in shifts(300):
    print "shift", row, [type(x).__name__ for x in row]
try:
    1 << -1
except ValueError as e:
    print "negative shift:", e
for row in negs([0, 1, -1, M, MIN, M + 1, -M, 5.5, -0.0, True], 200):
    print "neg", row
for row in floordiv_mod(400):
    print "divmod", row
print "classic_div", classic_div(300)
print "boundary_walk", boundary_walk(300)
print "min_boundary_walk", min_boundary_walk(300)
for row in powers(300):
    print "pow", row
print "mixed_long_int", mixed_long_int(300)
print "int_of_long", int_of_long(300)
print "bit_ops", bit_ops(300)

# ZeroDivisionError from a hot division loop
def div_until_zero(n):
    out = []
    for i in range(n, -1, -1):
        try:
            out.append((1000 // i, 1000 % i))
        except ZeroDivisionError as e:
            out.append(str(e))
    return out[-3:]

print "div_until_zero", div_until_zero(300)
