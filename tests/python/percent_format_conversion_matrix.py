# Every %-conversion of a str and a unicode format against a pool of argument kinds.
fmts = ['%s', '%r', '%5s', '%-5s|', '%.2s', '%c', '%d', '%5.1f', '%x', '%#o', '%%', '%(a)s', '%*d', '%-*.*s|', '%e', '%i', '%z', '%', '%s %s', '%(a)s %(b)r', '%03d', '%+.3g', '% d', '%#x', '%X', '%u', '%ld', '%.0f', '%10.4e']
args = [1, -2, 3.5, 'ab', u'\xe9x', None, (1,), (1, 2), ('a', 'b', 'c'), (), {'a': 1, 'b': u'\xe9'}, [1], 2**70, (5, 'x'), (3, 2, 'abcdef'), '\xe9', u'', 65, 0x10ffff, True]
for f in fmts:
    for uf in (f, unicode(f)):
        for a in args:
            try:
                r = uf % a
                out = repr(r) + ' ' + type(r).__name__
            except Exception as e:
                out = '%s: %s' % (type(e).__name__, e)
            print repr(uf), repr(a), out
