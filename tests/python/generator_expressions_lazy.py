log = []
def source(n):
    for i in range(n):
        log.append('produce %d' % i)
        yield i

g = (x * 10 for x in source(3))
print log
print g.next(), log
print list(g), log

del log[:]
squares = (x * x for x in source(5) if x % 2)
print sum(squares), log

def outer_iterable():
    log.append('outer evaluated')
    return range(3)
del log[:]
g = (x for x in outer_iterable())
print log
print list(g)

try:
    g = (x for x in 5)
except TypeError, e:
    print 'TypeError at creation:', e

g = (1 / x for x in [1, 0, 2])
print g.next()
try:
    g.next()
except ZeroDivisionError:
    print 'error at second item'
print list(g)

nested = ((i, j) for i in range(3) for j in range(i))
print list(nested)
print sorted(set(c for c in 'mississippi'))
print dict((k, v) for k, v in zip('abc', range(3)))
print any(x > 3 for x in source(10)), log[-1]
print tuple(str(i) for i in range(4)), ''.join(c.upper() for c in 'gen')
print max((len(w), w) for w in 'a quick brown fox'.split())
g = (x for x in range(3))
print type(g).__name__, iter(g) is g, g.gi_frame is not None
list(g)
print g.gi_frame
x = 'outer'
g = (x for x in 'abc')
print list(g), x
