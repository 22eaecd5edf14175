def countdown(n):
    print 'starting countdown from', n
    while n > 0:
        yield n
        n -= 1
    print 'countdown done'

g = countdown(3)
print 'created, nothing run yet'
print g.gi_running, g.gi_frame is not None
print g.next()
print g.gi_frame.f_locals['n']
print list(g)
print g.gi_frame
try:
    g.next()
except StopIteration:
    print 'exhausted'

def gen_with_return_value():
    yield 1
    return
def gen_empty():
    return
    yield
print list(gen_with_return_value()), list(gen_empty())

def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib_gen()
print [f.next() for _ in range(10)]
f.close()
try:
    f.next()
except StopIteration:
    print 'closed generator is exhausted'

def gen_local_state():
    items = []
    while True:
        x = yield len(items)
        items.append(x)
        if x == 'stop':
            yield items
            return
gs = gen_local_state()
print gs.next(), gs.send('a'), gs.send('b'), gs.send('stop')

def yield_in_expressions():
    x = (yield 1) + (yield 2)
    yield x
    l = [(yield i) for i in range(2)]
    yield l
y = yield_in_expressions()
print y.next(), y.send(10), y.send(20)
print y.next(), y.send('p'), y.send('q')
def gen_of_gens():
    for i in range(3):
        yield (i * j for j in range(3))
print [list(g) for g in gen_of_gens()]
import types
print isinstance(countdown(1), types.GeneratorType), countdown.__name__, countdown(1).__name__
