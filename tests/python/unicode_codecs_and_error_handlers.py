# str.decode / unicode.encode across codecs and error handlers.
def t(label, f):
    try:
        print label, repr(f())
    except Exception as e:
        print label, type(e).__name__, e

u = u'A\xe9\u20ac\U0001f600z'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'UTF8',
            'unicode_escape', 'raw_unicode_escape', 'utf_8_sig']:
    b = u.encode(enc)
    print enc, repr(b), b.decode(enc) == u
for enc in ['latin-1', 'ascii', 'cp1252', 'cp437', 'koi8_r', 'mac_roman', 'iso8859_15', 'cp850']:
    for errors in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace']:
        t('%s/%s' % (enc, errors), lambda: u.encode(enc, errors))
data = 'ok\x80\x81\xff\xe9\xc3\xa9end'
for enc in ['ascii', 'utf-8', 'cp1252', 'latin-1', 'koi8-r', 'cp437', 'utf-16', 'utf-32']:
    for errors in ['strict', 'ignore', 'replace']:
        t('decode %s/%s' % (enc, errors), lambda: data.decode(enc, errors))
t('decode xmlcharref', lambda: data.decode('ascii', 'xmlcharrefreplace'))
t('unknown codec', lambda: u'x'.encode('no-such'))
t('unknown handler clean', lambda: u'x'.encode('ascii', 'nope'))
t('unknown handler dirty', lambda: u'\xe9'.encode('ascii', 'nope'))
t('hex', lambda: 'hi\x00'.encode('hex'))
t('unhex', lambda: '68690a'.decode('hex'))
t('unhex odd', lambda: '686'.decode('hex'))
t('base64', lambda: 'hello world'.encode('base64'))
t('unbase64', lambda: 'aGVsbG8=\n'.decode('base64'))
t('u hex', lambda: u'abc'.encode('hex'))
t('u unhex', lambda: u'616263'.decode('hex'))
t('u hex non-ascii', lambda: u'\xe9'.encode('hex'))
t('rot13', lambda: 'Hello'.encode('rot13'))
t('rot13 decode', lambda: 'Uryyb'.decode('rot13'))
t('string_escape', lambda: 'a\n\x00\'"\\'.encode('string_escape'))
t('string_escape decode', lambda: 'a\\n\\x41\\\\'.decode('string_escape'))
t('str encode utf8', lambda: 'abc'.encode('utf-8'))
t('str encode utf8 high', lambda: '\xe9'.encode('utf-8'))
t('u decode utf8', lambda: u'abc'.decode('utf-8'))
t('u decode high', lambda: u'\xe9'.decode('utf-8'))
t('unicode() hex', lambda: unicode('616263', 'hex'))
t('unicode() unicode', lambda: unicode(u'abc', 'utf-8'))
t('unicode() int', lambda: unicode(1, 'utf-8'))
t('unicode() errors kw', lambda: unicode('a\xffb', errors='ignore'))
t('unicode() encoding kw', lambda: unicode(string='a\xe9', encoding='latin-1'))
t('surrogate utf8', lambda: u'\ud800'.encode('utf-8'))
t('surrogate pair utf8', lambda: u'\ud83d\ude00'.encode('utf-8'))
t('decode surrogate', lambda: '\xed\xa0\x80'.decode('utf-8'))
t('truncated utf16', lambda: 'a\x00b'.decode('utf-16-le'))
t('utf-16 bom be', lambda: '\xfe\xff\x00a'.decode('utf-16'))
t('unicode_escape bad', lambda: '\\u12'.decode('unicode_escape'))
t('unicode_escape N', lambda: '\\N{SNOWMAN}'.decode('unicode_escape'))
try:
    u'ab\u20acc\u20ac'.encode('latin-1')
except UnicodeEncodeError as e:
    print e.encoding, e.start, e.end, e.reason, repr(e.object), e.args[1:4]
try:
    'ab\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print e.encoding, e.start, e.end, e.reason, repr(e.object)
