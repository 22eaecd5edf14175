# sys._getframe(), f_lineno, f_back, f_code and f_globals read from inside
# hot loops and hot functions (compiled code must keep the heap frame's line
# number current), the stack of callers walked by a callee that tiered up,
# and tb_lineno / tb_frame.f_lineno of exceptions raised in hot code.
# (f_locals and locals() read repeatedly are in tier_frame_f_locals_hot.py.)

import sys


def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno


def caller_locals(names):
    f = sys._getframe(1)
    loc = f.f_locals
    return tuple(loc.get(n, "<unbound>") for n in names)


def stack_names():
    out = []
    f = sys._getframe(1)
    while f is not None:
        out.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return out


def hot_lines(n):
    seen = []
    for i in range(n):
        a = where()
        if i % 2:
            b = where()
        else:
            b = where()
        if i % 100 == 0:
            seen.append((i, a, b, sys._getframe().f_lineno))
    return seen


def level3(n):
    r = []
    for i in range(n):
        if i % 60 == 0:
            r.append(stack_names()[:4])
    return r


def level2(n):
    return level3(n)


def level1(n):
    return level2(n)


def tb_lines(n):
    out = []
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ValueError(i)
            elif i % 3 == 1:
                None.attr
            else:
                [1, 2][i]
        except Exception:
            t, v, tb = sys.exc_info()
            if i % 50 < 3:
                out.append((i, t.__name__, tb.tb_lineno, tb.tb_frame.f_lineno,
                            tb.tb_frame.f_code.co_name))
    return out


def frame_identity(n):
    f0 = sys._getframe()
    same = 0
    for i in range(n):
        if sys._getframe() is f0:
            same += 1
    return same


def multiline_call(n):
    acc = []
    for i in range(n):
        acc.append(
            where()
        )
        x = (i +
             len(where()))
    return acc[-1], x


def f_globals_and_builtins():
    out = []
    for i in range(30):
        f = sys._getframe()
        out.append((f.f_globals is globals(), "len" in f.f_builtins if hasattr(f, "f_builtins") else None))
    return out[-1]


for k in range(4):
    print "hot_lines", hot_lines(301)
for k in range(4):
    print "level1", level1(200)
print "tb_lines", tb_lines(160)
print "frame_identity", frame_identity(500)
print "multiline_call", multiline_call(200)
print "f_globals", f_globals_and_builtins()

# module-level hot loop: the frame is the module's
mod = []
for i in range(250):
    if i % 100 == 0:
        mod.append((sys._getframe().f_code.co_name, sys._getframe().f_lineno, where()))
print "module loop", mod
