u = u'caf\xe9 \u20ac'
print repr(u), len(u)
print repr(u.encode('utf-8')), repr(u.encode('latin-1', 'replace')), repr(u.encode('ascii', 'ignore'))
print repr(u.encode('ascii', 'replace')), repr(u.encode('ascii', 'xmlcharrefreplace'))
print repr(u.encode('ascii', 'backslashreplace'))
for enc in ['ascii', 'latin-1']:
    try:
        u.encode(enc)
    except UnicodeEncodeError, e:
        print 'UnicodeEncodeError:', e
        print e.encoding, e.start, e.end, e.reason
b = 'caf\xc3\xa9'
print repr(b.decode('utf-8')), repr(b.decode('latin-1')), repr(b.decode('ascii', 'ignore')), repr(b.decode('ascii', 'replace'))
try:
    b.decode('ascii')
except UnicodeDecodeError, e:
    print 'UnicodeDecodeError:', e
try:
    '\xff\xfe'.decode('utf-8')
except UnicodeDecodeError, e:
    print 'UnicodeDecodeError:', e
try:
    '\xe9t\xe9'.decode('utf-8')
except UnicodeDecodeError, e:
    print 'UnicodeDecodeError:', e
try:
    'abc\xc3'.decode('utf-8')
except UnicodeDecodeError, e:
    print 'UnicodeDecodeError:', e
try:
    unicode('\x80abc')
except UnicodeDecodeError, e:
    print 'UnicodeDecodeError:', e
try:
    str(u'\xe9')
except UnicodeEncodeError, e:
    print 'UnicodeEncodeError:', e
try:
    'abc' + u'\xe9' + '\xe9'
except UnicodeDecodeError, e:
    print 'UnicodeDecodeError:', e
try:
    u'x'.encode('no-such-codec')
except LookupError, e:
    print 'LookupError:', e
try:
    u'x'.encode('ascii', 'bogus-handler')
except LookupError, e:
    print 'LookupError:', e
print repr(unicode('abc')), repr(unicode('\xe9', 'latin-1')), repr(unicode('\xe9', 'ascii', 'replace'))
print repr(u'\u1234'.encode('utf-16-le')), repr(u'A'.encode('utf-16')), repr(u'\U00010000'.encode('utf-8'))
print repr('\xf0\x90\x80\x80'.decode('utf-8')), len('\xf0\x90\x80\x80'.decode('utf-8'))
print repr(u'\xe9'.encode('utf8')), repr(u'abc'.encode()), repr('hi'.encode('hex')), repr('6869'.decode('hex'))
print repr('a b'.encode('base64')), repr(u'\xe9'.encode('unicode-escape')), repr('\\u00e9'.decode('unicode-escape'))
print repr('\xe9'.encode('string-escape')), repr(u'\xe9\n'.encode('raw_unicode_escape'))
print 'abc' == u'abc', 'abc' + u'd', type('a' + u'b').__name__
print u'abc'.upper(), u'\xe9'.upper() == u'\xc9', repr(u'\xdf'.upper()), repr(u'\u0130'.lower())
