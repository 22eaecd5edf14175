# A multi-stage generator pipeline over text lines, with generator expressions.

TEXT = """\
# config file
name = widget
size = 12
  color = blue
# comment line

weight = 3.5
size = 14
tags = a, b ,c
broken line without equals
"""

def lines(text):
    for i, line in enumerate(text.splitlines(), 1):
        yield i, line

def strip_comments(src):
    for n, line in src:
        s = line.strip()
        if s and not s.startswith('#'):
            yield n, s

def parse(src):
    for n, s in src:
        if '=' not in s:
            yield n, None, s
            continue
        k, _, v = s.partition('=')
        yield n, k.strip(), v.strip()

def convert(src):
    for n, k, v in src:
        if k is None:
            yield n, 'error', v
            continue
        for conv in (int, float):
            try:
                v = conv(v)
                break
            except ValueError:
                pass
        else:
            if ',' in v:
                v = [p.strip() for p in v.split(',')]
        yield n, k, v

pipeline = convert(parse(strip_comments(lines(TEXT))))
config = {}
errors = []
for n, k, v in pipeline:
    if k == 'error':
        errors.append((n, v))
    else:
        if k in config:
            print "line %d overrides %s: %r -> %r" % (n, k, config[k], v)
        config[k] = v
for k in sorted(config):
    print "%-8s %r" % (k, config[k])
print "errors:", errors

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def naturals():
    n = 0
    while True:
        yield n
        n += 1

squares = (x * x for x in naturals())
evens = (x for x in squares if x % 2 == 0)
print list(take(8, evens))

g = (c.upper() for c in "pipeline")
print g.next(), g.next(), ''.join(g)
print sum(x for x in xrange(101) if x % 3 == 0)
print max((len(w), w) for w in TEXT.split())
print dict((k, len(str(v))) for k, v in config.items() if k != 'tags')
nested = ((i, j) for i in range(3) for j in range(i))
print list(nested)
print list(take(3, take(10, naturals())))
