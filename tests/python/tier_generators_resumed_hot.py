# Generators that tier up between yields: resumed hundreds of times with a
# loop inside (so the generator body is both hot and OSR-able), send() values
# changing type along the way, throw() into a hot generator (caught inside and
# escaping), close() with and without finally, generators returning early,
# generator expressions in hot code, and nested generators driving each other.

import sys
import traceback


def counter(n):
    i = 0
    total = 0
    while i < n:
        total += i
        got = yield total
        if got is not None:
            total += got
        i += 1
    yield "done at %d with %r" % (i, total)


def inner_loop_gen(n):
    for i in range(n):
        acc = 0
        for j in range(i % 37):
            acc += j * i
        yield acc


def thrower_target(log):
    count = 0
    while True:
        try:
            v = yield count
            count += 1 if v is None else v
        except ValueError as e:
            log.append("caught %s at count %d" % (e, count))
            count = -count
        except GeneratorExit:
            log.append("generator exit at count %d" % count)
            raise


def finally_gen(log, n):
    try:
        for i in range(n):
            yield i
    finally:
        log.append("finally ran")


def delegating(n):
    for x in inner_loop_gen(n):
        if x % 2:
            yield x
    for x in counter(n // 10):
        yield x


def early_return(n, stop):
    for i in range(n):
        if i == stop:
            return
        yield i * i


def genexp_hot(n):
    out = []
    for i in range(n):
        out.append(sum(x * x for x in range(i % 17)))
        out.append(max(y for y in (i, -i, i // 2)))
        out.append(list(c for c in "abcdef" if ord(c) % 3 == i % 3))
    return out


# counter driven by next() and send() with int, float, long and back
g = counter(400)
vals = [g.next()]
for k in range(399):
    if k < 100:
        vals.append(g.send(None))
    elif k < 200:
        vals.append(g.send(1.5))
    elif k < 300:
        vals.append(g.send(sys.maxint))
    else:
        vals.append(g.send(k))
print "counter", vals[:5], vals[99:103], vals[199:203], vals[-3:]
print "counter last", g.next()
try:
    g.next()
except StopIteration:
    print "counter exhausted"
try:
    g.next()
except StopIteration:
    print "counter stays exhausted"

print "inner_loop_gen", sum(inner_loop_gen(500)), list(inner_loop_gen(40))[-5:]

log = []
t = thrower_target(log)
t.next()
seq = []
for k in range(300):
    if k % 60 == 59:
        seq.append(t.throw(ValueError("v%d" % k)))
    else:
        seq.append(t.send(k % 4 if k % 2 else None))
print "thrower", seq[55:65], seq[-3:]
try:
    t.throw(KeyError, KeyError("escapes"))
except KeyError as e:
    tb = sys.exc_info()[2]
    print "thrower KeyError escaped", e, [(x[1], x[2], x[3]) for x in traceback.extract_tb(tb)]
try:
    t.next()
except StopIteration:
    print "thrower dead after escape"
t2 = thrower_target(log)
for k in range(50):
    t2.next()
t2.close()
print "close twice ok", t2.close()
print "log", log

for n, stop in ((100, 5), (500, 400)):
    log = []
    fg = finally_gen(log, n)
    got = []
    for v in fg:
        got.append(v)
        if v == stop:
            break
    print "finally_gen before close", len(got), log
    fg.close()
    print "finally_gen after close", log
    fg.close()
    print "finally_gen closed again", log

log = []
fg = finally_gen(log, 300)
for k in range(150):
    fg.next()
try:
    fg.throw(IndexError("into finally_gen"))
except IndexError as e:
    print "finally_gen throw escaped", e, log

d = delegating(400)
dv = list(d)
print "delegating", len(dv), dv[:6], dv[-4:]

for stop in (0, 3, 250, 1000):
    r = list(early_return(300, stop))
    print "early_return", stop, len(r), r[-2:] if r else r

gh = genexp_hot(300)
print "genexp_hot", len(gh), gh[:9], gh[-6:]

# a generator expression created in a hot loop and consumed later
gens = [(x + k for x in range(3)) for k in range(200)]
print "deferred genexps", [list(q) for q in gens[::50]]

fr = counter(10)
fr.next()
print "gi_running", fr.gi_running, fr.gi_frame.f_lineno, fr.gi_frame.f_code.co_name
