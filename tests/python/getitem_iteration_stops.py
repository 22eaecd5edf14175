class StopsWithIndexError(object):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError('done at %d' % i)
        return 'item%d' % i
class StopsWithStopIteration(object):
    def __getitem__(self, i):
        if i >= 2:
            raise StopIteration
        return i
class RaisesOther(object):
    def __getitem__(self, i):
        if i == 1:
            raise KeyError('boom at 1')
        return i
class Infinite(object):
    def __getitem__(self, i):
        return i * i
print list(StopsWithIndexError())
print list(StopsWithStopIteration())
try:
    list(RaisesOther())
except KeyError, e:
    print 'KeyError:', e
for sq in Infinite():
    if sq > 50:
        break
print sq
print 'item1' in StopsWithIndexError(), 'x' in StopsWithIndexError()
it = iter(StopsWithIndexError())
print it.next(), it.next(), it.next()
try:
    it.next()
except StopIteration:
    print 'StopIteration'
try:
    it.next()
except StopIteration:
    print 'still StopIteration'
a, b, c = StopsWithIndexError()
print a, b, c
print sorted(StopsWithIndexError(), reverse=True), max(StopsWithStopIteration()), tuple(StopsWithIndexError())
print dict(enumerate(StopsWithIndexError())), zip(StopsWithIndexError(), Infinite())
class Repeater(object):
    def __init__(self, v, n):
        self.v, self.n = v, n
    def __iter__(self):
        return self
    def next(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.v
r = Repeater('x', 3)
print list(r), list(r), ''.join(Repeater('ab', 2))
print map(None, StopsWithIndexError()), filter(None, StopsWithStopIteration())
