for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675, 1.005, 0.125, 0.375, 1234.5678, -0.0]:
    print repr(x), repr(round(x)), repr(round(x, 2)), repr(round(x, 1))
for n in [-3, -2, -1, 0, 1, 2, 3]:
    print n, repr(round(123456.789, n))
print round(5), round(5L), type(round(5)).__name__
print round(1e300, 2), round(1e-300, 2), round(float('inf')), round(-7.5)
print round(2.5, 0), round(-2.5, 0), round(0.05, 1), round(0.15, 1), round(0.25, 1)
print round(1.23456789, 5), round(9.995, 2), round(99.95, 1)
try:
    round('x')
except TypeError, e:
    print 'TypeError:', e
print round(number=3.14159, ndigits=3)
print repr(round(1e16 + 0.5)), repr(round(4.5)), repr(round(-4.5))
print int(round(7.6)), int(round(-7.6))
for v in [0.1, 0.01, 0.001, 1.0 / 7]:
    print '%.3f %.0f %5.1f %-8.2f| %+.2f %e %g %G' % (v, v, v, v, v, v, v, v)
