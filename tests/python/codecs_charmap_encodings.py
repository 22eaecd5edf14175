# The stdlib charmap codecs (encodings.cp*/mac_*/koi8_*/iso8859_*) through str/unicode methods
# and the codecs module, and _codecs.charmap_encode/charmap_decode/charmap_build themselves.
import codecs
import _codecs

# A 256-entry decoding table as the encodings modules have, with 'a' and '\xe9' swapped and
# 0x80 the euro sign.
swapped = u''.join(unichr(i) for i in range(256))
swapped = swapped[:0x61] + u'\xe9' + swapped[0x62:0x80] + u'\u20ac' + swapped[0x81:0xe9] + u'a' + swapped[0xea:]
swapped_map = _codecs.charmap_build(swapped)

text = u'Gr\xfc\xdfe \u20ac \xe9t\xe9 \u0436'


def show(expr):
    try:
        print expr, '->', repr(eval(expr))
    except Exception as e:
        print expr, '->', type(e).__name__, e

for enc in ['cp1252', 'cp1251', 'cp437', 'cp850', 'cp866', 'koi8_r', 'koi8-u', 'mac_roman',
            'mac-cyrillic', 'iso8859_15', 'latin9', 'iso8859-5', 'cp037', 'hp_roman8',
            'tis-620', 'mac_greek', 'cp1250', 'cp1255']:
    print enc, repr(text.encode(enc, 'replace')), repr(text.encode(enc, 'ignore'))
    b = ''.join(chr(i) for i in range(0x80, 0x100))
    d = b.decode(enc, 'replace')
    print '  ', len(d), repr(d[:12]), repr(unicode(b, enc, 'ignore')[-6:])
    print '  ', repr(codecs.lookup(enc).name), repr(codecs.encode(u'Abc', enc))

for expr in [
    "u'\\u20ac'.encode('cp1252')",
    "'\\x80\\x81'.decode('cp1252')",
    "'\\x80\\x81'.decode('cp1252', 'replace')",
    "'\\x80\\x81'.decode('cp1252', 'ignore')",
    "u'\\u0100'.encode('cp1252')",
    "u'a\\u0100\\u0101b'.encode('cp1252', 'xmlcharrefreplace')",
    "u'a\\u0100\\u0101b'.encode('cp1252', 'backslashreplace')",
    "u'\\u0436'.encode('koi8_r')",
    "'\\xd6'.decode('koi8_r')",
    "u'\\xe9'.encode('mac_roman')",
    "u'\\xe9'.encode('cp437')",
    "'\\x82'.decode('cp437')",
    "codecs.getencoder('cp1252')(u'\\u20ac\\u20ac')",
    "codecs.getdecoder('cp1252')('\\x80\\x80')",
    "codecs.lookup('cp1252').encode(u'a\\u0100', 'replace')",
    "codecs.lookup('cp1252').decode('a\\x81', 'replace')",
    "codecs.getincrementalencoder('cp1252')().encode(u'\\u20ac')",
    "codecs.getincrementaldecoder('koi8_r')().decode('\\xd6', True)",
    "list(codecs.iterencode([u'a', u'\\u20ac', u'b'], 'cp1252'))",
    "list(codecs.iterdecode(['a', '\\x80'], 'cp1252'))",
    "_codecs.charmap_decode('abc')",
    "_codecs.charmap_decode('ab\\xff', 'strict', None)",
    "_codecs.charmap_decode('abc', 'strict', u'xyz\\ufffe')",
    "_codecs.charmap_decode('abcd', 'replace', u'xyz\\ufffe')",
    "_codecs.charmap_decode('abcd', 'ignore', u'xyz')",
    "_codecs.charmap_decode('abcd', 'strict', u'xyz')",
    "_codecs.charmap_decode('ab', 'strict', {97: u'A', 98: 0x42})",
    "_codecs.charmap_decode('abc', 'replace', {97: u'A', 98: None})",
    "_codecs.charmap_decode('ab', 'strict', {97: u'xy', 98: u''})",
    "_codecs.charmap_encode(u'abc')",
    "_codecs.charmap_encode(u'ab\\u0100', 'strict')",
    "_codecs.charmap_encode(u'abc', 'strict', {97: 65, 98: 'BB', 99: None})",
    "_codecs.charmap_encode(u'abd', 'replace', {97: 65, 98: 'BB', 63: 33})",
    "_codecs.charmap_encode(u'abd', 'ignore', {97: 65, 98: 66})",
    "_codecs.charmap_encode(u'abd', 'strict', {97: 65, 98: 66})",
    "_codecs.charmap_decode('a', 'strict', {97: 0xfffe})",
    "_codecs.charmap_decode('a', 'strict', {97: u'\\ufffe'})",
    "_codecs.charmap_decode('a', 'strict', {97: u'xy'})",
    "_codecs.charmap_decode('a', 'strict', [u'x'] * 97 + [u'A'])",
    "_codecs.charmap_decode('a', 'strict', 'x' * 98)",
    "_codecs.charmap_decode('a', 'strict', {97: -1})",
    "_codecs.charmap_decode('a', 'strict', {97: 0x110000})",
    "_codecs.charmap_decode('a', 'strict', {97: 3.5})",
    "_codecs.charmap_decode('a\\x80\\x81b', 'replace', {97: 65, 98: 66})",
    "_codecs.charmap_encode(u'a', 'strict', {97: 'xy'})",
    "_codecs.charmap_encode(u'a', 'strict', {97: ''})",
    "_codecs.charmap_encode(u'a', 'strict', {97: -1})",
    "_codecs.charmap_encode(u'a', 'strict', {97: 300})",
    "_codecs.charmap_encode(u'a', 'strict', [65] * 98)",
    "_codecs.charmap_encode(u'a', 'strict', {97: u'x'})",
    "_codecs.charmap_encode(u'a\\u0100\\u0101b\\u0102', 'replace', {97: 65, 98: 66, 63: 33})",
    "_codecs.charmap_encode(u'a\\u0100', 'replace', {97: 65})",
    "_codecs.charmap_encode(u'a\\u0100\\u0101b', 'xmlcharrefreplace', dict((i, i) for i in range(128)))",
    "_codecs.charmap_build('abc')",
    "_codecs.charmap_encode(u'a\\xe9\\u20ac', 'strict', swapped_map)",
    "_codecs.charmap_encode(u'a\\u0100', 'replace', swapped_map)",
    "_codecs.charmap_decode('a\\xe9\\x80', 'strict', swapped)",
]:
    show(expr)

