# f_locals and locals() read repeatedly from hot code: each read of a frame's
# f_locals (and each locals() call) must reflect the locals' current values,
# CPython refreshing the same dict every time (PyFrame_FastToLocals). Read
# from inside a hot loop, from a callee inspecting its caller's frame while
# the caller's loop runs compiled, and from a suspended generator's gi_frame.

import sys


def caller_locals(names):
    f = sys._getframe(1)
    loc = f.f_locals
    return tuple(loc.get(n, "<unbound>") for n in names)


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


def f_back_of_hot_callee(n):
    res = []
    for i in range(n):
        res.append(inspect_back(i))
    return res[::97]


def inspect_back(i):
    b = sys._getframe().f_back
    return b.f_code.co_name, b.f_locals["i"], b.f_lineno


def framey(n):
    a = 0
    for i in range(n):
        a += i
        yield sys._getframe().f_lineno, sorted(k for k in sys._getframe().f_locals)


def same_frame_reads(n):
    fr = sys._getframe()
    x = 0
    seen = []
    for i in range(n):
        x = i * 3
        if i % 60 == 0:
            seen.append((fr.f_locals["x"], fr.f_locals["i"]))
    return seen


for k in range(3):
    print "hot_locals", hot_locals(300)
print "locals_snapshot_is_copy", locals_snapshot_is_copy(300)
print "f_back_of_hot_callee", f_back_of_hot_callee(400)
print "same_frame_reads", same_frame_reads(300)
fr = framey(300)
for k in range(299):
    r = fr.next()
print "framey", r, fr.gi_frame.f_lineno, fr.gi_frame.f_locals["a"], fr.gi_frame.f_locals["i"]
fr.next()
print "framey later", fr.gi_frame.f_locals["a"], fr.gi_frame.f_locals["i"]
