# str.format / unicode.format: field names, accessors, conversions, nesting, errors.
class P(object):
    x = 3
    name = 'pt'
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'P-str'
def t(label, f):
    try:
        print label, repr(f())
    except Exception as e:
        print label, type(e).__name__, e

t('auto', lambda: '{} {} {}'.format('a', 'b', 'c'))
t('manual', lambda: '{1}{0}{1}'.format('a', 'b'))
t('kw', lambda: '{x}-{y}'.format(x=1, y='two'))
t('attr', lambda: '{0.x} {0.name}'.format(P()))
t('index', lambda: '{0[1]} {0[0]}'.format(['p', 'q']))
t('key', lambda: '{0[k]} {d[k]}'.format({'k': 'v'}, d={'k': 'w'}))
t('int key on dict', lambda: '{0[0]}'.format({0: 'zero'}))
t('chain', lambda: '{0[a][1].x}'.format({'a': [0, P()]}))
t('conv r s', lambda: '{0!r} {0!s} {0}'.format(P()))
t('u conv', lambda: u'{0!r} {0!s}'.format(u'\xe9'))
t('str tmpl unicode arg', lambda: '{}'.format(u'abc'))
t('str tmpl unicode non-ascii', lambda: '{}'.format(u'\xe9'))
t('u tmpl str arg', lambda: u'{}'.format('abc'))
t('u tmpl str non-ascii', lambda: u'{}'.format('\xe9'))
t('nested spec', lambda: '{0:{1}}|'.format('ab', '>5'))
t('nested spec kw', lambda: '{0:{fill}{align}{w}}|'.format('ab', fill='*', align='^', w=6))
t('too deep', lambda: '{0:{1:{2}}}'.format(1, 2, 3))
t('escapes', lambda: '{{}} {{{0}}}'.format('x'))
t('single }', lambda: 'a}b'.format())
t('single {', lambda: 'a{'.format())
t('unmatched', lambda: '{0'.format(1))
t('switch auto', lambda: '{}{0}'.format(1, 2))
t('switch manual', lambda: '{0}{}'.format(1, 2))
t('missing index', lambda: '{3}'.format(1))
t('missing kw', lambda: '{nope}'.format(a=1))
t('u missing kw', lambda: u'{nope}'.format(a=1))
t('bad conv', lambda: '{0!x}'.format(1))
t('conv end', lambda: '{0!}'.format(1))
t('conv then junk', lambda: '{0!rx}'.format(1))
t('empty attr', lambda: '{0.}'.format(1))
t('missing ]', lambda: '{0[1}'.format([1, 2]))
t('junk after ]', lambda: '{0[0]x}'.format([1]))
t('no attr', lambda: '{0.nope}'.format(P()))
t('str spec', lambda: '{0:<6}|{0:>6}|{0:^6}|{0:.2}|{0:*^7.1}'.format('abc'))
t('str spec bad', lambda: '{0:d}'.format('abc'))
t('str spec sign', lambda: '{0:+}'.format('abc'))
t('str spec =', lambda: '{0:=5}'.format('abc'))
t('__format__ str', lambda: 'abc'.__format__('>5'))
t('__format__ u', lambda: u'abc'.__format__(u'^7'))
t('__format__ int arg', lambda: 'abc'.__format__(1))
t('format builtin', lambda: format('xyz', '3.1'))
t('parser', lambda: list('a{0!r:>3}b{{c}}{x.y[1]}'._formatter_parser()))
t('u parser', lambda: list(u'{}x'._formatter_parser()))
t('field split', lambda: (lambda r: (r[0], list(r[1])))('a.b[0][k]'._formatter_field_name_split()))
t('field split num', lambda: (lambda r: (r[0], list(r[1])))('12.x'._formatter_field_name_split()))
t('object default', lambda: '{0}'.format(P()))
t('object spec', lambda: '{0:>8}'.format(P()))
t('bool', lambda: '{0} {1}'.format(False, True))
t('list', lambda: '{0}'.format([1, 'a']))
