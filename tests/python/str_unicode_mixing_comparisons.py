print 'abc' == u'abc', 'abc' < u'abd', u'b' > 'a', 'x' in u'xyz', u'y' in 'xyz'
print repr('a' + u'b'), repr(u'a' * 2 + 'c'), repr('%s-%s' % ('a', u'b')), repr(''.join(['a', u'b']))
print hash('key') == hash(u'key'), {'k': 1}[u'k'], {u'k': 2}['k']
print 'caf\xc3\xa9' == u'caf\xe9'
print sorted(['b', u'a', 'c', u'B'])
print u'abc'.find('b'), 'abc'.find(u'c'), u'a,b'.split(','), 'a,b'.split(u',')
print repr('abc'.replace('b', u'B')), repr(u'abc'.replace(u'b', 'X'))
print repr(str(u'ascii only')), repr(unicode('bytes')), repr(u'%s' % 'x'), repr('%s' % u'y')
print repr(u'\xe9'.encode('latin-1')), repr('\xe9'.decode('latin-1')), repr(u'caf\xe9'.encode('utf-8').decode('utf-8'))
print len('caf\xc3\xa9'), len(u'caf\xe9'), len('caf\xc3\xa9'.decode('utf-8'))
print isinstance('s', basestring), isinstance(u's', basestring), isinstance('s', unicode), isinstance(u's', str)
s = set(['a', u'a', 'b'])
print len(s)
print repr(u'x'.join(['1', '2'])), repr(str(u'3').zfill(3)), repr(u'Ab'.swapcase())
print repr(u'abc'.startswith('a')), repr('abc'.endswith(u'c')), repr(u'a b'.split()), repr(u'  x '.strip(' '))
print 'ab'.decode('ascii') == u'ab', type('ab'.decode('ascii')).__name__, type(u'ab'.encode('ascii')).__name__
print cmp('a', u'a'), cmp(u'b', 'a'), max('a', u'b'), min(u'a', 'b')
def to_unicode(s, encoding='utf-8'):
    if isinstance(s, unicode):
        return s
    return s.decode(encoding)
print [repr(to_unicode(x)) for x in ['plain', u'uni', 'caf\xc3\xa9']]
try:
    'caf\xc3\xa9' == u'caf\xe9' and None
    print u'caf\xe9'.find('\xc3')
except UnicodeDecodeError, e:
    print 'UnicodeDecodeError:', e
