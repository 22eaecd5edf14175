# -*- coding: utf-8 -*-
s = u'Gr\xfc\xdfe, W\xf6rld'
print repr(s), len(s)
print repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.swapcase())
print repr(s.split(u',')), repr(s[2:5]), repr(s[::-1])
print s.find(u'\xf6'), s.count(u'r'), s.startswith(u'Gr'), s.endswith('rld')
print repr(s.replace(u'\xfc', u'ue')), repr(u'-'.join([u'a', 'b', u'\xe9']))
print u'123'.isdigit(), u'\u0663'.isdigit(), u'\u0663'.isnumeric(), u'\xbd'.isnumeric(), u'12'.isdecimal()
print u'abc'.isalpha(), u'\xe9t\xe9'.isalpha(), u' \u2003'.isspace(), u'\u4e2d'.isalpha()
print repr(u'  x  '.strip()), repr(u'\u3000y\u3000'.strip()), repr(u'a\u2028b'.splitlines())
print repr(u'abc'.center(7, u'*')), repr(u'x'.zfill(3)), repr(u'%s-%d' % (u'\xe9', 5))
print ord(u'\u20ac'), repr(unichr(0x20ac)), repr(unichr(233)), repr(unichr(0x10000))
try:
    unichr(0x110000)
except ValueError, e:
    print 'ValueError:', e
lit = u'日本語'
print len(lit), repr(lit), repr(lit.encode('utf-8'))
raw = ur'\n\u00e9'
print len(raw), repr(raw)
print repr(u'a\tb'.expandtabs(4)), repr(u'ABC'.translate({ord(u'A'): u'x', ord(u'B'): None}))
print repr(u'x'.join(u'abc')), repr(u'a,b'.partition(u',')), repr(u'hello'.capitalize())
print sorted([u'b', u'a', u'\xe9', u'Z']), max(u'abc'), u'a' < u'b', u'\xe9' > u'z'
print repr(unicode(5)), repr(unicode(1.5)), repr(unicode([1])), repr(unicode(u'x'))
d = {u'key': 1, 'other': 2}
print d['key'], d[u'other'], hash(u'abc') == hash('abc')
print repr(u'%r' % u'\xe9'), repr('%s' % u'\xe9')
print repr(u'\N{LATIN SMALL LETTER E WITH ACUTE}'), repr(u'\x41\101')
print isinstance(u'', basestring), isinstance('', basestring), issubclass(unicode, basestring)
print repr(u'abc'.encode('rot13')) if False else repr(u'\xe9abc'.rjust(6)), repr(u'ab'.ljust(4, u'.'))
