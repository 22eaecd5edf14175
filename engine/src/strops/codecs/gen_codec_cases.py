# Generates codec_cases.txt (the expectations of the codec tests) from CPython 2.7.18:
#   PYENV_VERSION=2.7.18 python2.7 gen_codec_cases.py > codec_cases.txt
# Rows, tab-separated:
#   d <codec> <errors> <bytes>  => repr(bytes.decode(codec, errors)) or the exception
#   e <codec> <errors> <text>   => repr(text.encode(codec, errors)) or the exception
#   b <codec> <errors> <bytes>  => repr(bytes.encode(codec, errors)) for a bytes-to-bytes codec
#   l <name>                    => codecs.lookup(name).name or the exception
#   p <codec> <errors> <bytes>  => a non-final stream decode: utf-8: repr(codecs.utf_8_decode(
#                                  bytes, errors, False)); utf-16/32: repr(codecs.utf_16_ex_decode(
#                                  bytes, errors, byteorder, False)), byteorder 0/-1/1 for the
#                                  plain/-le/-be codec
# An exception is `!Class: message`, and for unicode errors ` [start,end]`.
# Text is ASCII: characters outside ' '..'~' and backslashes are written \xXX, \uXXXX, \UXXXXXXXX.
import codecs, random
random.seed(27)

def esc(x):
    if isinstance(x, str): x = x.decode('latin-1')
    def one(c):
        o = ord(c)
        if 0x20 <= o < 0x7f and c != '\\': return c
        if o < 0x100: return '\\x%02x' % o
        if o < 0x10000: return '\\u%04x' % o
        return '\\U%08x' % o
    return ''.join(one(c) for c in x)

def result(f):
    try:
        return repr(f())
    except UnicodeError as e:
        return '!%s: %s [%d,%d]' % (type(e).__name__, e, e.start, e.end)
    except Exception as e:
        return '!%s: %s' % (type(e).__name__, e)

rows = []
def dec(codec, errors, data):
    rows.append('\t'.join(['d', codec, errors, esc(data), '=> ' + esc(result(lambda: data.decode(codec, errors)))]))
def enc(codec, errors, text):
    rows.append('\t'.join(['e', codec, errors, esc(text), '=> ' + esc(result(lambda: text.encode(codec, errors)))]))

DEC_ERRORS = ['strict', 'replace', 'ignore']
ENC_ERRORS = ['strict', 'replace', 'ignore', 'xmlcharrefreplace', 'backslashreplace']

UTF8_BYTES = ['a', '\x80', '\xbf', '\xc0', '\xc2', '\xc3', '\xa9', '\xdf', '\xe0', '\xa0', '\xe2', '\x82',
              '\xac', '\xed', '\xef', '\xf0', '\x90', '\x9f', '\xf4', '\x8f', '\xf5', '\xff', '\x98']
def rand_bytes(alphabet, n):
    return ''.join(random.choice(alphabet) for _ in range(random.randint(0, n)))

for _ in range(500):
    dec('utf-8', random.choice(DEC_ERRORS), rand_bytes(UTF8_BYTES, 7))
for d in ['\xc3', '\xf0\x9f\x98', '\xc3\xc3', '\xe0\x80\x80', '\xf4\x90\x80\x80', '\xe2\x82', '\xe2\xc3',
          '\xe0\x80', '\xf0\x80', '\xed\xa0\x80', '\xed\xa0\x80\xed\xb0\x80', '\xef\xbb\xbfa', 'abc\xff']:
    for e in DEC_ERRORS:
        dec('utf-8', e, d)
        dec('utf-8-sig', e, d)
UTF16_BYTES = ['a', '\x00', '\xd8', '\xdc', '\xdb', '\xdf', '\xff', '\xfe', '\x01', '\xd7', '\xe0']
for codec in ['utf-16', 'utf-16-le', 'utf-16-be']:
    for _ in range(150):
        dec(codec, random.choice(DEC_ERRORS), rand_bytes(UTF16_BYTES, 9))
