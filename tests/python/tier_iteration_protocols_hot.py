# Iteration in loops hot enough for OSR: user iterators (next() raising
# StopIteration, iterators that restart or raise other errors part way),
# __getitem__-based sequence iteration ending with IndexError, iter(callable,
# sentinel), dicts mutated during iteration (RuntimeError), lists appended to
# while iterated, for-else and while-else with and without break, tuple
# unpacking in the loop target (with errors), and xrange/enumerate/zip/
# reversed/sorted iterators consumed partly by the loop and partly after it.


class Countdown(object):
    def __init__(self, n, fail_at=None):
        self.n = n
        self.fail_at = fail_at

    def __iter__(self):
        return self

    def next(self):
        if self.n == self.fail_at:
            raise ValueError("failed at %d" % self.n)
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Seq(object):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


def consume(it):
    total = 0
    count = 0
    for v in it:
        total += v
        count += 1
    return total, count


def for_else(n, brk):
    for i in range(n):
        if i == brk:
            r = "broke at %d" % i
            break
    else:
        r = "no break, i=%d" % i
    return r


def while_else(n, brk):
    i = 0
    while i < n:
        i += 1
        if i == brk:
            r = "broke at %d" % i
            break
    else:
        r = "no break, i=%d" % i
    return r


def dict_mutation(n):
    d = dict((k, k) for k in range(n))
    seen = 0
    try:
        for k in d:
            seen += 1
            if seen == n // 2:
                d[n + 1] = 0
    except RuntimeError as e:
        return seen, str(e)
    return seen, "no error"


def growing_list(n):
    lst = [0]
    for v in lst:
        if len(lst) < n:
            lst.append(v + 1)
    return len(lst), lst[-1]


def unpack_targets(n):
    data = [(i, str(i), [i, i]) for i in range(n)]
    acc = 0
    for a, b, (c, d) in data:
        acc += a + len(b) + c * d
    bad = [(1, 2)] * 50 + [(1, 2, 3)]
    try:
        for x, y in bad:
            acc += x
    except ValueError as e:
        return acc, str(e)
    return acc, None


def sentinel_iter(n):
    state = [0]

    def produce():
        state[0] += 1
        return state[0] if state[0] < n else "stop"
    return consume(iter(produce, "stop"))


def partial_consumption(n):
    it = enumerate(xrange(n))
    first = []
    for i, v in it:
        first.append(v)
        if i == n // 3:
            break
    rest = list(it)
    z = zip(range(n), reversed(range(n)))
    s = sorted(range(n), key=lambda k: (k % 7, -k))
    return len(first), rest[:2], len(rest), z[::100], s[:5]


def iterator_fails_midway(n):
    try:
        return consume(Countdown(n, fail_at=n // 2))
    except ValueError as e:
        return "ValueError: %s" % e


for n in (0, 1, 300):
    print "Countdown", n, consume(Countdown(n))
    print "Seq", n, consume(Seq(n))
print "iterator_fails_midway", iterator_fails_midway(300)
for n, b in ((300, 150), (300, 1000), (0, 5)):
    try:
        print "for_else", n, b, for_else(n, b)
    except UnboundLocalError as e:
        print "for_else", n, b, "UnboundLocalError:", e
    print "while_else", n, b, while_else(n, b)
print "dict_mutation", dict_mutation(300)
print "growing_list", growing_list(300)
print "unpack_targets", unpack_targets(300)
print "sentinel_iter", sentinel_iter(300)
print "partial_consumption", partial_consumption(300)
print "string iteration", consume(ord(c) for c in "hot loop " * 40)
print "generator in consume", consume(x * 2 for x in xrange(300))
