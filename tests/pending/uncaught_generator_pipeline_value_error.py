# A generator pipeline parses numbers; handled errors first, then one escapes to top level.

def read(lines):
    for n, line in enumerate(lines, 1):
        yield n, line.strip()

def parse(src, strict):
    for n, s in src:
        try:
            yield n, int(s)
        except ValueError:
            if strict:
                raise
            print '  skipping line %d: %r' % (n, s)

def running_total(src):
    total = 0
    for n, v in src:
        total += v
        yield n, v, total

data = ['10', ' 20 ', 'x', '5', '', '-3']
for n, v, t in running_total(parse(read(data), strict=False)):
    print 'line %d value %d total %d' % (n, v, t)

g = running_total(parse(read(['1', '2', 'oops']), strict=True))
print g.next()
print list(g)
print 'not reached'
