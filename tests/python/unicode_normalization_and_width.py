import unicodedata
s = u'Caf\xe9 na\xefve \u212b'
print repr(unicodedata.normalize('NFD', s)), len(unicodedata.normalize('NFD', s))
print repr(unicodedata.normalize('NFC', unicodedata.normalize('NFD', s)))
print repr(unicodedata.normalize('NFKC', u'\ufb01 \u2460 \uff21'))
for ch in [u'a', u'\xe9', u'\u20ac', u'1', u'\u0663', u' ', u'\u4e2d']:
    print repr(ch), unicodedata.category(ch), unicodedata.name(ch, '?'), unicodedata.decimal(ch, None), unicodedata.east_asian_width(ch)
print unicodedata.lookup('SNOWMAN') == u'\u2603', unicodedata.numeric(u'\xbd'), unicodedata.digit(u'7')
def strip_accents(text):
    return u''.join(c for c in unicodedata.normalize('NFD', text) if unicodedata.category(c) != 'Mn')
print repr(strip_accents(u'\xc0 la cr\xe8me br\xfbl\xe9e'))
try:
    unicodedata.name(u'\x00')
except ValueError, e:
    print 'ValueError:', e
words = [u'\xe9clair', u'apple', u'zebra', u'\xc9cole', u'eagle']
print [repr(w) for w in sorted(words)]
print [repr(w) for w in sorted(words, key=strip_accents)]
print [repr(w) for w in sorted(words, key=lambda w: strip_accents(w).lower())]
print repr(u'\u00df'.upper()), repr(u'STRASSE'.lower()), u'\u01c5'.istitle(), repr(u'\u01c4'.title())
