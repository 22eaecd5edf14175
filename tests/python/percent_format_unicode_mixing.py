# %-formatting with unicode formats and arguments.
def t(label, f):
    try:
        print label, repr(f())
    except Exception as e:
        print label, type(e).__name__, e

class S(object):
    def __str__(self):
        return 'S-str'
    def __repr__(self):
        return 'S-repr'
    def __unicode__(self):
        return u'S-uni\xe9'
class UStr(object):
    def __str__(self):
        return u'from-str'
t('str fmt u arg', lambda: '%s-%s' % ('a', u'b'))
t('str fmt u arg later', lambda: '%d %s %s' % (1, 'x', u'y'))
t('u fmt', lambda: u'%s|%r|%d|%5.2f|%x|%c|%c' % (u'\xe9', u'\xe9', 3, 2.5, 255, u'\u20ac', 65))
t('u fmt obj', lambda: u'%s %r' % (S(), S()))
t('str fmt obj', lambda: '%s %r' % (S(), S()))
t('str fmt __str__ unicode', lambda: '%s' % UStr())
t('str fmt non-ascii then u', lambda: '\xe9%s' % u'a')
t('u fmt non-ascii str arg', lambda: u'%s' % '\xe9')
t('u fmt padding', lambda: u'[%-6s][%6s][%.2s]' % (u'\xe9\xe9', u'ab', u'xyz'))
t('mapping', lambda: u'%(a)s %(b)r' % {u'a': 1, 'b': u'x'})
t('mapping then pos', lambda: '%(a)s %s' % {'a': 1})
t('dict arg pos', lambda: '%s' % {'a': 1})
t('dict arg two', lambda: '%s %s' % {'a': 1})
t('u %c big', lambda: u'%c' % 0x10ffff)
t('u %c too big', lambda: u'%c' % 0x110000)
t('str %c 256', lambda: '%c' % 256)
t('str %c unicode', lambda: '%c' % u'\xe9')
t('u star width', lambda: u'%*s|%-*s|' % (4, u'a', 3, 'b'))
t('u bad char', lambda: u'%y' % 1)
t('u trailing %', lambda: u'abc%' % ())
t('not all converted', lambda: u'%s' % (1, 2))
t('not enough', lambda: u'%s %s' % (1,))
t('u %%', lambda: u'100%% %s' % u'ok')
t('u %i %u', lambda: u'%i %u %o %X %e %G' % (7, 8, 9, 255, 1.5, 1e20))
t('str fmt mod', lambda: 'a'.__mod__(1))
t('u rmod', lambda: u'%s'.__mod__(('x',)))
t('unicode % str', lambda: u'%s and %s' % ('bytes', u'text'))
t('long unicode', lambda: u'%s' % (u'ab' * 5,))
