z = 3 + 4j
print z, z.real, z.imag, abs(z), z.conjugate(), -z, +z, z * 1j, z / 2, z ** 2
print complex(1, 2), complex('1+2j'), complex('3'), complex(' 2j '), complex(), complex(1.5), complex('-1-1j')
print repr(1j), repr(-1j), repr(1 + 0j), repr(0j), repr(complex(0, -0.0)), repr(complex(-0.0, 0)), repr(1e20j)
print (1 + 2j) + (3 - 1j), (1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 1j), (1 + 2j) - 1
print 1j ** 2, (1j) ** 0.5, 2 ** 1j if False else 'skip'
print (1 + 1j) == (1 + 1j), 1 + 0j == 1, (2j).imag, type(1j).__name__
try:
    (1 + 1j) < (2 + 2j)
except TypeError, e:
    print 'TypeError:', e
try:
    complex('abc')
except ValueError, e:
    print 'ValueError:', e
try:
    1j / 0
except ZeroDivisionError, e:
    print 'ZeroDivisionError:', e
try:
    int(1j)
except TypeError, e:
    print 'TypeError:', e
try:
    1j % 2
except (TypeError, DeprecationWarning), e:
    print 'mod:', e
print hash(1 + 0j) == hash(1), complex(1, 2) == complex('1+2j')
import cmath
print cmath.sqrt(-1), cmath.sqrt(-4), abs(cmath.exp(1j * cmath.pi) + 1) < 1e-15
print round(cmath.phase(1j), 6), cmath.polar(1j), cmath.rect(1, 0)
print '%s %r' % (2 + 3j, 2 + 3j), str(1.5 + 0.5j), complex(1, 1) * complex(1, -1)
print [c.real for c in [1j, 2 + 0j]], sum([1j, 2j, 3]), bool(0j), bool(1j)
print (3 + 4j).__abs__(), complex.__name__, 4j.real
class C(object):
    def __complex__(self):
        return 2 + 2j
print complex(C())
print 1e308j * 10, complex(float('inf'), 0)
