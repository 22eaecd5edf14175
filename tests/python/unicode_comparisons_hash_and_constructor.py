# unicode comparisons with str, hashing, containment and the unicode() constructor.
import sys
def t(label, f):
    try:
        print label, repr(f())
    except Exception as e:
        print label, type(e).__name__, e

for s in ['', 'a', 'abc', 'key', 'hello world', '0123456789' * 3]:
    print repr(s), hash(s) == hash(unicode(s)), hash(unicode(s)) == hash(s.decode('ascii'))
print hash(u'\xe9') == hash('\xe9'), hash(u'') == 0
t('eq non-ascii', lambda: u'a' == '\xe9')
t('ne non-ascii', lambda: u'a' != '\xe9')
t('lt non-ascii', lambda: u'a' < '\xe9')
t('str gt unicode', lambda: 'b' > u'a')
t('cmp', lambda: (cmp(u'a', 'b'), cmp('b', u'a'), cmp(u'x', u'x')))
t('surrogate order', lambda: sorted([u'\U00010000', u'\uffff', u'\ud800']))
t('contains str in u', lambda: 'b' in u'abc')
t('contains u in str', lambda: u'b' in 'abc')
t('contains empty', lambda: '' in u'abc')
t('contains non-ascii', lambda: '\xe9' in u'abc')
t('contains int', lambda: 1 in u'abc')
t('unicode()', lambda: unicode())
t('unicode(int)', lambda: unicode(42))
t('unicode(float)', lambda: unicode(0.1))
t('unicode(list)', lambda: unicode([u'\xe9']))
t('unicode(obj)', lambda: unicode(type('X', (object,), {'__unicode__': lambda self: u'\u20ac'})()))
t('unicode(obj str)', lambda: unicode(type('X', (object,), {'__str__': lambda self: 'plain'})()))
t('unicode(obj bad)', lambda: unicode(type('X', (object,), {'__unicode__': lambda self: 5})()))
t('unicode(bytes)', lambda: unicode('\xe9'))
t('unicode subclass', lambda: type(unicode.__new__(type('U2', (unicode,), {}), u'x')).__name__)
class U2(unicode):
    pass
u2 = U2(u'ab')
t('subclass methods', lambda: (type(u2.upper()).__name__, type(u2 + u'c').__name__, type(u2[0]).__name__, u2 == u'ab'))
t('subclass strip', lambda: type(u2.strip()).__name__)
class S2(str):
    pass
s2 = S2('ab')
t('str subclass methods', lambda: (type(s2.upper()).__name__, type(s2.strip()).__name__, type(s2 * 1).__name__, type(s2.center(1)).__name__))
t('getnewargs', lambda: (u'x'.__getnewargs__(), 'y'.__getnewargs__()))
t('sizeof', lambda: ('ab'.__sizeof__(), u'ab'.__sizeof__()))
t('str()', lambda: str(u'abc'))
t('str() non-ascii', lambda: str(u'\xe9'))
t('unichr', lambda: (unichr(0), unichr(0x10ffff)))
t('ord', lambda: (ord(u'\U0001f600'), ord('\xff')))
t('ord bad', lambda: ord(u'ab'))
t('slices', lambda: (u'abcdef'[::2], u'abcdef'[-2:], u'abcdef'[5:1:-2], u'abc'[10:]))
t('index', lambda: u'abc'[-1])
t('index out', lambda: u'abc'[3])
t('mul', lambda: (u'ab' * 3, 2 * u'c'))
t('add int', lambda: u'a' + 1)
t('radd', lambda: 1 + u'a')
t('str + unicode', lambda: 'a' + u'\xe9')
t('non-ascii str + unicode', lambda: '\xe9' + u'a')
t('iter', lambda: list(u'a\xe9'))
t('len', lambda: len(u'\U0001f600'))
t('bool', lambda: (bool(u''), bool(u'0')))
t('dict lookup', lambda: {'abc': 1}[u'abc'])
