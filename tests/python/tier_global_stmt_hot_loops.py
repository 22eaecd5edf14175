# The `global` statement in hot code: module globals incremented in OSR'd
# loops (the module dict must see every store, other functions read the new
# values mid-loop), globals created and deleted from inside a hot function,
# globals whose type changes, a global shadowing a builtin made and removed by
# a hot function, globals modified through globals() while a loop caches
# them, and the module-level loop itself running hot over globals.

counter = 0
total = 0.0
names = []


def peek():
    return counter


def bump_counter(n):
    global counter
    seen = []
    for i in range(n):
        counter += 1
        if i % 100 == 0:
            seen.append(peek())
    return seen


def create_and_delete(n):
    global fresh
    out = []
    for i in range(n):
        if i == 50:
            fresh = "created"
        if i == 150:
            del fresh
        if i == 200:
            fresh = 200
        try:
            out.append(fresh)
        except NameError as e:
            out.append("NameError")
    return out[48:52], out[148:152], out[198:202]


def type_changes(n):
    global total
    for i in range(n):
        if i == 100:
            total = int(total)
        if i == 200:
            total = str(total)
        if i < 200:
            total += i if i >= 100 else i * 0.5
        else:
            total += "."
    return total[:12], len(total)


def shadow_builtin(n):
    global len
    out = []
    for i in range(n):
        if i == 100:
            len = lambda s: "global len"
        if i == 200:
            del len
        if i % 50 == 0:
            out.append(len("abcd"))
    return out


def through_globals_dict(n):
    out = []
    for i in range(n):
        if i % 100 == 50:
            globals()["counter"] = -i
        out.append(counter)
    return out[48:53], out[-1]


def global_in_nested():
    def inner(n):
        global names
        for i in range(n):
            names = names + [i] if i % 90 == 0 else names
        return names
    return inner(300)


def global_in_generator(n):
    global counter
    for i in range(n):
        counter += 2
        yield counter


print "bump_counter", bump_counter(300), counter
print "bump_counter again", bump_counter(300), counter
print "create_and_delete", create_and_delete(300)
print "fresh at module level", fresh
print "type_changes", type_changes(300)
print "shadow_builtin", shadow_builtin(300)
print "through_globals_dict", through_globals_dict(300)
print "global_in_nested", global_in_nested()
counter = 0
g = list(global_in_generator(300))
print "global_in_generator", g[:3], g[-3:], counter

# hot loop at module level over globals
acc = 0
for idx in range(500):
    acc += idx
    if idx == 250:
        del acc
        acc = -1
print "module loop", acc, idx

exec "for idx2 in range(300):\n    counter += 1"
print "exec at module level", counter, idx2
