# __format__ of int, long, float, complex, bool
print format(42), format(42, 'd'), format(42, 'x'), format(42, '#o'), format(42, '#b'), format(-42, '+08d')
print format(2 ** 80, ','), format(2 ** 80, 'x'), format(-2 ** 80, '>40'), format(10L, '04d')
print format(True), format(True, 'd'), format(False, '^5'), format(65, 'c')
print format(3.14159, '.2f'), format(3.14159, 'e'), format(1e20, 'g'), format(1234567.891, ',.2f')
print format(0.5, '%'), format(-0.0, ''), format(float('inf'), '>6'), format(float('nan'), 'f')
print format(1.5, ''), format(1e16, ''), format(1e-5, ''), format(2.0, 'n')
print format(1 + 2j, ''), format(1 + 2j, '.2f'), format(-1.5j, '>20'), format(3 - 4j, 'g')
print repr((42).__format__(u'x')), repr((1.5).__format__(u'.1f')), repr((42).__format__(''))
print '{0:>6} {1:<8.3f} {2:^+9} {3:x}'.format(12, 3.14159, 7L, 255)
for v, spec in [(1, 's'), (1.5, 'd'), (1j, 'd'), (1, '.2d'), (1, 'z')]:
    try:
        print format(v, spec)
    except ValueError as e:
        print 'ValueError', e
try:
    (1).__format__(3)
except TypeError as e:
    print 'TypeError', e
