# Generator pipelines: chained generator functions and generator expressions feeding each
# other, sum/max/any over them, a generator-driven sieve, and send() into a coroutine.
# Usage: generators.py [N]   (default N=900000; prints the pipeline results)
import sys


def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(items):
    for x in items:
        yield x * x


def keep(pred, items):
    for x in items:
        if pred(x):
            yield x


def chunks(items, size):
    chunk = []
    for x in items:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def take(n, items):
    for x in items:
        if n <= 0:
            return
        n -= 1
        yield x


def primes():
    """An incremental sieve: composites map to the primes that reach them."""
    composites = {}
    q = 2
    while True:
        if q not in composites:
            yield q
            composites[q * q] = [q]
        else:
            for p in composites.pop(q):
                composites.setdefault(p + q, []).append(p)
        q += 1


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 900000
    s = sum(keep(lambda x: x % 3 == 1, squares(counter(n))))
    print "sum of squares = 1 mod 3:", s
    chunk_sums = [sum(c) for c in chunks(counter(n), 7)]
    print "chunks: %d, last sum %d, max %d" % (len(chunk_sums), chunk_sums[-1], max(chunk_sums))
    evens = (x for x in xrange(n) if x % 2 == 0)
    halves = (x // 2 for x in evens)
    print "halves total:", sum(halves)
    ps = list(take(n // 60, primes()))
    print "primes: %d, last %d" % (len(ps), ps[-1])
    print "any over 10**9 squared:", any(x * x > 10 ** 9 for x in counter(n // 10))
    avg = averager()
    next(avg)
    result = None
    for x in counter(n // 3):
        result = avg.send(float(x % 101))
    print "running average: %.6f" % result
    nested = sum(sum(y for y in xrange(x % 10)) for x in xrange(n // 3))
    print "nested generator sum:", nested


main()
