import _codecs as c
def search(name):
    if name == 'myutf8':
        return (c.utf_8_encode, c.utf_8_decode, None, None)
c.register(search)
print c.lookup('MyUTF8')[0] is c.utf_8_encode, repr(c.encode(u'h\xe9', 'myutf8')), repr(c.decode('h\xc3\xa9', 'myutf8'))
print repr(c.utf_16_le_encode(u'ab\U0001f600')), repr(c.utf_16_le_decode('a\x00b\x00')), repr(c.utf_16_encode(u'a'))
print repr(c.utf_16_decode('\xff\xfea\x00')), repr(c.utf_16_be_decode('\x00a'))
print repr(c.escape_decode('a\\nb\\x41\\101')), repr(c.unicode_escape_decode('\\u20ac\\n')), repr(c.raw_unicode_escape_encode(u'a\u20ac'))
try:
    c.lookup('no-such-codec')
except LookupError, ex:
    print 'UnicodeEncodeError:', ex
print c.lookup_error('strict') is c.lookup_error('strict'), repr(u'h\xe9'.encode('ascii', 'xmlcharrefreplace'))
print repr(c.latin_1_encode(u'\xff')), repr(c.ascii_decode('abc')), repr(c.unicode_escape_encode(u"a'\xe9\n"))
