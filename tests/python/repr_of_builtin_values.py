items = [0, -5, 10L, -10L, 2 ** 70, 1.0, 1.5e-9, 1j, -2.5 + 3j, complex(0, -0.0), 'abc', "it's", 'say "hi"',
         'both \' and "', '\n\t\r\x00\x7f\x80\xff', u'uni', u'\u1234\xe9', u"quote'", '\\', True, False, None,
         [], [1, [2, [3]]], (), (1,), (1, 2), {}, {'k': [1]}, set(), set([3]), frozenset(), frozenset([1]),
         Ellipsis, NotImplemented, slice(1, 2), slice(None), xrange(3), int, object, ValueError, ValueError('x')]
for x in items:
    print repr(x)
print `1 + 2`, `'a'`, `[1, 'b']`
class WithRepr(object):
    def __repr__(self):
        return 'WithRepr()'
class WithStr(object):
    def __str__(self):
        return 'str-only'
    def __repr__(self):
        return 'repr-of-WithStr'
print repr(WithRepr()), str(WithRepr()), [WithRepr()], WithRepr()
print repr(WithStr()), str(WithStr()), [WithStr()], WithStr(), (WithStr(),)
print '%s|%r' % (WithStr(), WithStr())
class BadRepr(object):
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError, e:
    print 'TypeError:', e
class UniRepr(object):
    def __repr__(self):
        return u'unicode-repr'
print repr(UniRepr()), type(repr(UniRepr())).__name__
l = [1, 2]
l.append(l)
print l, repr(l)
d = {'a': 1}
d['self'] = d
print d
print repr(u'\U0001f600'), len(u'\U0001f600')
print repr('\x01\x1f a~'), repr(u'\x01 a\x7f')
print str(1.0 / 3), repr(1.0 / 3), str([1.0 / 3])
