# Aligning numbers for reports, both with % and str.format.
print '[%6.1f%%]' % 12.345, '[{:>7.1%}]'.format(0.12345)
print '%08.3f|%-8.3f|%+.0f' % (-3.14159, 3.14159, 2.5)
for label, value in [('one', 1), ('ten', 10.0), ('big', 12345.678)]:
    print '%-5s|%8.2f|%-8d|' % (label, value, value), '{0:<5}|{1:>8.2f}|{1:^9.1f}|'.format(label, value)
nums = [0, 1, -1, 42, -42, 3.14159, -2.71828, 1e10, 1e-10, 123456789, 2 ** 40, 0.5]
for n in nums:
    print '|%10s|%-10s|%+10s|' % (n, n, n),
    print '{0:>12}|{0:<12}|{0:^12}|'.format(n)
for n in [0, 7, -7, 255, 65535]:
    print '{0:d} {0:5d} {0:<5d}| {0:x} {0:#06x} {0:o} {0:b} {0:,}'.format(n)
for f in [0.0, 1.0, -1.5, 3.14159, 1234.5678, 1e-5, 1e21, float('inf')]:
    print '{0:f} {0:.2f} {0:10.3f} {0:e} {0:.3e} {0:g} {0:.3g} {0:%}'.format(f)
print '{:+d} {:+d} {: d} {: d}'.format(5, -5, 5, -5)
print '{:*<8} {:*>8} {:*^8}'.format('ab', 'ab', 'ab')
print '{:08.3f} {:+08.2f} {:=+10d}'.format(3.14159, -2.5, 42)
print '%s %s %s' % (1.0, 10.0, 100000000000.0), str(1e11), str(1e12), repr(1e11)
print '%.2f%%' % 45.678, '{:.1%}'.format(0.4567)
print '%5.2s|%-5.2s|' % ('abc', 'abc'), '{:5.2}|{:<5.2}|'.format('abc', 'abc')
print '{0!r:>10} {0!s:>10}'.format('q')
print '{:,.2f}'.format(-1234567.891), '{:,}'.format(-1234), '{:_^15,}'.format(1234567) if False else ''
