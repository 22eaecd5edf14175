# sys._getframe(), f_lineno, f_back, f_code, f_locals and locals() read from
# inside hot loops and hot functions (compiled code must keep the heap frame's
# line number and locals current), locals() snapshots taken mid-loop, frames
# of callers inspected by a callee that tiered up, and tb_lineno /
# tb_frame.f_lineno of exceptions raised in hot code.

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


def hot_locals(n):
    snaps = []
    x = 0
    y = "start"
    for i in range(n):
        x += i
        if i == 37:
            z = "bound at 37"
        if i % 75 == 0:
            snaps.append(caller_locals(("i", "x", "y", "z")))
            d = locals()
            snaps.append(sorted(k for k in d if k != "d" and k != "snaps"))
        if i == 200:
            y = ["list", i]
            del z
    return snaps


def locals_snapshot_is_copy(n):
    d = None
    for i in range(n):
        v = i * 2
        if i == n // 2:
            d = locals()
    # locals() of a function is a snapshot; calling it again refreshes it
    before = (d["i"], d["v"])
    locals()
    after = (d["i"], d["v"])
    return before, after


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


def f_back_of_hot_callee(n):
    res = []
    for i in range(n):
        res.append(inspect_back(i))
    return res[::97]


def inspect_back(i):
    b = sys._getframe().f_back
    return b.f_code.co_name, b.f_locals["i"], b.f_lineno


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
for k in range(3):
    print "hot_locals", hot_locals(300)
print "locals_snapshot_is_copy", locals_snapshot_is_copy(300)
for k in range(4):
    print "level1", level1(200)
print "tb_lines", tb_lines(160)
print "frame_identity", frame_identity(500)
print "f_back_of_hot_callee", f_back_of_hot_callee(400)
print "multiline_call", multiline_call(200)
print "f_globals", f_globals_and_builtins()

# module-level hot loop: the frame is the module's
mod = []
for i in range(250):
    if i % 100 == 0:
        mod.append((sys._getframe().f_code.co_name, sys._getframe().f_lineno, where()))
print "module loop", mod
