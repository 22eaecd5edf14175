# Generator resumption paths: a generator resumed many times (so its code is compiled and later
# resumptions enter the compiled code directly), refusals (re-entrancy, send of a value to a
# just-started generator), throw()/close() into a suspended hot generator, frames and line
# numbers seen from inside, exceptions and tracebacks leaving a generator, and sum()'s
# int/float totals (overflow to long, mixed items, bools, subclasses).
import sys


def tb_lines(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1


# Hot: many generators of the same code, many resumptions each.
total = 0
for k in range(30):
    for x in counter(50):
        total += x
print "hot total", total


# A generator whose first resumptions run interpreted and whose loop moves to compiled code
# (OSR) between two yields; a second generator of the same code then starts compiled.
def slow_then_hot(n):
    acc = 0
    for i in range(n):
        acc += i
        if i % 7 == 0:
            yield acc


print "tiering", list(slow_then_hot(100)), sum(slow_then_hot(60))


# Re-entrancy, in a cold and in a hot generator.
def reentrant():
    for i in range(3):
        try:
            next(me)
        except ValueError as e:
            yield "refused: %s" % e


for round in range(6):
    me = reentrant()
    got = list(me)
print "reentrant", got


# Sending a value to a just-started generator; None is allowed.
for round in range(6):
    g = counter(3)
    try:
        g.send(5)
    except TypeError as e:
        msg = str(e)
    first = g.send(None)
print "send to new:", msg, first, list(g)


# throw() into a suspended hot generator: caught inside (it yields again), then not caught.
def catcher():
    n = 0
    while True:
        try:
            yield n
        except KeyError as e:
            yield "caught %r" % (e.args,)
        n += 1


for round in range(8):
    g = catcher()
    vals = [next(g), next(g), g.throw(KeyError, "k"), next(g)]
    try:
        g.throw(IndexError("idx"))
    except IndexError as e:
        vals.append("escaped %s" % e)
    vals.append(list(g))
print "throw", vals


# close() of a hot generator suspended inside try/finally runs the finally; one that ignores
# GeneratorExit is an error.
def with_finally(log):
    try:
        for i in range(100):
            yield i
    finally:
        log.append("finally")


def stubborn(state):
    while state:
        try:
            yield 1
        except GeneratorExit:
            pass


for round in range(6):
    log = []
    g = with_finally(log)
    firsts = [next(g) for _ in range(5)]
    g.close()
    g.close()
print "close", firsts, log
state = [1]
s = stubborn(state)
next(s)
try:
    s.close()
except RuntimeError as e:
    print "stubborn:", e
del state[:]
print "stubborn ends", list(s)


# Frames seen from inside: gi_running, f_lineno after yields on different lines, the caller.
def introspect():
    me_frame = sys._getframe()
    yield (gen.gi_running, me_frame.f_back.f_code.co_name, me_frame.f_lineno)
    yield me_frame.f_lineno
    yield (
        me_frame.f_lineno)


def consumer():
    return [x for x in gen]


for round in range(6):
    gen = introspect()
    print_it = consumer()
    lines_after = gen.gi_frame
print "introspect", print_it, gen.gi_running, lines_after


# Exceptions leaving a hot generator, through a consumer, with the generator's lines.
def failing(n):
    for i in range(n):
        if i == 3:
            {}["missing"]
        yield i


def stop_inside():
    yield 1
    raise StopIteration
    yield 2


for round in range(6):
    try:
        sum(failing(10))
    except KeyError as e:
        where = tb_lines(sys.exc_info()[2])
    stopped = list(stop_inside())
print "failing", where, stopped
g = failing(10)
print "before failure", next(g), next(g), next(g)
try:
    next(g)
except KeyError:
    print "after failure", list(g), next(g, "done")


# sum(): machine-int totals, overflow into long and back, floats, mixes, bools, subclasses.
class MyInt(int):
    pass


class MyFloat(float):
    pass


big = sys.maxint
print "sum ints", sum(counter(100)), sum(x for x in counter(10)), sum([], 7)
print "sum overflow", sum([big, 1, 1]), sum([big, 1, -big]), sum([-big, -1, -1, 5])
print "sum float mix", sum([1, 2.5, 3]), sum([1.5, 2, True]), sum([], 0.5), sum([0.1] * 10)
print "sum bools", sum([True, True, False]), sum([True, 2]), type(sum([True]))
print "sum subclasses", sum([MyInt(3), 4]), type(sum([MyInt(3)])), sum([1, MyFloat(0.5)])
print "sum start", sum([1, 2], MyInt(10)), sum([2.0, 3], MyFloat(1)), sum([[1], [2]], [])
print "sum longs", sum([10 ** 20, 1, 2.0]), sum([1, 10 ** 20, -10 ** 20]), sum([2.0, 10 ** 20])
print "sum complex", sum([1, 2j, 0.5])
try:
    sum(["a", "b"])
except TypeError as e:
    print "sum str items:", e
try:
    sum([1, 2], "")
except TypeError as e:
    print "sum str start:", e
try:
    sum([1.5, None])
except TypeError as e:
    print "sum None:", e