UTF32_BYTES = ['a', '\x00', '\x00', '\x00', '\x11', '\x10', '\xff', '\xfe', '\xd8', '\x01']
for codec in ['utf-32', 'utf-32-le', 'utf-32-be', 'unicode_internal']:
    for _ in range(100):
        dec(codec, random.choice(DEC_ERRORS), rand_bytes(UTF32_BYTES, 13))
for codec in ['ascii', 'latin-1']:
    for _ in range(40):
        dec(codec, random.choice(DEC_ERRORS), rand_bytes(['a', '\x7f', '\x80', '\xe9', '\xff', '\x00'], 6))
ESC_BYTES = ['\\', '\\', '\\', 'x', 'u', 'U', 'N', '{', '}', '0', '1', '7', '8', 'a', 'f', 'F', 'g',
             'n', 't', '\n', '\xe9', "'", '"', 'LATIN SMALL LETTER A', 'DIGIT ONE', 'NO SUCH NAME', '0000', '00110000', '10ffff']
for codec in ['unicode-escape', 'raw-unicode-escape', 'string-escape']:
    for _ in range(300):
        dec(codec, random.choice(DEC_ERRORS), rand_bytes(ESC_BYTES, 6))
for d in ['\\', '\\x', '\\x4', '\\x41', '\\u12', '\\U0001F600', '\\U00110000', '\\N', '\\N{', '\\N{}',
          '\\N{DIGIT ONE}', '\\N{digit one}', '\\N{NO}x', '\\101\\0\\777', '\\q', '\\\n', '\\\\u0041',
          '\\\\\\u0041', '\\u00e9', 'caf\xe9']:
    for codec in ['unicode-escape', 'raw-unicode-escape', 'string-escape']:
        for e in DEC_ERRORS + ['bogus']:
            dec(codec, e, d)

ENC_CHARS = [u'a', u'\x00', u'\x7f', u'\x80', u'\xe9', u'\xff', u'\u0100', u'\u20ac', u'\ud800', u'\udc00',
             u'\udfff', u'\U0001f600', u'\U0010ffff', u'\\', u'\n', u'\t', u"'", u'"', u'\ufeff']
for codec in ['ascii', 'latin-1', 'utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32',
              'utf-32-le', 'utf-32-be', 'unicode-escape', 'raw-unicode-escape', 'unicode_internal']:
    for _ in range(60 if codec in ('ascii', 'latin-1') else 25):
        text = u''.join(random.choice(ENC_CHARS) for _ in range(random.randint(0, 6)))
        enc(codec, random.choice(ENC_ERRORS), text)
for e in ENC_ERRORS + ['bogus']:
    enc('ascii', e, u'ab')
    enc('ascii', e, u'a\xe9\u20acb\U0001f600')
    enc('latin-1', e, u'a\xe9\u20ac\u20acb\U0001f600')
for e in DEC_ERRORS + ['bogus', 'xmlcharrefreplace', 'backslashreplace']:
    dec('ascii', e, 'ab')
    dec('ascii', e, 'a\xe9b')
    dec('utf-8', e, 'a\xe9b')
for _ in range(30):
    dec('rot13', random.choice(DEC_ERRORS), rand_bytes(['a', 'n', 'Z', 'M', '\xe9', '1'], 6))
    enc('rot13', random.choice(ENC_ERRORS), u''.join(random.choice([u'a', u'N', u'z', u'\xe9', u'\u20ac']) for _ in range(random.randint(0, 5))))
# Charmap codecs (the tests hold their tables: charmap_test_tables.rs).
for codec in ['cp1252', 'cp037']:
    for _ in range(60):
        dec(codec, random.choice(DEC_ERRORS), rand_bytes(['a', '?', '\x81', '\x8d', '\x80', '\xe9', '\xff', '\x6f'], 6))
    for _ in range(80):
        text = u''.join(random.choice(ENC_CHARS + [u'\u20ac', u'\u0153', u'?', u'&', u'#', u';', u'1']) for _ in range(random.randint(0, 6)))
        enc(codec, random.choice(ENC_ERRORS), text)
