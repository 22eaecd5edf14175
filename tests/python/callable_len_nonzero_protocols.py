# __call__, __len__, __nonzero__, __contains__ and __iter__ on realistic helper objects.

class Polynomial(object):
    def __init__(self, *coeffs):
        c = list(coeffs)
        while c and c[-1] == 0:
            c.pop()
        self.c = c
    def __call__(self, x):
        return sum(a * x ** i for i, a in enumerate(self.c))
    def __len__(self):
        return len(self.c)
    def __nonzero__(self):
        return bool(self.c)
    def __iter__(self):
        return iter(self.c)
    def __contains__(self, power):
        return 0 <= power < len(self.c) and self.c[power] != 0
    def __repr__(self):
        terms = ['%d*x^%d' % (a, i) for i, a in enumerate(self.c) if a]
        return ' + '.join(reversed(terms)) or '0'

p = Polynomial(1, -3, 0, 2)
print p, len(p), bool(p), list(p), [p(x) for x in range(-2, 3)]
print 1 in p, 2 in p, 3 in p, 9 in p
z = Polynomial(0, 0)
print z, len(z), bool(z), 'falsy' if not z else 'truthy'
print map(p, [10, 0.5]), sorted([Polynomial(3), p, z], key=len)

class Matcher(object):
    def __init__(self, *words):
        self.words = set(w.lower() for w in words)
        self.calls = 0
    def __call__(self, text):
        self.calls += 1
        return [w for w in text.split() if w.lower().strip('.,!') in self.words]
m = Matcher('spam', 'eggs')
print m('Spam and EGGS, then spam!'), m('nothing here'), m.calls, callable(m), callable(Matcher)
print filter(m, ['I like spam', 'I like ham', 'eggs']), m.calls

class Queue(object):
    def __init__(self):
        self.items = []
    def push(self, *xs):
        self.items.extend(xs)
        return self
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        while self.items:
            yield self.items.pop(0)
q = Queue().push(1, 2, 3)
print len(q), bool(q)
while q:
    print 'draining', len(q), list(q)[:1]
print len(q), bool(q), bool(Queue())

class OnlyLen(object):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class NonzeroBeatsLen(object):
    def __len__(self):
        return 0
    def __nonzero__(self):
        return True
print bool(OnlyLen(0)), bool(OnlyLen(3)), bool(NonzeroBeatsLen()), [x for x in [OnlyLen(0), OnlyLen(1), 0, 'a'] if x].__len__()
class BadLen(object):
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print 'ValueError:', e
class Accumulate(object):
    def __init__(self):
        self.total = 0
    def __call__(self, x, scale=1):
        self.total += x * scale
        return self
acc = Accumulate()
acc(1)(2)(3, scale=10)
print acc.total, reduce(lambda a, x: a(x), range(5), Accumulate()).total
