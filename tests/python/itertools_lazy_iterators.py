import itertools as it
c = it.count(5)
print repr(c), c.next(), c.next(), repr(c)
print repr(it.count(1, 2)), repr(it.repeat('x', 3)), repr(it.repeat(1))
print list(it.islice(it.count(), 3, 15, 4)), list(it.islice('abcdef', None, 4))
for args in [(-1,), ('x',), (1, 0)]:
    try:
        it.islice(range(5), *args) if len(args) == 1 else it.islice(range(5), 0, 5, args[1])
    except ValueError, e:
        print 'ValueError:', e
src = iter(range(10))
print list(it.islice(src, 3)), next(src)
print list(it.chain('ab', [1, 2], ())), list(it.chain.from_iterable(['xy', 'z']))
print list(it.izip_longest('abc', [1], fillvalue='-')), list(it.izip('ab', it.count()))
print [(k, list(g)) for k, g in it.groupby('aaabccdd')]
print [(k, len(list(g))) for k, g in it.groupby(sorted([3, 1, 4, 1, 5, 9, 2, 6]), key=lambda x: x % 2)]
a, b = it.tee(iter([1, 2, 3]))
print list(a), list(b)
x, y, z = it.tee('ab', 3)
print x.next(), y.next(), list(z), list(x)
print list(it.takewhile(lambda v: v < 4, [1, 3, 5, 2])), list(it.dropwhile(lambda v: v < 4, [1, 3, 5, 2]))
print list(it.ifilter(None, [0, 1, '', 'a'])), list(it.ifilterfalse(lambda v: v % 2, range(6)))
print list(it.imap(None, 'ab', 'cd')), list(it.starmap(pow, [(2, 5), (3, 2)]))
print list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.cycle(''))
cy = it.cycle('ab')
print [cy.next() for _ in range(5)]
print list(it.product('ab', repeat=2)), len(list(it.product(range(3), range(4), range(2))))
print list(it.permutations('abc', 2)), list(it.permutations([], 0)), list(it.permutations('a', 2))
print list(it.combinations(range(4), 3)), list(it.combinations('ab', 3))
print list(it.combinations_with_replacement('ab', 2)), list(it.combinations_with_replacement('', 2))
for f in (lambda: it.combinations('ab', -1), lambda: it.permutations('ab', -2), lambda: it.product('a', repeat=-1)):
    try:
        f()
    except ValueError, e:
        print 'ValueError:', e
try:
    it.izip(1)
except TypeError, e:
    print 'TypeError:', e
print list(it.repeat(7, -2)), list(it.repeat('q', 2)), sum(it.imap(lambda a, b: a * b, [1, 2, 3], it.repeat(10)))
