# stdout is a pipe under the harness, so its encoding is None and printing
# non-ASCII unicode raises UnicodeEncodeError.
# ASCII-only unicode prints fine to a pipe; encoding explicitly always works.
words = [u'na\xefve', u'r\xe9sum\xe9', u'plain']
print [w.encode('utf-8') for w in words]
print [len(w) for w in words], [repr(w) for w in words]
print ' '.join(w.encode('utf-8') for w in words)
for w in words:
    print repr(w.upper())
print u'ascii unicode', [u'caf\xe9'], repr(u'\u20ac')
print u'\u20ac'.encode('utf-8') == '\xe2\x82\xac'
print u'caf\xe9'.encode('ascii', 'replace'), u'caf\xe9'.encode('ascii', 'xmlcharrefreplace')
print '%s' % u'mixed'.upper(), len(u'caf\xe9')
import sys
print sys.stdout.encoding
print u'plain ascii unicode prints fine'
print u'caf\xe9'.encode('utf-8')
print repr(u'caf\xe9')
sys.stdout.write(u'write of ascii unicode\n')
print u'caf\xe9'
