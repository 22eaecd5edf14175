# Recursive Fibonacci: Python-level call overhead and small-int arithmetic.
# Usage: fib.py [N]   (default N=32; prints fib(N) and the number of calls made)
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def calls(n):
    # Calls made by fib(n): c(n) = 1 + c(n-1) + c(n-2), c(0) = c(1) = 1.
    a, b = 1, 1
    for _ in range(n - 1):
        a, b = b, 1 + a + b
    return b if n > 0 else 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 32
    print "fib(%d) = %d" % (n, fib(n))
    print "calls: %d" % calls(n)


main()
