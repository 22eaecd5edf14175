def parse(s):
    try:
        return int(s)
    except ValueError:
        print 'logging bad input', repr(s)
        raise
print parse('12')
try:
    parse('x')
except ValueError, e:
    print 'outer caught:', e
parse('1.5')
