data = ['plain ascii', 'caf\xc3\xa9', '\xff\xfe bad']
for d in data:
    try:
        print repr(d.decode('utf-8'))
    except UnicodeDecodeError, e:
        print 'cannot decode', repr(d), '-', e.reason
print repr(data[1].decode('latin-1'))
print u'joined: ' + data[1]
