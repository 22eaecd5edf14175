def read_lines(text):
    for line in text.splitlines():
        yield line

def strip_comments(lines):
    for line in lines:
        if '#' in line:
            line = line[:line.index('#')]
        line = line.strip()
        if line:
            yield line

def parse(lines):
    for line in lines:
        key, _, value = line.partition('=')
        yield key.strip(), value.strip()

config = """
# comment
name = demo   # trailing
size = 10

mode=fast
empty =
"""
for k, v in parse(strip_comments(read_lines(config))):
    print repr(k), repr(v)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print list(take(15, fib()))

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print list(take(20, primes()))

def flatten(seq):
    for item in seq:
        if isinstance(item, (list, tuple)):
            for sub in flatten(item):
                yield sub
        else:
            yield item
print list(flatten([1, [2, (3, [4, 5]), 6], [[[7]]]]))

def chunks(seq, n):
    for i in xrange(0, len(seq), n):
        yield seq[i:i + n]
print list(chunks(range(10), 3)), list(chunks('abcdefg', 2))

def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print list(window(range(6), 3))

gen = (x * x for x in range(5))
print gen.next(), gen.next(), list(gen)
lazy = (1 / x for x in [1, 0])
print lazy.next()
try:
    lazy.next()
except ZeroDivisionError, e:
    print 'ZeroDivisionError:', e
try:
    lazy.next()
except StopIteration:
    print 'stopped after error'

def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i
e = evens(7)
print sum(e), type(e).__name__, hasattr(e, 'send'), iter(e) is e
print dict((k, len(k)) for k in ['a', 'bb']), max(x for x in [3, 9, 2])
