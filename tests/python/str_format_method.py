print '{} {} {}'.format(1, 'two', 3.0)
print '{0} {1} {0}'.format('a', 'b')
print '{name} is {age}'.format(name='Bob', age=25)
print '{0[0]} {0[1]} {1[key]}'.format([10, 20], {'key': 'v'})
class P(object):
    x = 3
    y = 4
print '{0.x},{0.y}'.format(P())
print '{:>8}|{:<8}|{:^8}|{:*^9}|'.format('r', 'l', 'c', 'mid')
print '{:d} {:5d} {:05d} {:+d} {:,d}'.format(42, 42, 42, 42, 1234567)
print '{:x} {:X} {:o} {:b} {:#x} {:#b} {:#o}'.format(255, 255, 8, 5, 255, 5, 8)
print '{:.2f} {:10.3f} {:e} {:.2e} {:g} {:%} {:.1%}'.format(3.14159, 2.5, 12345.6789, 0.00012, 1e-7, 0.25, 0.125)
print '{!r} {!s} {!r}'.format('q', 'q', u'u')
print '{{literal}} {}'.format('x')
print '{:=+8d}|{:08.2f}|{:<+6d}|'.format(42, -3.5, 7)
print '{0:{1}}|{0:>{1}}|'.format('ab', 5)
print '{:,}'.format(10 ** 12), '{:,.2f}'.format(1234567.891)
print '{:c}'.format(65), '{:s}'.format('str'), '{}'.format(None), '{}'.format([1, (2,)])
print format(3.5, '08.3f'), format(12, 'b'), format('x', '>3'), format(1.0), format(10 ** 20)
print '{:n}'.format(1234), '{:.3}'.format(3.14159), '{:.3}'.format('abcdef'), '{:10}'.format(5), '{:10}'.format('s')
for spec in ['{', '}', '{0', '{:d}', '{:s}', '{2}', '{x}', '{0[}']:
    try:
        if spec == '{:d}':
            print spec.format('str')
        elif spec == '{:s}':
            print spec.format(5)
        else:
            print spec.format(1)
    except (ValueError, IndexError, KeyError), e:
        print repr(spec), type(e).__name__, e
print repr(u'{} {}'.format(u'\xe9', 'a')), type(u'{}'.format('a')).__name__
class Fmt(object):
    def __format__(self, spec):
        return 'Fmt(%s)' % spec
print '{:xyz} {}'.format(Fmt(), Fmt()), format(Fmt(), '!')
print '{0:>{width}.{prec}f}'.format(3.14159, width=10, prec=2)
print '{:^10.3s}|'.format('abcdef'), '{:-^20}'.format(' title ')
import datetime
print '{:%Y-%m-%d}'.format(datetime.date(2020, 1, 31))
print '{0}{1}{0}'.format('<', '>'), '{a}{b}'.format(**{'a': 1, 'b': 2})
