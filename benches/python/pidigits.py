# Digits of pi by an unbounded spigot over Python longs: big-integer multiply, add and
# floor division dominate. Output in the usual ten-digits-per-line layout.
# Usage: pidigits.py [DIGITS]   (default DIGITS=4000)
import sys


def pi_digits(count):
    """Yields the first `count` decimal digits of pi (Gibbons' streaming algorithm)."""
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    produced = 0
    while produced < count:
        if 4 * q + r - t < n * t:
            yield n
            produced += 1
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 4000
    line = []
    done = 0
    for d in pi_digits(count):
        line.append(str(d))
        done += 1
        if len(line) == 10:
            print "%s\t:%d" % ("".join(line), done)
            line = []
    if line:
        print "%s%s\t:%d" % ("".join(line), " " * (10 - len(line)), done)


main()
