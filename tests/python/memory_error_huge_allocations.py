import sys
for label, make in [
        ('str repeat', lambda: 'x' * 2 ** 62),
        ('list repeat', lambda: [0] * 2 ** 62),
        ('tuple repeat', lambda: (1, 2) * 2 ** 61),
        ('unicode repeat', lambda: u'ab' * 2 ** 61),
        ]:
    try:
        make()
        print label, 'unexpectedly succeeded'
    except MemoryError:
        print label, 'MemoryError'
    except OverflowError, e:
        print label, 'OverflowError:', e
try:
    'x' * sys.maxint * 2
except (MemoryError, OverflowError), e:
    print type(e).__name__
try:
    'abc' * (2 ** 64)
except OverflowError, e:
    print 'OverflowError:', e
try:
    [None] * (2 ** 64)
except (OverflowError, MemoryError), e:
    print type(e).__name__, e
try:
    raise MemoryError('explicit')
except MemoryError, e:
    print 'MemoryError:', e
print issubclass(MemoryError, StandardError)
small = 'ab' * 5
print small, len([0] * 1000), len('y' * 10 ** 6)
print 'still running'
