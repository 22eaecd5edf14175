# Implicit ASCII decoding when mixing str and unicode.
samples = ['ascii', 'caf\xc3\xa9']
for s in samples:
    print repr(s), len(s), repr(s.decode('utf-8')), len(s.decode('utf-8'))
print repr(unicode('ascii bytes')), repr(str(u'ascii unicode'))
try:
    unicode('caf\xc3\xa9')
except UnicodeDecodeError, e:
    print 'UnicodeDecodeError:', e.reason
print repr(u'abc' + 'def'), repr('abc' + u'def')
try:
    u'x' + '\xff'
except UnicodeDecodeError, e:
    print 'UnicodeDecodeError:', e
print repr('\xff'.decode('latin-1')), repr(u'\xff'.encode('latin-1'))
data = ['plain ascii', 'caf\xc3\xa9', '\xff\xfe bad']
for d in data:
    try:
        print repr(d.decode('utf-8'))
    except UnicodeDecodeError, e:
        print 'cannot decode', repr(d), '-', e.reason
print repr(data[1].decode('latin-1'))
print u'joined: ' + data[1]
