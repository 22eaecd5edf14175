# try/finally and with statements inside loops hot enough for OSR: break,
# continue and return passing through finally blocks (continue inside a
# finally clause is a SyntaxError in 2.7, so it only passes through), finally overriding a
# return or swallowing an exception, context managers whose __exit__ sees (and
# sometimes suppresses) exceptions, nested finally blocks, and exceptions
# escaping through several finally layers to the caller.

import sys

log = []


class CM(object):
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
        self.entered = 0
        self.exited = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, t, v, tb):
        self.exited += 1
        if t is not None:
            log.append((self.name, t.__name__, str(v), tb.tb_lineno))
            return self.suppress
        return False


def break_through_finally(n, stop):
    fin = 0
    i = 0
    for i in range(n):
        try:
            if i == stop:
                break
            if i % 3 == 0:
                continue
        finally:
            fin += 1
    return i, fin


def continue_through_nested_finally(n):
    a = b = c = 0
    for i in range(n):
        try:
            try:
                if i % 2:
                    continue
                a += 1
            finally:
                b += 1
        finally:
            c += 1
    return a, b, c


def return_from_finally(n):
    for i in range(n):
        try:
            if i == n - 1:
                raise ValueError("swallowed by return in finally")
        finally:
            if i == n - 1:
                return "returned at %d" % i
    return "loop ended"


def finally_overrides_return(n):
    count = 0
    for i in range(n):
        try:
            count += 1
            if i == n // 2:
                return ("try", i)
        finally:
            if i == n // 2 and n % 2 == 0:
                return ("finally", i, count)
    return ("end", count)


def with_in_loop(n, suppress):
    cm = CM("cm%d" % n, suppress)
    total = 0
    for i in range(n):
        with cm as c:
            total += i
            if i % 64 == 63:
                raise KeyError(i)
    return total, cm.entered, cm.exited


def with_break_continue(n):
    a = CM("a")
    b = CM("b", True)
    out = []
    for i in range(n):
        with a:
            with b:
                if i % 7 == 0:
                    continue
                if i == n - 3:
                    break
                if i % 11 == 0:
                    1 // 0
                out.append(i)
    return len(out), sum(out), a.entered, a.exited, b.entered, b.exited


def while_finally_counter(n):
    i = 0
    fins = []
    while i < n:
        try:
            i += 1
            if i % 100 == 0:
                raise RuntimeError("r%d" % i)
        except RuntimeError as e:
            fins.append(str(e))
        finally:
            if i % 150 == 0:
                fins.append("f%d" % i)
    return fins


def escape_through_layers(n):
    depth = []
    for i in range(n):
        try:
            try:
                try:
                    if i == n - 1:
                        {}[i]
                finally:
                    if i == n - 1:
                        depth.append(1)
            finally:
                if i == n - 1:
                    depth.append(2)
        finally:
            if i == n - 1:
                depth.append(3)
                print "  escaping with depth", depth, "exc", sys.exc_info()[0].__name__


def exception_in_finally(n):
    r = []
    for i in range(n):
        try:
            try:
                if i % 50 == 49:
                    raise ValueError(i)
            finally:
                if i % 100 == 99:
                    raise TypeError("from finally %d" % i)
        except ValueError as e:
            r.append(("V", e.args[0]))
        except TypeError as e:
            r.append(("T", str(e)))
    return r


def generator_finally_in_loop(n):
    def gen():
        for i in range(n):
            try:
                yield i
            finally:
                log.append("gen finally %d" % i) if i % 100 == 0 else None
    total = 0
    for v in gen():
        total += v
        if v == n - 5:
            break
    return total


for n, stop in ((10, 5), (300, 250), (300, 1000), (500, 0)):
    print "break_through_finally", n, stop, break_through_finally(n, stop)
for n in (5, 300, 1001):
    print "continue_through_nested_finally", n, continue_through_nested_finally(n)
for n in (1, 20, 300):
    print "return_from_finally", n, return_from_finally(n)
for n in (3, 4, 300, 301):
    print "finally_overrides_return", n, finally_overrides_return(n)
for n, s in ((30, False), (300, True), (300, False)):
    del log[:]
    try:
        print "with_in_loop", n, s, with_in_loop(n, s)
    except KeyError as e:
        print "with_in_loop raised KeyError", e, "line", sys.exc_info()[2].tb_next.tb_lineno
    print "  log", log
del log[:]
print "with_break_continue", with_break_continue(300)
print "  log", len(log), log[:4], log[-2:]
print "while_finally_counter", while_finally_counter(640)
for n in (2, 400):
    try:
        escape_through_layers(n)
    except KeyError as e:
        print "escape_through_layers", n, "KeyError", e, "line", sys.exc_info()[2].tb_next.tb_lineno
print "exception_in_finally", exception_in_finally(420)
del log[:]
print "generator_finally_in_loop", generator_finally_in_loop(400), log
