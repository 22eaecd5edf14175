# codecs.register_error / lookup_error: custom handlers called by the built-in codecs (ascii,
# latin-1, utf-8, charmap, utf-16...) and by stdlib codecs, with CPython's checks of what a
# handler returns.
import codecs

seen = []


def tag(exc):
    seen.append((type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason))
    return (u'<%d:%d>' % (exc.start, exc.end), exc.end)

codecs.register_error('test.tag', tag)
codecs.register_error('test.skip2', lambda exc: (u'', exc.start + 2))
codecs.register_error('test.back', lambda exc: (u'!', -1))
codecs.register_error('test.far', lambda exc: (u'', 100))
codecs.register_error('test.notuple', lambda exc: u'x')
codecs.register_error('test.strres', lambda exc: ('x', exc.end))
codecs.register_error('test.floatpos', lambda exc: (u'x', 1.5))
codecs.register_error('test.unencodable', lambda exc: (u'\u20ac', exc.end))


def raiser(exc):
    raise ValueError('handler refused %s' % exc.__class__.__name__)

codecs.register_error('test.raise', raiser)


def show(expr):
    try:
        print expr, '->', repr(eval(expr))
    except Exception as e:
        print expr, '->', type(e).__name__, e

for expr in [
    "codecs.lookup_error('test.tag') is tag",
    "codecs.lookup_error('strict')",
    "codecs.lookup_error('ignore')(UnicodeEncodeError('ascii', u'a\\xe9b', 1, 2, 'r'))",
    "codecs.lookup_error('replace')(UnicodeEncodeError('ascii', u'a\\xe9\\xe9b', 1, 3, 'r'))",
    "codecs.lookup_error('replace')(UnicodeDecodeError('ascii', 'a\\xe9b', 1, 2, 'r'))",
    "codecs.lookup_error('xmlcharrefreplace')(UnicodeEncodeError('ascii', u'a\\u20acb', 1, 2, 'r'))",
    "codecs.lookup_error('backslashreplace')(UnicodeEncodeError('ascii', u'a\\u20acb', 1, 2, 'r'))",
    "codecs.lookup_error('xmlcharrefreplace')(UnicodeDecodeError('ascii', 'a\\xe9b', 1, 2, 'r'))",
    "codecs.lookup_error('strict')(UnicodeDecodeError('ascii', 'a\\xe9b', 1, 2, 'r'))",
    "codecs.lookup_error('no.such.handler')",
    "codecs.register_error('x', 42)",
    "u'a\\xe9b\\u20acc'.encode('ascii', 'test.tag')",
    "u'a\\xe9\\xe8b'.encode('ascii', 'test.tag')",
    "u'a\\u20acb'.encode('latin-1', 'test.tag')",
    "u'a\\u0100b'.encode('cp1252', 'test.tag')",
    "u'a\\u0100b'.encode('koi8_r', 'test.tag')",
    "'a\\xe9b'.decode('ascii', 'test.tag')",
    "'a\\xffb'.decode('utf-8', 'test.tag')",
    "'a\\xe2\\x82'.decode('utf-8', 'test.tag')",
    "'a\\x81b'.decode('cp1252', 'test.tag')",
    "'a\\x00b'.decode('utf-16-le', 'test.tag')",
    "'\\\\N{NOPE}'.decode('unicode_escape', 'test.tag')",
    "unicode('a\\xe9', 'ascii', 'test.tag')",
    "'abc\\xe9'.decode('ascii', 'test.skip2')",
    "'\\xe9abcd'.decode('ascii', 'test.skip2')",
    "u'\\xe9abc'.encode('ascii', 'test.back')",
    "'a\\xe9b'.decode('ascii', 'test.back')",
    "'a\\xe9b'.decode('ascii', 'test.far')",
    "u'a\\xe9b'.encode('ascii', 'test.far')",
    "u'a\\xe9b'.encode('ascii', 'test.notuple')",
    "'a\\xe9b'.decode('ascii', 'test.notuple')",
    "u'a\\xe9b'.encode('ascii', 'test.strres')",
    "'a\\xe9b'.decode('ascii', 'test.floatpos')",
    "u'a\\xe9b'.encode('ascii', 'test.unencodable')",
    "u'a\\xe9b'.encode('ascii', 'test.raise')",
    "'a\\xe9b'.decode('utf-8', 'test.raise')",
    "u'abc'.encode('ascii', 'no.such.handler')",
    "u'a\\xe9'.encode('ascii', 'no.such.handler')",
    "'a\\xe9'.decode('ascii', 'no.such.handler')",
    "u'b\\xfccher\\u20ac'.encode('cp437', 'test.tag')",
    "u'\\u4e00'.encode('iso8859_5', 'test.tag')",
    "codecs.encode(u'a\\xe9', 'ascii', 'test.tag')",
    "codecs.decode('a\\xe9', 'ascii', 'test.tag')",
]:
    show(expr)

for s in seen:
    print s


# A handler that resumes past the error lets the codec go on; the same exception type is
# passed each time.
def count_handler(exc):
    count_handler.n += 1
    return (u'?', exc.end)
count_handler.n = 0
codecs.register_error('test.count', count_handler)
print repr(u'\xe9' * 5 + u'x' + u'\u20ac'.encode('utf-8').decode('ascii', 'replace')).encode('ascii', 'test.count')
print count_handler.n


# The built-in handlers called directly: which exceptions each takes, and start/end clamped to
# the object.
class MyError(Exception):
    pass

cases = [ValueError('v'), 3, MyError(), UnicodeDecodeError('ascii', 'abc', 1, 2, 'r'),
         UnicodeEncodeError('ascii', u'a\xe9\u20ac\U00012345', 1, 9, 'r'),
         UnicodeEncodeError('ascii', u'a\xe9\u20ac', -5, 0, 'r'),
         UnicodeTranslateError(u'ab\u20acd', 1, 3, 'r')]
for name in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace']:
    handler = codecs.lookup_error(name)
    print name, handler, handler is getattr(codecs, name + '_errors')
    for i, x in enumerate(cases):
        if name == 'strict' and isinstance(x, UnicodeTranslateError):
            continue
        try:
            print '  ', i, repr(handler(x))
        except Exception as e:
            print '  ', i, type(e).__name__, e
try:
    codecs.strict_errors()
except TypeError as e:
    print e
