# str and unicode methods over non-ASCII strings, str/unicode subclasses and mixed arguments: result types and errors.
class S2(str): pass
class U2(unicode): pass
recv = ['ab\xe9', u'ab\xe9', S2('abc'), U2(u'abc')]
argpool = [(), ('\xe9',), (u'\xe9',), ('b',), (u'b',), (S2('b'),), (U2(u'b'),), (['x', S2('y')],), ([S2('y')],), ([U2(u'y')],), (('a', u'b'),)]
methods = ['split', 'rsplit', 'strip', 'lstrip', 'replace', 'find', 'count', 'startswith', 'endswith', 'partition', 'join', '__contains__', '__add__', '__eq__', '__lt__', 'center', 'zfill', 'expandtabs', 'encode', 'decode', 'translate', '__getitem__', 'ljust', 'splitlines', 'format', '__mod__']
def show(r):
    if isinstance(r, (list, tuple)):
        return '[' + ', '.join(show(x) for x in r) + ']'
    return '%r:%s' % (r, type(r).__name__)
for r in recv:
    for m in methods:
        f = getattr(r, m, None)
        if f is None:
            print repr(r), m, 'missing'
            continue
        for a in argpool:
            try:
                out = show(f(*a))
            except Exception as e:
                out = '%s: %r' % (type(e).__name__, str(e))
            print repr(r), type(r).__name__, m, repr(a), out
print repr(str(S2('x'))), type(str(S2('x'))).__name__, type(unicode(U2(u'x'))).__name__, type(S2('x') + 'y').__name__
print type(S2('ab')[:]).__name__, type(U2(u'ab')[:]).__name__, type(S2('ab')[0]).__name__
