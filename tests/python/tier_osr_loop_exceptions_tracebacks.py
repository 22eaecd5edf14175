# Exceptions raised inside loops hot enough for OSR: caught in the same
# function, caught by the caller several frames up, re-raised, raised from a
# callee that itself tiered up. Tracebacks (format_exc with the file name cut
# to its base name, extract_tb, tb_lineno, tb_frame.f_lineno) must be the same
# whatever tier each frame runs in.

import os
import sys
import traceback


def show_tb(tb):
    for fname, line, func, text in traceback.extract_tb(tb):
        print "    %s:%d in %s: %s" % (os.path.basename(fname), line, func, text)


def show_format_exc():
    text = traceback.format_exc()
    for ln in text.splitlines():
        if ln.startswith('  File "'):
            q = ln.index('"', 8)
            ln = '  File "' + os.path.basename(ln[8:q]) + ln[q:]
        print "    |" + ln


def raise_at(i, when):
    if i == when:
        raise ValueError("hit %d" % i)
    return i * 2


def caught_same_function(n, when):
    total = 0
    errors = 0
    for i in range(n):
        try:
            total += raise_at(i, when)
            if i % 97 == 96:
                total += {}["missing-%d" % i]
        except ValueError as e:
            errors += 1
            print "  caught", e, "at line", sys.exc_info()[2].tb_lineno
            show_tb(sys.exc_info()[2])
        except KeyError as e:
            errors += 1
            print "  keyerror", e, "tb_lineno", sys.exc_info()[2].tb_lineno
    return total, errors


def loop_raises(n, when):
    acc = 0
    for i in range(n):
        acc += i
        if i == when:
            x = acc // (i - i)
    return acc


def middle(n, when):
    r = loop_raises(n, when)
    return r + 1


def caller(n, when):
    try:
        return middle(n, when)
    except ZeroDivisionError:
        tb = sys.exc_info()[2]
        print "  caller caught:", sys.exc_info()[1]
        show_tb(tb)
        lines = []
        while tb is not None:
            lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_lineno))
            tb = tb.tb_next
        print "  tb chain", lines
        show_format_exc()
        return None


def while_loop_raise(limit):
    i = 0
    seen = []
    while True:
        i += 1
        if i % 50 == 0:
            seen.append(i)
        if i > limit:
            raise IndexError("past limit %d" % limit)


def reraise_in_loop(n):
    out = []
    for i in range(n):
        try:
            try:
                if i % 40 == 39:
                    raise TypeError("inner %d" % i)
            except TypeError:
                if i % 80 == 79:
                    raise
                out.append(i)
        except TypeError as e:
            out.append(-i)
            print "  reraised", e
            show_tb(sys.exc_info()[2])
    return out


def three_arg_raise(n):
    saved = None
    for i in range(n):
        try:
            if i == n // 2:
                [][i]
        except IndexError:
            saved = sys.exc_info()
    print "  saved", saved[0].__name__, saved[1], saved[2].tb_lineno
    raise saved[0], saved[1], saved[2]


def nested_loop_raise(n):
    for a in range(n):
        for b in range(n):
            for c in range(n):
                if a * b * c == 1000:
                    raise StopIteration((a, b, c))


for when in (-1, 5, 150, 299):
    print "caught_same_function", when, caught_same_function(300, when)

for when in (0, 3, 11, 200, 499):
    print "caller", when, caller(500, when)

for limit in (5, 300, 1000):
    try:
        while_loop_raise(limit)
    except IndexError as e:
        print "while_loop_raise", e
        show_tb(sys.exc_info()[2])

print "reraise_in_loop", reraise_in_loop(250)

for n in (4, 100, 301):
    try:
        three_arg_raise(n)
    except IndexError as e:
        print "three_arg_raise", n, e
        show_tb(sys.exc_info()[2])

for n in (5, 12, 30):
    try:
        nested_loop_raise(n)
        print "nested_loop_raise", n, "no raise"
    except StopIteration as e:
        print "nested_loop_raise", n, e
        show_tb(sys.exc_info()[2])

# the same function failing on every call after it has tiered up
for k in range(8):
    try:
        loop_raises(100 + k, 90 + k)
    except ZeroDivisionError as e:
        tb = sys.exc_info()[2]
        print "repeat", k, e, [t[1] for t in traceback.extract_tb(tb)]
