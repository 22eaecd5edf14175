rows = [
    ('Widget', 3, 4.5, 0.075),
    ('Gadget with a long name', 12, 19.99, 0.2),
    ('Thing', 100, 0.05, 0),
    ('Doohickey', -2, 1234.5678, 1.5),
]
header = '%-12s %5s %10s %8s %10s' % ('Item', 'Qty', 'Price', 'Tax', 'Total')
print header
print '-' * len(header)
grand = 0.0
for name, qty, price, tax in rows:
    total = qty * price * (1 + tax)
    grand += total
    print '%-12.12s %5d %10.2f %7.1f%% %10.2f' % (name, qty, price, tax * 100, total)
print '%-12s %5s %10s %8s %10.2f' % ('TOTAL', '', '', '', grand)
print '%(name)s has %(count)03d items (%(pct).1f%%)' % {'name': 'cart', 'count': 7, 'pct': 12.345}
print '%s' % ((1, 2),), '%s %s' % (1, 2), '%r' % ('x',), '%s' % [1, 2]
print '%5.1f|%-7.3e|%+g|%G' % (3.14159, 31415.9, 1e-5, 1e-10)
print '%#x %#o %#X %x' % (255, 8, 3054, -1)
print '%c%c%c' % (72, 'i', 33)
print '%3s|%-3s|%03d|%.0f|%.1f' % ('ab', 'ab', -5, 0.5, 0.05)
print '%d%%' % 99, '%%d', '%s%%s' % 'x'
amounts = [0, 1, -1, 1234567, -9876543.21, 1e9]
for a in amounts:
    print '[%12.2f] [%-12d] [%+.3e]' % (a, a, a)
def fmt_money(x):
    s = '%.2f' % abs(x)
    whole, frac = s.split('.')
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return '%s$%s.%s' % ('-' if x < 0 else '', ','.join(groups), frac)
print [fmt_money(a) for a in amounts]
print '%s' % u'unicode in bytes fmt', repr('%s' % u'x'), repr(u'%d items' % 3)
print '%.*f' % (3, 2.0 / 3), '%*s|' % (-6, 'left'), '%-*s|' % (6, 'l2')