# Stream reading and writing through codecs.open.
import os

path = "/tmp/pyston_codecs_charmap_%d.txt" % os.getpid()
f = codecs.open(path, 'w', encoding='cp1252')
f.write(u'line one \u20ac\n')
f.write(u'line two \xe9\n')
f.close()
print repr(open(path, 'rb').read())
f = codecs.open(path, 'r', encoding='cp1252')
print [repr(l) for l in f.readlines()]
f.close()
f = codecs.open(path, 'r', encoding='koi8-r')
print repr(f.read())
f.close()
w = codecs.getwriter('mac_roman')(open(path, 'wb'))
w.write(u'caf\xe9')
w.close()
r = codecs.getreader('mac_roman')(open(path, 'rb'))
print repr(r.read())
r.close()
os.remove(path)


# charmap_encode with the encoding maps the encodings modules build (charmap_build).
import encodings.cp1252
import encodings.cp1006
for table in [encodings.cp1252.encoding_table, encodings.cp1006.encoding_table]:
    for args in [(u'\ufffe', 'strict'), (u'ab\u20ac', 'strict'), (u'a\u0100\u0101b', 'replace'),
                 (u'a\u0100\u0101b', 'xmlcharrefreplace'), (u'a\u0100\u0101b', 'ignore'),
                 ('abc', 'strict'), (u'a\u0100\u0101b', 'test.charmap')]:
        try:
            print repr(args), repr(_codecs.charmap_encode(args[0], args[1], table))
        except Exception as e:
            print repr(args), type(e).__name__, e
        if args[1] == 'ignore':
            codecs.register_error('test.charmap', lambda e: (u'<%d-%d>' % (e.start, e.end), e.end))
big = u'\u0436\xe9abc' * 2000
print len(codecs.getencoder('cp1251')(big, 'replace')[0]), len(codecs.getdecoder('cp1251')('\xe6' * 10000)[0])
