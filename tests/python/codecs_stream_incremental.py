# The stdlib codecs' stream and incremental machinery over _codecs' UTF-8/16/32 and escape
# functions: a multi-byte sequence cut off by a chunk boundary waits for the next chunk, and
# codecs.open reads back what it wrote.
import codecs
import os


def show(expr):
    try:
        print expr, '->', repr(eval(expr))
    except Exception as e:
        print expr, '->', type(e).__name__, e

text = u'a\xe9\u20ac\U0001f600z'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
            'utf-8-sig', 'utf-7', 'unicode_escape', 'raw_unicode_escape', 'latin-1', 'ascii']:
    data = text.encode(enc, 'backslashreplace') if enc in ('latin-1', 'ascii') else text.encode(enc)
    d = codecs.getincrementaldecoder(enc)()
    pieces = [d.decode(data[i:i + 1]) for i in range(len(data))]
    pieces.append(d.decode('', True))
    e = codecs.getincrementalencoder(enc)()
    out = ''.join(e.encode(c) for c in text if enc not in ('latin-1', 'ascii')) + e.encode(u'', True)
    print enc, repr(data), repr(pieces), repr(out)
    print '  ', repr(u''.join(codecs.iterdecode(iter([data[:3], data[3:]]), enc)))

for expr in [
    "codecs.utf_8_decode('a\\xe2\\x82', 'strict', False)",
    "codecs.utf_8_decode('a\\xe2\\x82', 'strict', True)",
    "codecs.utf_8_decode('a\\xe2\\x82', 'replace', True)",
    "codecs.utf_8_decode('a\\xffb')",
    "codecs.utf_8_decode(u'abc')",
    "codecs.utf_8_decode(bytearray('ab'))",
    "codecs.utf_8_decode(buffer('abc'))",
    "codecs.utf_8_decode(42)",
    "codecs.utf_8_encode(u'\\u20ac')",
    "codecs.utf_8_encode('abc')",
    "codecs.utf_8_encode('ab\\xe9')",
    "codecs.utf_8_encode(42)",
    "codecs.utf_16_le_decode('a\\x00b', 'strict', False)",
    "codecs.utf_16_le_decode('a\\x00b', 'strict', True)",
    "codecs.utf_16_ex_decode('\\xfe\\xff\\x00a', 'strict', 0, True)",
    "codecs.utf_16_ex_decode('\\xff\\xfea\\x00', 'strict', 0, True)",
    "codecs.utf_16_ex_decode('a\\x00', 'strict', 0, True)",
    "codecs.utf_16_ex_decode('\\x00a', 'strict', 1, True)",
    "codecs.utf_16_encode(u'a', 'strict', 0)",
    "codecs.utf_16_encode(u'a', 'strict', 1)",
    "codecs.utf_16_encode(u'a', 'strict', -1)",
    "codecs.utf_32_encode(u'a')",
    "codecs.utf_32_ex_decode('\\x00\\x00\\xfe\\xff\\x00\\x00\\x00a', 'strict', 0, True)",
    "codecs.utf_32_le_decode('a\\x00\\x00', 'strict', False)",
    "codecs.ascii_decode('a\\x80', 'replace')",
    "codecs.ascii_encode(u'a\\x80', 'xmlcharrefreplace')",
    "codecs.latin_1_encode(u'a\\u0100', 'replace')",
    "codecs.latin_1_decode('\\xff')",
    "codecs.escape_encode('a\\n\\x00\\'')",
    "codecs.escape_encode(u'a')",
    "codecs.escape_decode('a\\\\n\\\\x41')",
    "codecs.unicode_escape_encode(u'a\\n\\u20ac')",
    "codecs.unicode_escape_decode('a\\\\n\\\\u20ac')",
    "codecs.raw_unicode_escape_encode(u'a\\n\\u20ac')",
    "codecs.raw_unicode_escape_decode('a\\\\u20ac\\\\n')",
    "codecs.charmap_decode('abc', 'strict', None)",
    "'\\\\u20ac'.decode('unicode_escape')",
    "u'\\u20ac'.encode('unicode_escape')",
    "'a\\\\nb'.decode('string_escape')",
]:
    show(expr)

path = '/tmp/pyston_codecs_stream_%d.txt' % os.getpid()
for enc in ['utf-8', 'utf-16', 'utf-32-be', 'cp1251']:
    f = codecs.open(path, 'w', encoding=enc)
    for i in range(30):
        f.write(u'%d: \u0436\u0438\u0437\u043d\u044c %s\n' % (i, u'\u0451' * i))
    f.close()
    f = codecs.open(path, 'r', encoding=enc)
    lines = []
    while True:
        line = f.readline()
        if not line:
            break
        lines.append(line)
    f.close()
    f = codecs.open(path, 'r', encoding=enc)
    whole = f.read()
    f.close()
    print enc, len(lines), repr(lines[7]), len(whole), whole == u''.join(lines)
os.remove(path)
