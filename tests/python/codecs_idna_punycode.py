# IDNA and punycode from the stdlib encodings package (encodings.idna uses stringprep and
# unicodedata), plus other stdlib codecs: rot13, hex, base64, utf-7, quopri.
import codecs


def show(expr):
    try:
        print expr, '->', repr(eval(expr))
    except Exception as e:
        print expr, '->', type(e).__name__, e

for expr in [
    "u'b\\xfccher.de'.encode('idna')",
    "u'B\\xfcCHER.DE'.encode('idna')",
    "'xn--bcher-kva.de'.decode('idna')",
    "u'xn--bcher-kva.de'.decode('idna')",
    "u'\\u4f8b\\u3048.\\u30c6\\u30b9\\u30c8'.encode('idna')",
    "'xn--r8jz45g.xn--zckzah'.decode('idna')",
    "u'www.example.com'.encode('idna')",
    "'abc'.encode('idna')",
    "'abc'.decode('idna')",
    "u'a..b'.encode('idna')",
    "u''.encode('idna')",
    "u'example.com.'.encode('idna')",
    "u'\\u30c6\\u30b9\\u30c8\\u3002jp'.encode('idna')",
    "u'x' * 64 + u'.com'",
    "(u'x' * 64 + u'.com').encode('idna')",
    "u'b\\xfccher'.encode('punycode')",
    "'bcher-kva'.decode('punycode')",
    "u'\\u4f8b\\u3048'.encode('punycode')",
    "u'abc'.encode('punycode')",
    "'abc-'.decode('punycode')",
    "'bcher-kva!'.decode('punycode')",
    "'bcher-kva!'.decode('punycode', 'ignore')",
    "codecs.lookup('idna').name",
    "codecs.getencoder('idna')(u'b\\xfccher.de')",
    "codecs.getdecoder('idna')('xn--bcher-kva.de')",
    "codecs.getincrementalencoder('idna')().encode(u'b\\xfccher.', False)",
    "codecs.getincrementaldecoder('idna')().decode('xn--bcher-kva.', True)",
    "list(codecs.iterencode([u'b\\xfccher', u'.de'], 'idna'))",
    "'abc'.encode('rot13')",
    "u'Hello'.encode('rot_13')",
    "'Uryyb'.decode('rot13')",
    "'x'.encode('hex')",
    "'\\x00\\xff'.encode('hex_codec')",
    "'00ff'.decode('hex')",
    "'x'.encode('base64')",
    "'eA=='.decode('base64')",
    "u'x'.encode('base64')",
    "u'A\\u20acB'.encode('utf-7')",
    "'A+IKw-B'.decode('utf-7')",
    "'a=b\\xe9'.encode('quopri')",
    "'a=3Db=E9'.decode('quopri')",
    "'ab\\n\\x01'.encode('string_escape')",
    "codecs.encode('abc', 'rot13')",
    "codecs.decode('616263', 'hex')",
    "u'\\xe9'.encode('shift_jis') if False else 'skipped'",
]:
    show(expr)

# utf-7 through the codecs machinery, including the incremental decoder and errors.
for expr in [
    "u'Hi Mom -\\u263a-!'.encode('utf-7')",
    "u'A+B\\\\~'.encode('utf-7')",
    "u'\\U0001f600x'.encode('utf-7')",
    "'+2D3eAA-x'.decode('utf-7')",
    "'Hi Mom -+Jjo--!'.decode('utf-7')",
    "'a+b'.decode('utf-7')",
    "'a+AGE'.decode('utf-7')",
    "'a+AGEx'.decode('utf-7', 'replace')",
    "'a\\x80b'.decode('utf-7')",
    "'a\\x80b'.decode('utf-7', 'ignore')",
    "'+AB-'.decode('utf-7')",
    "'+AB-'.decode('utf-7', 'replace')",
    "codecs.utf_7_decode('a+AGE', 'strict', False)",
    "codecs.utf_7_decode('a+AGEAYg-c', 'strict', False)",
    "codecs.getincrementaldecoder('utf-7')().decode('a+AG')",
]:
    show(expr)
