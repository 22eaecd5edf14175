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
