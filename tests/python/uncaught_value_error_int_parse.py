# int() accepts surrounding whitespace and signs, but nothing else.
print int('ff', 16), int('777', 8), int('101', 2)
print long('12345678901234567890'), int(' 12 ')
for s in ['42', '  -7 ', '+3', '0']:
    print repr(s), int(s)
for s in ['4.2', 'x', '']:
    try:
        int(s)
    except ValueError, e:
        print 'ValueError:', e
lines = ['10', ' 20 ', '-5', '0x1f', '7']
total = 0
for line in lines:
    try:
        total += int(line)
    except ValueError, e:
        print 'skipping', repr(line), '-', e
print 'total', total
for s in ['1', '2', 'three']:
    print 'parsed', int(s)
