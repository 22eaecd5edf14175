# Float fast paths in hot loops: nan/inf/-0.0 arithmetic and comparisons
# (nan != nan, nan in a list found by identity), int/long vs float comparisons
# near 2**53 and 2**63 where converting either side loses precision, float
# floor division and modulo with negative operands and zero divisors, int()
# of large floats producing longs, true division via __future__-free float
# conversions, and repr of every result.

import sys

NAN = float("nan")
INF = float("inf")
M = sys.maxint


def specials(n):
    vals = [0.0, -0.0, 1.5, -1.5, INF, -INF, NAN, 1e308, -1e-308, 5e-324]
    out = []
    for i in range(n):
        a = vals[i % len(vals)]
        b = vals[(i // len(vals)) % len(vals)]
        try:
            s = a + b
            p = a * b
        except OverflowError as e:
            s = p = str(e)
        c = (a < b, a <= b, a == b, a != b, a > b, a >= b)
        if i < len(vals) ** 2:
            out.append((repr(a), repr(b), repr(s), repr(p), c))
    return out


def nan_identity(n):
    lst = [NAN]
    found = 0
    for i in range(n):
        if NAN in lst:
            found += 1
        if float("nan") in lst:
            found += 1000
    return found, NAN == NAN, NAN is NAN


def int_float_compare(n):
    out = []
    bases = [2 ** 53, 2 ** 63, M, -M - 1, 10 ** 20]
    for i in range(n):
        b = bases[i % len(bases)]
        d = (i // len(bases)) % 3 - 1
        x = b + d
        f = float(b)
        r = (x < f, x == f, x > f, f < x, f == x, f > x)
        if i < 15:
            out.append((x, repr(f), r))
    return out


def float_div_mod(n):
    pairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (1.0, 0.0),
             (0.0, -3.0), (-0.0, 3.0), (5, 0.5), (1e300, 1e-300), (INF, 2.0)]
    out = []
    for i in range(n):
        a, b = pairs[i % len(pairs)]
        try:
            r = (repr(a // b), repr(a % b), repr(a / b), repr(divmod(a, b)))
        except ZeroDivisionError as e:
            r = "ZeroDivisionError: %s" % e
        except OverflowError as e:
            r = "OverflowError: %s" % e
        if i < len(pairs):
            out.append((a, b, r))
    return out


def int_of_float(n):
    out = []
    for i in range(n):
        f = 2.0 ** (i % 70) * (1 if i % 2 else -1) + 0.5
        v = int(f)
        if i % 70 in (0, 1, 52, 53, 62, 63, 64, 65, 69):
            out.append((repr(f), v, type(v).__name__))
    return out[:20]


def accumulate_float(n):
    s = 0.0
    c = 0
    for i in range(n):
        s += 0.1
        if s > 10:
            c += 1
            s -= 10
    return repr(s), c


def mixed_sum(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            total += i
        elif i % 3 == 1:
            total += i * 0.5
        else:
            total += 10 ** 18
    return repr(total), type(total).__name__


def round_and_format(n):
    out = []
    for i in range(n):
        x = (i - n // 2) * 0.125
        if i % 37 == 0:
            out.append((round(x), round(x, 1), "%.2f" % x, str(x), int(x)))
    return out


def inf_nan_int_errors(n):
    out = []
    for i in range(n):
        v = (INF, -INF, NAN)[i % 3]
        try:
            int(v)
        except (OverflowError, ValueError) as e:
            if i < 3:
                out.append((type(e).__name__, str(e)))
    return out


for row in specials(100):
    print "special", row
print "nan_identity", nan_identity(300)
for row in int_float_compare(300):
    print "int_float_compare", row
for row in float_div_mod(300):
    print "float_div_mod", row
print "int_of_float", int_of_float(300)
print "accumulate_float", accumulate_float(3000)
print "mixed_sum", mixed_sum(300)
print "round_and_format", round_and_format(300)
print "inf_nan_int_errors", inf_nan_int_errors(300)
