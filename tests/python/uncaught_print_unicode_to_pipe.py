# stdout is a pipe under the harness, so its encoding is None and printing
# non-ASCII unicode raises UnicodeEncodeError.
import sys
print sys.stdout.encoding
print u'plain ascii unicode prints fine'
print u'caf\xe9'.encode('utf-8')
print repr(u'caf\xe9')
sys.stdout.write(u'write of ascii unicode\n')
print u'caf\xe9'
