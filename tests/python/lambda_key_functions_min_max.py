# lambda with sorted/min/max/key functions over realistic records.
import operator

cities = [
    ('Tokyo', 'JP', 37.4, 2194), ('Delhi', 'IN', 28.5, 1484), ('Shanghai', 'CN', 25.6, 6341),
    ('Osaka', 'JP', 19.3, 225), ('Mumbai', 'IN', 19.9, 603), ('Beijing', 'CN', 19.6, 16411),
    ('Lagos', 'NG', 13.5, 1171),
]
print min(cities, key=lambda c: c[2])[0], max(cities, key=lambda c: c[3])[0]
print max(cities, key=lambda c: c[2] * 1e6 / c[3])[0]
print [c[0] for c in sorted(cities, key=operator.itemgetter(1, 0))]
print [c[0] for c in sorted(cities, key=lambda c: (c[1], -c[2]))]
print sorted(set(c[1] for c in cities), key=lambda cc: -sum(c[2] for c in cities if c[1] == cc))
by_country = {}
for name, cc, pop, area in cities:
    by_country.setdefault(cc, []).append(name)
print sorted((cc, sorted(ns, key=len)) for cc, ns in by_country.items())
print min('banana', 'apple', 'cherry'), max('banana', 'apple', 'cherry', key=len), min([3, 1, 2]), max(4, 9, 2)
print min([(2, 'b'), (1, 'z'), (1, 'a')]), max('hello world'), min('hello', key=ord)
try:
    min([])
except ValueError as e:
    print 'ValueError:', e
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print compose(inc, dbl)(5), compose(dbl, inc)(5), reduce(compose, [inc, dbl, inc])(3)
adders = dict((n, lambda x, n=n: x + n) for n in range(3))
print [adders[k](10) for k in sorted(adders)]
print (lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4)
print (lambda a, (b, c), d=4: a + b + c + d)(1, (2, 3))
print map(lambda (k, v): '%s=%s' % (k, v), sorted({'b': 2, 'a': 1}.items()))
getter = operator.attrgetter('real', 'imag')
print getter(3 + 4j), operator.methodcaller('split', ',')('a,b,c'), operator.itemgetter(-1)('xyz')
nums = [12, -7, 3, -15, 8, 0, -1]
print sorted(nums, key=abs), sorted(nums, key=lambda n: (n < 0, abs(n))), max(nums, key=lambda n: -abs(n))
words = ['kiwi', 'fig', 'banana', 'apple', 'date', 'cherry']
print sorted(words, key=lambda w: (len(w), w[::-1]))
print sorted(words, key=lambda w: sum(1 for c in w if c in 'aeiou'), reverse=True)
print [w for w in words if (lambda s: s == ''.join(sorted(s)))(w[:2])]
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print fact(10), (lambda: 'no args')(), (lambda x=[]: x)() == []
scores = {'ann': [90, 85], 'bob': [70, 95, 88], 'cy': [60]}
best = max(scores, key=lambda k: sum(scores[k]) / float(len(scores[k])))
print best, sorted(scores, key=lambda k: len(scores[k])), min(scores.iteritems(), key=lambda kv: min(kv[1]))
print sorted(range(10), key=lambda i: i % 3), sorted('Mississippi', key=str.lower), sorted([[3, 1], [1, 2], [1]], key=len)
