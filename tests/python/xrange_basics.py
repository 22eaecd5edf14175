print list(xrange(5))
print list(xrange(2, 8))
print list(xrange(10, 0, -3))
print list(xrange(0, -10, -2))
print list(xrange(5, 5)), list(xrange(5, 1))
r = xrange(3, 30, 4)
print len(r), r[0], r[-1], r[2]
print repr(r), repr(xrange(5)), repr(xrange(1, 2)), repr(xrange(0, -5, -1))
print repr(xrange(0)), repr(xrange(1, 10, 3))
try:
    r[100]
except IndexError, e:
    print 'IndexError:', e
try:
    xrange(1, 2, 0)
except ValueError, e:
    print 'ValueError:', e
try:
    xrange(1.5)
except TypeError, e:
    print 'TypeError:', e
print 7 in r, 8 in r, 27 in r
print list(reversed(xrange(5)))
print sum(xrange(101)), sum(xrange(1, 1000, 2))
print type(xrange(3)).__name__
it = iter(xrange(3))
print it.next(), it.next(), it.next()
try:
    it.next()
except StopIteration:
    print 'StopIteration'
total = 0
for i in xrange(10):
    for j in xrange(i):
        total += j
print total
print len(xrange(-5, 5)), len(xrange(10, -10, -7))
print list(xrange(True, 4))
print [x * x for x in xrange(8) if x % 2]
big = xrange(2 ** 30)
print len(big), big[-1]
print list(xrange(5))[::-1] == list(reversed(xrange(5)))
print zip(xrange(3), xrange(10, 13))
print xrange(0, 10, 2).__reduce__()[1]
print bool(xrange(0)), bool(xrange(1))
