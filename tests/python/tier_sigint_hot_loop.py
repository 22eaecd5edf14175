# SIGINT delivered to the process from inside a hot loop (os.kill on our own
# pid after N iterations, always as the loop body's last statement, so the
# interrupt is seen before the next iteration starts in every tier): the
# KeyboardInterrupt is caught in the same function, by the caller, passes
# through finally blocks, interrupts a generator, and a Python-level handler
# installed with signal.signal runs (and raises its own exception) instead.

import os
import signal
import sys
import traceback

PID = os.getpid()


def interrupt_self():
    os.kill(PID, signal.SIGINT)


def caught_here(n, at):
    i = -1
    total = 0
    try:
        for i in range(n):
            total += i
            if i == at:
                interrupt_self()
    except KeyboardInterrupt:
        return "interrupted at i=%d total=%d" % (i, total)
    return "finished i=%d total=%d" % (i, total)


def while_loop(at):
    i = 0
    while True:
        i += 1
        if i == at:
            os.kill(PID, signal.SIGINT)


def caught_by_caller(at):
    try:
        while_loop(at)
    except KeyboardInterrupt as e:
        tb = sys.exc_info()[2]
        names = [t[2] for t in traceback.extract_tb(tb)]
        return "caller caught %r from %s" % (e, names)


def through_finally(n, at):
    log = []
    try:
        for i in range(n):
            try:
                if i == at:
                    interrupt_self()
            finally:
                if i >= at:
                    log.append("finally %d" % i)
    except KeyboardInterrupt:
        log.append("caught")
    return log


def gen(at):
    i = 0
    while True:
        yield i
        i += 1
        if i == at:
            interrupt_self()


def drive_generator(at):
    g = gen(at)
    got = []
    try:
        for v in g:
            got.append(v)
    except KeyboardInterrupt:
        pass
    try:
        g.next()
        state = "generator alive"
    except StopIteration:
        state = "generator finished"
    return len(got), got[-1], state


for at in (5, 150, 299, 1000):
    print "caught_here", at, caught_here(300, at)
for at in (3, 500):
    print "caught_by_caller", at, caught_by_caller(at)
print "through_finally", through_finally(300, 200)
print "drive_generator", drive_generator(250)

# a Python signal handler
calls = []


def handler(signum, frame):
    calls.append((signum, frame is not None))
    if len(calls) == 3:
        raise ValueError("raised by handler on call %d" % len(calls))


old = signal.signal(signal.SIGINT, handler)
count = 0
try:
    for i in range(400):
        count += 1
        if i % 100 == 99:
            interrupt_self()
except ValueError as e:
    print "handler exception:", e, "count", count
print "handler calls", calls
signal.signal(signal.SIGINT, old)
print "default handler restored", old is signal.default_int_handler
print "caught_here after restore", caught_here(300, 42)
