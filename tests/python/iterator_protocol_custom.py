class Countdown(object):
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def next(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print list(Countdown(5))
c = Countdown(3)
print c.next(), next(c), next(c), next(c, 'done'), next(c, 'still done')
try:
    next(c)
except StopIteration:
    print 'StopIteration'

class Range2(object):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(4)
print list(r), list(r), sum(r), 2 in r, 7 in r

class OldSeq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print list(OldSeq()), [x for x in OldSeq()], 9 in OldSeq(), max(OldSeq())
it = iter(OldSeq())
print type(it).__name__, it.next(), it.next()

calls = [0]
def sentinel_fn():
    calls[0] += 1
    return calls[0]
print list(iter(sentinel_fn, 5))

try:
    iter(5)
except TypeError, e:
    print 'TypeError:', e
try:
    next([1, 2])
except TypeError, e:
    print 'TypeError:', e

class BadIter(object):
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError, e:
    print 'TypeError:', e

it = iter([1, 2, 3, 4, 5, 6])
print zip(it, it)
it = iter('abc')
print list(it), list(it)
d = {'a': 1, 'b': 2, 'c': 3}
di = iter(d)
print sorted(di)
try:
    for k in d:
        d['new'] = 1
except RuntimeError, e:
    print 'RuntimeError:', e
print type(iter(d)).__name__, type(d.iteritems()).__name__, type(iter(())).__name__, type(iter(u'')).__name__
print sorted(d.itervalues()), sorted(d.iterkeys())
lst = [1, 2, 3]
li = iter(lst)
print li.next()
lst.append(4)
print list(li)
print type(reversed([1])).__name__, list(reversed((1, 2, 3))), list(reversed('abc'))
e = enumerate('xy', 10)
print e.next(), list(e)
