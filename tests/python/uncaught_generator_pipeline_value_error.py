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

def windowed(src, size):
    window = []
    for item in src:
        window.append(item)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield tuple(window)

vals = (v for n, v in parse(read(['4', '8', '15', 'bad', '16', '23', '42']), strict=False))
for w in windowed(vals, 3):
    print 'window', w, 'mean %.2f' % (sum(w) / 3.0)
evens = [v for n, v in parse(read(map(str, range(12))), strict=True) if v % 2 == 0]
print evens, sum(evens)
g = running_total(parse(read(['1', '2', 'oops']), strict=True))
print g.next()
print list(g)
print 'not reached'
