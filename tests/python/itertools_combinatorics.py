import itertools as it
print list(it.permutations('abc', 2))
print list(it.combinations(range(5), 3))
print list(it.combinations_with_replacement('ab', 3))
print list(it.product('ab', [0, 1])), len(list(it.product(range(3), repeat=3)))
print list(it.islice(it.count(10, 5), 4)), list(it.islice('abcdefg', 2, None, 2)), list(it.islice(it.cycle('xy'), 5))
print list(it.repeat('r', 3)), list(it.chain([1, 2], 'ab', (3,))), list(it.chain.from_iterable([[1], [2, 3]]))
print list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1]))
print list(it.ifilter(None, [0, 1, '', 'a'])), list(it.ifilterfalse(lambda x: x % 2, range(6)))
print list(it.imap(pow, [2, 3], [5, 2])), list(it.starmap(max, [(1, 5), (7, 2)])), list(it.izip('ab', 'xyz'))
print list(it.izip_longest('ab', 'xyz', fillvalue='-')), list(it.compress('abcdef', [1, 0, 1, 0, 1, 1]))
data = sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot'])
for key, group in it.groupby(data, key=lambda s: s[0]):
    print key, list(group)
print [(k, len(list(g))) for k, g in it.groupby('aaabccdddd')]
a, b = it.tee([1, 2, 3])
print list(a), list(b)
print list(it.permutations([])), list(it.combinations('abc', 0)), list(it.combinations('ab', 5))
c = it.count()
print c.next(), c.next(), repr(c)
print list(it.islice(it.count(1.5, 0.5), 3))
def running_total(xs):
    total = 0
    for x in xs:
        total += x
        yield total
print list(running_total(range(1, 11)))
print sum(1 for _ in it.combinations(range(10), 4)), list(it.product())
print [''.join(p) for p in it.permutations('123')]