B64_BYTES = ['Y', 'W', 'J', 'j', 'a', '=', '=', '!', '\n', ' ', '+', '/', '0', '\xff']
for _ in range(300):
    data = rand_bytes(B64_BYTES, 10)
    rows.append('\t'.join(['d', 'base64', 'strict', esc(data), '=> ' + esc(result(lambda: data.decode('base64')))]))
HEX_BYTES = ['0', '9', 'a', 'F', 'g', ' ']
for _ in range(40):
    data = rand_bytes(HEX_BYTES, 6)
    errors = random.choice(['strict', 'strict', 'ignore'])
    rows.append('\t'.join(['d', 'hex', errors, esc(data), '=> ' + esc(result(lambda: data.decode('hex', errors)))]))
for n in [0, 1, 2, 3, 56, 57, 58, 114, 200]:
    data = ''.join(chr(random.randint(0, 255)) for _ in range(n))
    for codec in ['hex', 'base64']:
        rows.append('\t'.join(['b', codec, 'strict', esc(data), '=> ' + esc(result(lambda: data.encode(codec)))]))
for t in ['a\'"\\\x00\xff\t\n\r\x7f', '', 'plain']:
    rows.append('\t'.join(['e', 'string-escape', 'strict', esc(t), '=> ' + esc(result(lambda: t.encode('string-escape')))]))

ORDER = {'': 0, '-le': -1, '-be': 1}
def partial(codec, errors, data):
    if codec == 'utf-8':
        f = lambda: codecs.utf_8_decode(data, errors, False)
    else:
        base, order = codec[:6], codec[6:]
        fn = codecs.utf_16_ex_decode if base == 'utf-16' else codecs.utf_32_ex_decode
        f = lambda: fn(data, errors, ORDER[order], False)
    rows.append('\t'.join(['p', codec, errors, esc(data), '=> ' + esc(result(f))]))
for _ in range(150):
    partial('utf-8', random.choice(DEC_ERRORS), rand_bytes(UTF8_BYTES, 7))
for codec in ['utf-16', 'utf-16-le', 'utf-16-be']:
    for _ in range(80):
        partial(codec, random.choice(DEC_ERRORS), rand_bytes(UTF16_BYTES, 9))
for codec in ['utf-32', 'utf-32-le', 'utf-32-be']:
    for _ in range(60):
        partial(codec, random.choice(DEC_ERRORS), rand_bytes(UTF32_BYTES, 13))
for d in ['', '\xff', '\xff\xfe', '\xfe\xff\x00', '\xff\xfe\x00\x00', '\x00\x00\xfe\xff\x00']:
    for codec in ['utf-16', 'utf-32']:
        partial(codec, 'strict', d)

for n in ['UTF8', 'utf_8', 'U8', 'latin_1', 'iso8859-1', '646', 'us-ascii', 'UTF-16LE', 'utf 8', 'Latin-1',
          'L1', 'iso-8859-1', 'iso_8859_1', 'utf', 'utf8_ucs4', 'unicode-internal', 'unicodeinternal',
          'string_escape', 'ascii ', ' utf-8', 'utf--8', 'utf.8', '', 'u16', 'utf_16_le', 'UTF-32BE',
          'U32', 'utf32', 'ANSI_X3.4-1968', 'ansi_x3.4_1968', 'iso_646.irv:1991', 'utf-8-sig', 'UTF_8_SIG',
          'raw_unicode_escape', 'Unicode-Escape', 'unicodelittleunmarked', 'foo', 'latin',
          '8859', 'CP819', 'utf-16be', 'utf_32le', 'utf8 ', 'u\xe9', 'hex', 'HEX', 'base64', 'base-64',
          'base64_codec', 'hex_codec', 'rot13', 'ROT-13', 'rot_13']:
    rows.append('\t'.join(['l', esc(n), '=> ' + esc(result(lambda: codecs.lookup(n).name))]))
print '\n'.join(rows)
