import sys
print 'a', 'b'
print 'a',
print 'b'
print 'no space after newline\n',
print 'next'
print 'tab\t',
print 'after tab'
print 1, 2.5, None, [1], (2,), {'k': 'v'}
print
print '',
print 'empty string item'
print 'x', ; print 'y'
for i in range(5):
    print i,
print
print 'trailing',
sys.stdout.write('|written|')
print 'after write'
print 'a' 'b', 'c' + 'd'
print >>sys.stdout, 'explicit', 'stdout'
print >>sys.stderr, 'to stderr'
class Sink(object):
    def __init__(self):
        self.chunks = []
        self.softspace = 0
    def write(self, s):
        self.chunks.append(s)
s = Sink()
print >>s, 'one', 'two'
print >>s, 'three',
print >>s, 'four'
print >>s
print s.chunks
print >>None, 'None means stdout'
try:
    print >>5, 'bad'
except AttributeError, e:
    print 'AttributeError:', e
print u'unicode', 'mixed', u'\xe9'.encode('utf-8')
print 'x\n', 'y'
print 'ends with space ',
print 'next item'
print '%s' % 'fmt', '%d%%' % 5
print ('tuple', 'printed'), ('single')
print 1,; print 2,; print 3
print -1, +2, ~3, not 4
print 'line with', ; print
print repr('q'), str('q'), `'q'`
