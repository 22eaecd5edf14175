# -*- coding: utf-8 -*-
print repr('\x41\101\n\t\\\'\"'), len('\x41\101')
print repr('\a\b\f\v\0'), repr('\777'[0]) if False else repr('\7')
print repr(r'\n\t\x41'), len(r'\n'), repr(r'a\'b'), repr(R'raw')
print repr(u'\u00e9\U0001F600\N{BULLET}\x41'), len(u'\U0001F600')
print repr(ur'\u00e9 stays'), len(ur'\u00e9')
print repr('é'), len('é'), repr(u'é'), len(u'é')
print repr('''triple
quoted 'single' "double"'''), repr("""also ''' inside""")
print repr('implicit' ' concatenation' "mixed"), repr('a' u'b')
s = 'line one \
continued'
print repr(s)
total = (1 +
         2 +
         3)
print total, [1,
              2], {'a':
                   1}
print repr('\q unknown escape'), repr('\%'), len('\q')
print repr(b'bytes literal'), type(b'x').__name__, repr(br'\n')
print 0x1F, 0X1f, 017, 0o17, 0b101, 0B11, 10L, 0xFFL, 1e3, 1E-3, 1., .5, 3j, 1.5J, 00, 0L
print 1 if 0 else 2, 0xff == 255, 1e0 == 1, 0.1e1
print repr(''), repr(""), repr(''''''), repr(u''), len('' ''), 'a' 'b' 'c'
print '%s' % '\x00'.join('ab') == 'a\x00b', repr(chr(0) * 2)
print u'\N{GREEK SMALL LETTER ALPHA}' == u'\u03b1', repr(u'\N{LATIN CAPITAL LETTER A}')
