print format(42), format(42, 'd'), format(42, '5d'), format(42, '<5'), format(42, '^7'), format(-42, '+'), format(42, '+')
print format(3.14159, '.2f'), format(3.14159, '10.4f'), format(1234567.891, ',.2f'), format(0.5, '%'), format(1e-10, 'g')
print format('text', '>10'), format('text', '*^10'), format('text', '.2'), format(u'uni', '<5') + '|'
print format(255, 'x'), format(255, '#X'), format(255, 'b'), format(8, 'o'), format(65, 'c'), format(1e6, 'e')
print format(True), format(None), format([1, 2]), format((1,)), format(1.0), format(10L, '04d')
print format(1.5, ''), format(1e20, ''), format(1e16), format(0.1 + 0.2), format(100.0, 'g'), format(1e100, 'G')
print format(12.0, 'n'), format(-0.0, '.1f'), format(float('inf'), '10f'), format(float('nan'), '>6'), format(2 ** 70, ',')
for v, spec in [('s', 'd'), (1, 's'), (1.5, 'd'), ([], 'x'), (1, 'Z'), (1, '..2')]:
    try:
        print format(v, spec)
    except (ValueError, TypeError), e:
        print type(e).__name__ + ':', e
class Money(object):
    def __init__(self, amount):
        self.amount = amount
    def __format__(self, spec):
        if spec == 'cents':
            return '%d cents' % (self.amount * 100)
        return '$' + format(self.amount, spec or '.2f')
print format(Money(3.5)), format(Money(3.5), 'cents'), format(Money(3.5), '08.3f'), '{0} / {0:cents}'.format(Money(1.25))
class Plain(object):
    def __str__(self):
        return 'plain-str'
print format(Plain()), '{}'.format(Plain()), '{:>12}'.format(str(Plain()))
print format(1234.5, '=+12.2f'), format(-5, '=6'), format(5, ' d'), format(-5, ' d'), format(3, '03')
print format(0.000123, '.2e'), format(123456789, 'e'), format(1.0, '.0f'), format(2.5, '.0f'), format(3.5, '.0f')
print format(1.0, '.1f'), format(1e-5, 'f'), format(12345.6789, '.3g'), format(0.0, 'g'), format(-1e-7, 'g')
