# Generators driven with send(), throw() and close(): a running-statistics coroutine.

class ResetStats(Exception):
    pass

def stats():
    n = 0
    total = 0.0
    lo = hi = None
    result = None
    try:
        while True:
            try:
                x = yield result
            except ResetStats:
                n, total, lo, hi = 0, 0.0, None, None
                result = 'reset'
                continue
            n += 1
            total += x
            lo = x if lo is None or x < lo else lo
            hi = x if hi is None or x > hi else hi
            result = (n, round(total / n, 4), lo, hi)
    finally:
        print "stats closing after", n, "items"

g = stats()
print g.next()
for v in [4, 8, 15, 16, 23, 42]:
    print g.send(v)
print g.throw(ResetStats)
print g.send(7)
print g.send(-3)
g.close()
try:
    g.send(1)
except StopIteration:
    print "send after close -> StopIteration"

def echo():
    received = []
    while True:
        try:
            v = yield len(received)
        except GeneratorExit:
            print "echo got GeneratorExit with", received
            raise
        except ValueError as e:
            received.append('err:%s' % e)
        else:
            received.append(v)

e = echo()
print next(e)
print e.send('a'), e.send('b')
print e.throw(ValueError, 'bad')
print e.send(None)
e.close()
e.close()

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
print s.next()
try:
    s.close()
except RuntimeError as ex:
    print "RuntimeError:", ex

def unstarted():
    yield 1
u = unstarted()
try:
    u.send(5)
except TypeError as ex:
    print "TypeError:", ex
u.close()
print list(u)

def thrower():
    yield 'first'
    yield 'second'
t = thrower()
print t.next()
try:
    t.throw(KeyError('k'))
except KeyError as ex:
    print "propagated", repr(ex)
print list(t)
