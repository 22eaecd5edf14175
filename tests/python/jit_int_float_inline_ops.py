# Inline int and mixed int/float arithmetic in compiled code: floor division and modulo with
# every sign combination, the overflowing MIN / -1, zero divisors, shifts at and past the word
# size and negative counts, and float ops with an int on either side (including ints that do
# not fit a double exactly, bools and longs, which take the general path).
import sys

MAXI = sys.maxint
MINI = -sys.maxint - 1


def int_ops(pairs):
    out = []
    for a, b in pairs:
        row = [a, b]
        for name in ("div", "floordiv", "mod"):
            try:
                if name == "div":
                    r = a / b
                elif name == "floordiv":
                    r = a // b
                else:
                    r = a % b
                row.append((r, type(r).__name__))
            except ZeroDivisionError as e:
                row.append(("ZeroDivisionError", str(e)))
        out.append(row)
    return out


def shifts(pairs):
    out = []
    for a, b in pairs:
        row = [a, b]
        for left in (True, False):
            try:
                r = a << b if left else a >> b
                row.append((r, type(r).__name__))
            except ValueError as e:
                row.append(("ValueError", str(e)))
            except OverflowError as e:
                row.append(("OverflowError", str(e)))
        out.append(row)
    return out


def mixed(pairs):
    out = []
    for a, b in pairs:
        row = []
        for op in range(5):
            try:
                if op == 0:
                    r = a + b
                elif op == 1:
                    r = a - b
                elif op == 2:
                    r = a * b
                else:
                    r = a / b
                row.append(repr(r))
            except ZeroDivisionError as e:
                row.append("ZeroDivisionError: %s" % e)
            except OverflowError as e:
                row.append("OverflowError: %s" % e)
        out.append(row)
    return out


def accumulate(n):
    # A loop-carried mix: floor division and modulo feeding float arithmetic.
    s = 0.0
    k = 7
    for i in range(1, n):
        k = (k * 31 + i) % 1000003
        s += 1.0 / (k // 3 + i % 17 + 1)
        s = s * 0.5 + (i >> 2) - (i << 1) // 3
    return s


values = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 255, -256, MAXI, MINI, MAXI - 1, MINI + 1]
pairs = [(a, b) for a in values for b in values]
for _ in range(3):
    res = int_ops(pairs)
for row in res:
    print row

counts = [0, 1, 2, 31, 32, 62, 63, 64, 65, 100, 1000, -1, -64, MINI]
spairs = [(a, b) for a in [0, 1, -1, 3, -3, 1 << 40, -(1 << 40), MAXI, MINI] for b in counts]
for _ in range(3):
    res = shifts(spairs)
for row in res:
    print row

fvalues = [0.0, -0.0, 1.5, -2.25, 1e308, float("inf"), float("nan"), 3, -3, 0, True, False,
           (1 << 53) + 1, MAXI, MINI, 10 ** 20, 2.0 ** 60]
fpairs = [(a, b) for a in fvalues for b in fvalues
          if isinstance(a, float) or isinstance(b, float)]
for _ in range(3):
    res = mixed(fpairs)
for row in res:
    print row

for _ in range(3):
    r = accumulate(3000)
print repr(r)
