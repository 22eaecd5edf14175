def triangle(n):
    for i in xrange(1, n + 1):
        print ' ' * (n - i) + '*' * (2 * i - 1)
triangle(4)
grid = [[(r, c) for c in xrange(3)] for r in xrange(2)]
print grid
total = 0
for i in xrange(100000):
    total += i & 7
print total
print sum(xrange(0, 100, 7)), max(xrange(5, 50, 6)), min(xrange(10, 0, -3))
evens = xrange(0, 20, 2)
print evens[3], evens[-2], len(evens), list(evens)[::3]
print list(xrange(-3, 3)), list(xrange(3, -3, -2))
for i in xrange(3, 0, -1):
    print i,
print 'liftoff'
r = xrange(10)
print list(r), list(r)
it1, it2 = iter(r), iter(r)
print it1.next(), it1.next(), it2.next()
print [i for i in xrange(20) if i % 3 == 0 and i % 2 == 0]
print dict((i, chr(65 + i)) for i in xrange(5))
import sys
big = xrange(sys.maxint - 2, sys.maxint)
print list(big), len(big)
try:
    len(xrange(-sys.maxint - 1, sys.maxint))
except OverflowError, e:
    print 'OverflowError:', e
print 5 in xrange(10), 10 in xrange(10), 'a' in xrange(3), 2.0 in xrange(3)
print xrange(10)[-1], xrange(1, 10, 4)[2]
try:
    xrange(10)[1:3]
except TypeError, e:
    print 'TypeError:', e
print repr(xrange(-5)), repr(xrange(2, 2)), repr(xrange(0, 7, 3)), repr(xrange(10, 0, -4))
for i, ch in zip(xrange(100), 'abc'):
    print i, ch,
print
print sorted(xrange(5), reverse=True), tuple(xrange(3)), set(xrange(3))
