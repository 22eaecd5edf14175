# SIGINT delivered to the process from inside a hot loop (os.kill on our own
# pid after N iterations, then a hot wait loop until it is seen, so the
# interrupt lands in the same iteration in every tier and implementation): the
# KeyboardInterrupt is caught in the same function, by the caller, passes
# through finally blocks and interrupts a generator. (A Python-level handler
# installed with signal.signal is in tier_sigint_python_handler_hot.py.)

import os
import signal
import time
import sys
import traceback

PID = os.getpid()


def interrupt_self():
    # CPython runs the handler as soon as kill() returns; an implementation that
    # receives the signal on another OS thread sees it a little later, so wait
    # here (in a hot loop that must itself check for signals) for up to 10 s.
    os.kill(PID, signal.SIGINT)
    deadline = time.time() + 10
    while time.time() < deadline:
        pass
    print "signal not seen within 10 s"


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
            interrupt_self()


def caught_by_caller(at):
    try:
        while_loop(at)
    except KeyboardInterrupt as e:
        tb = sys.exc_info()[2]
        names = [t[2] for t in traceback.extract_tb(tb)][:2]
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

