# String processing: a sales report using split/join/replace, % formatting and str.format alignment.

RAW = """region|product|units|price
north|widget|120|2.50
south|gadget|75|10.00
north|gadget|30|10.00
east|widget|200|2.45
west|doohickey|5|99.99
south|widget|60|2.50"""

lines = RAW.splitlines()
header = lines[0].split('|')
rows = [dict(zip(header, l.split('|'))) for l in lines[1:]]
for r in rows:
    r['units'] = int(r['units'])
    r['price'] = float(r['price'])
    r['total'] = r['units'] * r['price']

print '{0:<8}|{1:^11}|{2:>6}|{3:>8}|{4:>10}'.format(*[h.upper() for h in header + ['total']])
print '-' * 47
for r in rows:
    print '{region:<8}|{product:^11}|{units:>6d}|{price:>8.2f}|{total:>10,.2f}'.format(**r)
print '=' * 47
grand = sum(r['total'] for r in rows)
print '%-37s%10.2f' % ('grand total', grand)
print '%(region)s sold %(units)05d units of %(product)r' % rows[0]
print '%+d %+d % d %x %X %o %#x %#o %e %g %G' % (5, -5, 7, 255, 255, 8, 255, 8, 12345.678, 0.00001234, 1e20)
print '%5s|%-5s|%.2s|%*d|%-*d|' % ('ab', 'cd', 'xyz', 4, 7, 4, 7)
print '%c%c%c %%' % (72, 'i', 33)
print '{:*^20}'.format(' centered ')
print '{0!r:>12} {0!s:<6}|'.format('q')
print '{:08.3f} {:+.1e} {:.0%} {:b} {:o} {:#x}'.format(3.14159, 12345.0, 0.256, 10, 64, 3054)
print '{0[1]} {1[key]} {2.real}'.format([10, 20], {'key': 'v'}, 4 + 2j)
print '{:,}'.format(1234567890), '{:>+10,d}'.format(-98765)
text = 'the cat sat on the mat with the hat'
print text.replace('the', 'a'), '|', text.replace('the', 'THE', 2)
print '-'.join(w.capitalize() for w in text.split()), text.count('at'), text.find('mat'), text.rfind('the')
print ', '.join('%s:%d' % (w, len(w)) for w in sorted(set(text.split())))
csv = ' a, b ,,c , '
print [p.strip() for p in csv.split(',')], [p for p in csv.split(',') if p.strip()]
print 'a,b,c,d'.split(',', 2), 'a,b,c,d'.rsplit(',', 2), '  x  y  '.split(), 'k=v=w'.split('=', 1)
print repr('line1\nline2\r\nline3'.splitlines()), repr('x\n\ny\n'.splitlines(True))
table = [('Name', 'Qty'), ('apples', 3), ('kiwis', 12), ('figs', 100)]
w = max(len(str(a)) for a, b in table)
for a, b in table:
    print str(a).ljust(w + 2, '.') + str(b).rjust(5)
