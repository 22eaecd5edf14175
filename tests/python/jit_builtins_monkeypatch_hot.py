# Name lookups a JIT may cache: builtins replaced in __builtin__ while a
# function calling them is hot, a module global shadowing a builtin added and
# removed mid-loop, globals deleted (NameError inside a hot loop), a function's
# globals dict being another module's, and builtins used from exec'd code with
# its own __builtins__.

import __builtin__
import sys

real_len = __builtin__.len
real_abs = __builtin__.abs


def uses_len(seqs):
    total = 0
    for s in seqs:
        total += len(s)
    return total


def uses_abs(n):
    return [abs(i - n // 2) for i in range(0, n, n // 10 or 1)]


seqs = [range(i % 9) for i in range(300)]
print "uses_len real", uses_len(seqs)
__builtin__.len = lambda s: 1000
print "uses_len patched", uses_len(seqs)
__builtin__.len = real_len
print "uses_len restored", uses_len(seqs)

# a module global that shadows the builtin
len = lambda s: -1
print "uses_len global shadow", uses_len(seqs)
del len
print "uses_len shadow removed", uses_len(seqs)


def shadow_mid_loop(n):
    out = []
    for i in range(n):
        if i == 100:
            globals()["len"] = lambda s: "shadow"
        if i == 200:
            del globals()["len"]
        if i == 250:
            __builtin__.len = lambda s: "patched builtin"
        if i % 25 == 0:
            out.append(len("abc"))
    __builtin__.len = real_len
    return out

print "shadow_mid_loop", shadow_mid_loop(300)


def builtin_deleted_mid_loop(n):
    out = []
    for i in range(n):
        if i == 150:
            del __builtin__.abs
        try:
            out.append(abs(-i))
        except NameError as e:
            out.append(str(e))
            __builtin__.abs = real_abs
    return out[148:153], out[-1]

print "builtin_deleted_mid_loop", builtin_deleted_mid_loop(300)

for k in range(4):
    print "uses_abs", uses_abs(100 + k)
__builtin__.abs = lambda x: "abs!"
print "uses_abs patched", uses_abs(20)
__builtin__.abs = real_abs
print "uses_abs restored", uses_abs(20)

helper_value = 1


def reads_global(n):
    t = 0
    for i in range(n):
        t += helper_value
    return t


def global_deleted(n):
    global helper_value
    out = []
    for i in range(n):
        if i == 120:
            del helper_value
        try:
            out.append(helper_value)
        except NameError as e:
            out.append(str(e))
            helper_value = i
    return out[118:124]

print "reads_global", reads_global(300)
helper_value = 2.5
print "reads_global float", reads_global(300)
helper_value = "s"
try:
    reads_global(300)
except TypeError as e:
    print "reads_global str:", e
helper_value = 1
print "global_deleted", global_deleted(300)
print "reads_global after", reads_global(300)

# other builtins commonly special-cased: range, isinstance, type, min, len on
# the argument of a hot loop
real_range = __builtin__.range
real_isinstance = __builtin__.isinstance


def uses_range_isinstance(n):
    c = 0
    for i in range(n):
        if isinstance(i, int):
            c += 1
    return c

for k in range(5):
    print "uses_range_isinstance", uses_range_isinstance(200)
__builtin__.range = lambda n: [n, n, n]
__builtin__.isinstance = lambda o, t: o == 200
print "patched range/isinstance", uses_range_isinstance(200)
__builtin__.range = real_range
__builtin__.isinstance = real_isinstance
print "restored range/isinstance", uses_range_isinstance(200)

# exec'd code with its own __builtins__ dict
code = compile("t = 0\nfor i in range(300):\n    t += len(str(i))\n", "<hot>", "exec")
ns = {}
exec code in ns
print "exec default builtins", ns["t"]
custom = dict(vars(__builtin__))
custom["len"] = lambda s: 2
for k in range(3):
    ns = {"__builtins__": custom}
    exec code in ns
    print "exec custom builtins", ns["t"]
ns = {}
exec code in ns
print "exec default builtins again", ns["t"]
