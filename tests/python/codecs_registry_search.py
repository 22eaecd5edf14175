# The codec registry: codecs.register search functions, codecs.lookup's normalization and
# errors, and str/unicode encode/decode/unicode() going through registered codecs.
import codecs

calls = []


def upper_encode(obj, errors='strict'):
    return (unicode(obj).upper().encode('ascii'), len(obj))


def upper_decode(obj, errors='strict'):
    return (unicode(str(obj)).lower(), len(obj))


def search(name):
    calls.append(name)
    if name == 'upper_codec':
        return codecs.CodecInfo(upper_encode, upper_decode, name='upper-codec')
    if name == 'types':
        def enc(o, *errors):
            print '  enc got', type(o).__name__, repr(o), errors
            return (o, len(o))

        def dec(o, *errors):
            print '  dec got', type(o).__name__, repr(str(o)), errors
            return (o, len(o))
        return (enc, dec, None, None)
    if name == 'returns_int':
        return (lambda o, e='strict': (5, 1), lambda o, e='strict': (5, 1), None, None)
    if name == 'not_a_tuple':
        return (lambda o, e='strict': 5, lambda o, e='strict': [1, 2], None, None)
    if name == 'three':
        return (1, 2, 3)
    if name == 'raises':
        raise ValueError('search failed for ' + name)
    return None

codecs.register(search)


def show(expr):
    try:
        print expr, '->', repr(eval(expr))
    except Exception as e:
        print expr, '->', type(e).__name__, e

for expr in [
    "u'abc'.encode('upper_codec')",
    "'abc'.encode('Upper_Codec')",
    "'ABC'.decode('UPPER_CODEC')",
    "u'ABC'.decode('upper codec')",
    "unicode('ABC', 'upper_codec')",
    "codecs.lookup('upper codec').name",
    "codecs.lookup('UPPER CODEC') is codecs.lookup('upper_codec')",
    "codecs.encode(u'xyz', 'upper_codec')",
    "codecs.decode('XYZ', 'upper_codec')",
    "codecs.getencoder('upper_codec')(u'hi')",
    "codecs.getdecoder('upper_codec')('HI')",
    "'abc'.encode('types')",
    "u'abc'.encode('types')",
    "'abc'.encode('types', 'ignore')",
    "'abc'.decode('types')",
    "u'abc'.decode('types', 'replace')",
    "'abc'.encode('returns_int')",
    "u'abc'.encode('returns_int')",
    "'abc'.decode('returns_int')",
    "u'abc'.decode('returns_int')",
    "unicode('abc', 'returns_int')",
    "codecs.encode(u'abc', 'returns_int')",
    "'abc'.encode('not_a_tuple')",
    "'abc'.decode('not_a_tuple')",
    "codecs.encode('abc', 'not_a_tuple')",
    "codecs.lookup('three')",
    "'abc'.encode('three')",
    "codecs.lookup('raises')",
    "codecs.lookup('no-such-codec')",
    "'abc'.encode('no such codec')",
    "u'abc'.encode('no_such_codec')",
    "'abc'.decode('no_such_codec')",
    "unicode('abc', 'no_such_codec')",
    "codecs.register(42)",
    "codecs.lookup('')",
    "codecs.lookup('utf-8').name",
    "codecs.lookup('UTF8').name",
    "codecs.lookup('latin1').name",
    "codecs.lookup('U8').name",
    "codecs.lookup('iso-8859-15').name",
    "codecs.lookup('ISO_8859-15').name",
    "codecs.lookup('cp1252').name",
    "codecs.lookup('windows-1252').name",
    "codecs.lookup('rot13').name",
    "codecs.lookup('hex').name",
    "codecs.lookup('base64').name",
    "codecs.lookup('idna').name",
    "codecs.lookup('punycode').name",
    "codecs.lookup('utf-7').name",
    "codecs.lookup('quopri').name",
    "codecs.lookup('uu').name",
    "codecs.lookup('string-escape').name",
    "codecs.lookup('undefined').name",
    "u'x'.encode('undefined')",
    "isinstance(codecs.lookup('ascii'), tuple)",
    "len(codecs.lookup('ascii'))",
]:
    show(expr)

print 'search saw', sorted(set(calls))

# A later search function only sees names the earlier ones do not know.
codecs.register(lambda name: codecs.lookup('upper_codec') if name == 'second' else None)
show("u'second'.encode('second')")
