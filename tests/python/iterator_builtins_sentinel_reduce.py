# iter() with a sentinel, enumerate/zip/map/filter/reduce, and custom iterators.
import itertools
import operator

data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
pos = [0]
def next_item():
    v = data[pos[0]]
    pos[0] += 1
    return v
print list(iter(next_item, 9))
print list(iter(next_item, 5))

class Reader(object):
    def __init__(self, chunks):
        self.chunks = list(chunks)
    def read(self):
        return self.chunks.pop(0) if self.chunks else ''
r = Reader(['ab', 'cd', 'ef'])
print [c for c in iter(r.read, '')]

print list(enumerate('xyz')), list(enumerate('xyz', 10))
print zip('abc', [1, 2, 3, 4], (True, False, None))
print zip(*[(1, 'a'), (2, 'b'), (3, 'c')]), zip()
print map(None, [1, 2, 3], 'ab')
print map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6]), map(str.upper, 'hey'), map(len, ['', 'a', 'bb'])
print filter(None, [0, 1, '', 'x', [], [0], None]), filter(lambda c: c in 'aeiou', 'education'), filter(lambda x: x % 2, (1, 2, 3, 4, 5))
print reduce(operator.add, data), reduce(lambda a, b: a * b, range(1, 11)), reduce(max, data), reduce(operator.add, [], 'empty')
print reduce(lambda acc, x: acc + [acc[-1] + x], data, [0])
print list(itertools.islice(itertools.count(5, 3), 6)), list(itertools.chain('ab', [1], ()))
print [(k, len(list(g))) for k, g in itertools.groupby(sorted(data))]
print list(itertools.takewhile(lambda x: x < 5, data)), list(itertools.dropwhile(lambda x: x < 5, data))
print list(itertools.izip_longest('abcd', 'xy', fillvalue='-')), list(itertools.imap(pow, [2, 3], [5, 2]))
print list(itertools.starmap(operator.sub, [(5, 2), (10, 7)])), list(itertools.ifilterfalse(lambda x: x % 3, range(10)))
print list(itertools.accumulate(data)) if hasattr(itertools, 'accumulate') else 'no accumulate'

class Countdown(object):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def next(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(4)
print list(c), list(c)
it = iter([1, 2, 3])
print next(it), next(it), next(it), next(it, 'done'), next(it, None)
class Range2(object):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2
r2 = Range2(9)
print list(r2), sum(r2), max(r2), sorted(r2, reverse=True), 4 in r2, 5 in r2
a, b = itertools.tee(iter(data[:4]))
print list(a), list(b), dict(enumerate('ab')), list(reversed(list(enumerate('pq'))))
print sum(1 for _ in iter(iter(data).next, 2)), all(x > 0 for x in data), any(x > 8 for x in data)
