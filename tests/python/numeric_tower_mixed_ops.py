values = [3, 3L, 3.0, 3 + 0j, True]
for a in values:
    row = []
    for b in values:
        r = a + b
        row.append('%s:%s' % (type(r).__name__, r))
    print type(a).__name__, ' '.join(row)
print 7 * 2L, type(7 * 2L).__name__, 7 * 2.0, 7L * 2.0, 2 * 1j, True * 1.5
print 1 == 1L == 1.0 == (1 + 0j) == True, 2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 == 2.0 ** 64
print 10 / 4, 10L / 4, 10.0 / 4, 10 / 4.0, (10 + 0j) / 4, True / 2
print 10 // 4.0, 10L // 3, -10 // 3L, 10 % 3.5, -10L % 3
print int(3.9), long(3.9), float(3), complex(3), int(True), float(2 ** 70), int(-0.5)
print abs(-3L), abs(-3.0), abs(-3 + 4j), abs(False), -True, +False, ~True
print round(2.5), round(3L), round(-2.5), type(round(3L)).__name__
print max(1, 2L, 1.5), min(3, 2.0, 2L), type(min(3, 2.0, 2L)).__name__, sorted([3, 1L, 2.5, True, 0j.real])
print sum([1, 2L, 3.5]), sum([1, True]), type(sum([1L, 2])).__name__
print 1 < 1.5 < 2L, 2 ** 100 > 1e29, 2 ** 100 < 1e31, float('inf') > 2 ** 1000
print divmod(7, 2L), divmod(7.5, 2), divmod(-7L, 2)
print pow(2, 3L), pow(2L, -1), pow(2.0, 3L), pow(-1, 0.5) if False else 'skip', pow(4, 0.5)
print hash(2) == hash(2L) == hash(2.0), hash(0.5) == hash(0.5 + 0j)
print (5).__add__(2L), (5L).__radd__(2), (2.0).__rtruediv__(1) if hasattr(2.0, '__rtruediv__') else ''
print 0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-15, 1e300 * 1e10, -1e300 * 1e10
print 5 == 5.000000000000001, 5 == 5.0000000000000001, 10 ** 16 == 10.0 ** 16, 10 ** 23 == 1e23
