print '%d %i %u' % (42, -42, 7)
print '%o %x %X %#o %#x %#X' % (64, 255, 255, 64, 255, 255)
print '%e %E %f %F %g %G' % (12345.678, 12345.678, 1.5, 1.5, 0.00001234, 1e20)
print '%c %c %s %r %%' % ('a', 65, 'str', 'str')
print '%5d|%-5d|%05d|%+d|% d|%+5d' % (42, 42, 42, 42, 42, -42)
print '%.2f|%8.3f|%-8.1f|%08.2f|%+.1f' % (3.14159, 3.14159, 3.14159, -3.14159, 2.0)
print '%10s|%-10s|%.2s|%5.1s|' % ('right', 'left', 'truncate', 'xyz')
print '%*d|%-*d|%.*f' % (6, 1, 6, 2, 3, 2.71828)
print '%(name)s is %(age)d years, %(name)r' % {'name': 'Ann', 'age': 30}
print '%s' % [1, 2], '%s' % (1,), '%s %s' % (1, 2), '%s' % ((1, 2),)
print '%d' % 3.99, '%d' % -3.99, '%x' % 2 ** 70, '%d' % 10L, '%s' % 10L, '%r' % 10L
print '%s %s' % (None, True), '%d' % True, '%.3s' % None
print '%e' % 0, '%g' % 100000, '%g' % 1000000, '%g' % 1e-5, '%.3g' % 3.14159, '%#g' % 1.0
print '%x' % -255, '%o' % -8, '%#x' % 0
print '%s' % u'unicode', type('%s' % u'x').__name__, type(u'%s' % 'x').__name__
print '%5s|%-6r|' % (u'ab', 'c')
print '%c' % 10 == '\n', '%c' % u'\xe9' == u'\xe9'
for fmt, args in [('%d', ('x',)), ('%s %s', (1,)), ('%s', (1, 2)), ('%z', (1,)), ('%(k)s', (1,)),
                  ('%c', ('ab',)), ('%d', ([],)), ('%(a)s %s', {'a': 1}), ('%c', (-1,)), ('%', ())]:
    try:
        print repr(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError), e:
        print fmt, type(e).__name__, e
print '%s' % {'a': 1}, '%(a)s' % {'a': 1}
print '%-+8.2f|' % 3.14159, '% 05d' % 3, '%+05d' % 3
print '%.0f %.0f %.0f %.0f' % (0.5, 1.5, 2.5, -0.5)
print '%.15g %.17g' % (0.1, 0.1)
print '%10.4e|%-12.3E|' % (123.456, 0.000123)
print '%f %f %f' % (float('inf'), float('-inf'), float('nan')), '%5.1f' % float('inf')
print '%i%%' % 50, '%s%s%s' % tuple('abc')
