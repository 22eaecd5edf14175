# A custom exception raised inside a generator surfaces at the consumer.
class Warmup(Exception):
    pass
def gen():
    yield 1
    raise Warmup('from generator')
try:
    for v in gen():
        print 'warmup got', v
except Warmup, e:
    print 'handled:', e
class DataError(Exception):
    def __init__(self, line_no, text):
        Exception.__init__(self, 'line %d: cannot parse %r' % (line_no, text))
def records(lines):
    for i, line in enumerate(lines, 1):
        parts = line.split(':')
        if len(parts) != 2:
            raise DataError(i, line)
        yield parts[0].strip(), int(parts[1])
good = ['a: 1', 'b: 2']
print dict(records(good))
bad = ['x: 10', 'y: 20', 'garbage line', 'z: 30']
total = 0
for name, value in records(bad):
    total += value
    print 'accumulated', name, total
