# A Python-level SIGINT handler installed with signal.signal while a loop is
# hot: os.kill on our own pid runs the handler, which counts its calls and on
# its third call raises an exception that escapes the hot loop; SIG_IGN makes
# the signal vanish; the default handler then raises KeyboardInterrupt again.
# CPython runs a handler as soon as kill() returns; an implementation that
# receives the signal on another OS thread runs it a little later, so after
# each kill the program waits (in a hot loop that must check for signals) until
# the handler has run, for at most 10 s.

import os
import signal
import time

PID = os.getpid()
calls = []


def interrupt_and_wait():
    before = len(calls)
    os.kill(PID, signal.SIGINT)
    deadline = time.time() + 10
    while len(calls) == before and time.time() < deadline:
        pass
    if len(calls) == before:
        print "handler did not run within 10 s"


def interrupt_and_linger():
    os.kill(PID, signal.SIGINT)
    deadline = time.time() + 0.2
    while time.time() < deadline:
        pass


def caught_here(n, at, interrupt):
    i = -1
    total = 0
    try:
        for i in range(n):
            total += i
            if i == at:
                interrupt()
    except KeyboardInterrupt:
        return "interrupted at i=%d total=%d" % (i, total)
    return "finished i=%d total=%d" % (i, total)


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
            interrupt_and_wait()
except ValueError as e:
    print "handler exception:", e, "count", count
print "handler calls", calls


def hot_with_handler(n):
    seen = []
    base = len(calls)
    for i in range(n):
        if i % 50 == 49:
            interrupt_and_wait()
        if len(calls) - base != len(seen):
            seen.append(i)
    return seen

signal.signal(signal.SIGINT, lambda s, f: calls.append(s))
for k in range(3):
    print "hot_with_handler", hot_with_handler(300), len(calls)
signal.signal(signal.SIGINT, signal.SIG_IGN)
print "ignored", caught_here(300, 100, interrupt_and_linger), len(calls)
print "handler is SIG_IGN", signal.getsignal(signal.SIGINT) == signal.SIG_IGN
signal.signal(signal.SIGINT, old)
print "default handler restored", old is signal.default_int_handler
print "default again", caught_here(300, 100, interrupt_and_linger)
