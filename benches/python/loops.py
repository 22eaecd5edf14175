# Integer loops: while loops with counters, for over range/xrange, nested loops, augmented
# assignment, comparisons and small-int arithmetic (no calls in the hot loops).
# Usage: loops.py [N]   (default N=3000000; prints the loop results)
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000000
    # A while loop with a few operations per trip.
    i = 0
    acc = 0
    while i < n:
        acc += i & 7
        if i % 3 == 0:
            acc -= 1
        i += 1
    print "while:", acc
    # for over xrange, with an xor-shift mix kept in 32 bits.
    h = 0
    for j in xrange(n):
        h = ((h << 1) ^ j) & 0xffffffff
    print "xrange:", h
    # Nested for over range lists.
    side = int(n ** 0.5) // 2
    total = 0
    for a in range(side):
        for b in range(side):
            total += (a * b) % 7
    print "nested %d: %d" % (side, total)
    # Countdown with a break and continue.
    k = n
    odd = 0
    while True:
        k -= 1
        if k < 0:
            break
        if k & 1 == 0:
            continue
        odd += 1
    print "odd:", odd
    # Collatz steps for a range of starts.
    steps = 0
    for start in xrange(1, n // 100):
        x = start
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            steps += 1
    print "collatz steps:", steps


main()
