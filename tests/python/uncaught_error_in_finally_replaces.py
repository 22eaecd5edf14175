def risky():
    try:
        print 'raising KeyError'
        raise KeyError('original')
    finally:
        print 'finally raises instead'
        raise ValueError('from finally')
try:
    risky()
except ValueError, e:
    print 'caught', repr(e)
except KeyError, e:
    print 'not this one'
print 'second call, unhandled'
risky()
