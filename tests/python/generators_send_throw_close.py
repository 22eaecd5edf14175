def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value

g = accumulator()
print g.next()
print g.send(5), g.send(10), g.send(-3)
try:
    g.send(None)
except StopIteration:
    print 'StopIteration after break'

def not_started():
    x = yield 1
g2 = not_started()
try:
    g2.send('x')
except TypeError, e:
    print 'TypeError:', e

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print '  cleanup ran'
g = with_finally()
print g.next()
g.close()
print 'closed'
g.close()

def catches_exit():
    try:
        yield 'a'
    except GeneratorExit:
        print '  got GeneratorExit'
        raise
g = catches_exit()
g.next()
g.close()

def ignores_exit():
    try:
        yield 'a'
    except GeneratorExit:
        yield 'bad'
g = ignores_exit()
g.next()
try:
    g.close()
except RuntimeError, e:
    print 'RuntimeError:', e

def throwee():
    while True:
        try:
            yield 'waiting'
        except ValueError, e:
            print '  handled', e
            yield 'recovered'
g = throwee()
print g.next()
print g.throw(ValueError, 'boom')
print g.next()
print g.throw(ValueError('second'))
try:
    g.throw(KeyError('k'))
except KeyError, e:
    print 'KeyError propagated:', e
try:
    g.next()
except StopIteration:
    print 'dead generator raises StopIteration'

def gen_return():
    yield 1
    return
    yield 2
print list(gen_return())

def fresh():
    yield 1
g = fresh()
try:
    g.throw(IndexError, 'before start')
except IndexError, e:
    print 'IndexError:', e
print list(g)

def running():
    yield g3.next()
g3 = running()
try:
    g3.next()
except ValueError, e:
    print 'ValueError:', e
print g3.gi_running, type(g3).__name__, g3.__name__
def counter():
    n = 0
    while True:
        n = (yield n) or n + 1
c = counter()
print c.next(), c.next(), c.send(10), c.next(), c.next()
