# OSR entry points in less simple loops: the inner loop of a nest going hot
# while the outer loop is still cold, a loop whose locals change type between
# iterations (int -> float -> long -> str -> None) so the state at the loop
# header differs each time, locals deleted and rebound inside the loop (an
# unbound local at the OSR point), while loops with and/or conditions,
# continue/break at several nesting depths, loop variables read after the
# loop, and functions whose hot loop is entered again on every call.


def inner_hot(n_outer, n_inner):
    rows = []
    for a in range(n_outer):
        s = 0
        for b in range(n_inner):
            if b % 3 == 0:
                continue
            s += a * b
            if s > 10 ** 5:
                break
        rows.append((a, b, s))
    return rows


def type_morphing(n):
    x = 0
    kinds = []
    for i in range(n):
        if i % 5 == 0:
            x = i
        elif i % 5 == 1:
            x = x + 0.5
        elif i % 5 == 2:
            x = int(x) + 10 ** 19
        elif i % 5 == 3:
            x = str(x)[:6]
        else:
            x = None
        kinds.append(type(x).__name__[0])
    return "".join(kinds[:15]), "".join(kinds[-5:]), x


def unbound_at_header(n):
    log = []
    for i in range(n):
        if i % 7 == 3:
            tmp = i
        if i % 7 == 5:
            log.append(tmp)
            del tmp
        if i % 7 == 6:
            try:
                log.append(tmp)
            except UnboundLocalError:
                log.append(-1)
    return log[:6], len(log), sum(log)


def while_conditions(n):
    i = j = 0
    steps = 0
    while (i < n and j < n * 2) or (i == n and j < n * 3 and not steps % 1000 == 999):
        if i < n:
            i += 1
        j += 2 if j % 3 else 1
        steps += 1
    return i, j, steps


def deep_nest(n):
    hits = 0
    last = None
    for a in range(n):
        for b in range(4):
            for c in range(4):
                if c == b:
                    continue
                if a % 50 == 49 and b == 3:
                    break
                for d in range(3):
                    if d == 2 and c == 3:
                        break
                    hits += 1
                    last = (a, b, c, d)
    return hits, last, a, b, c, d


def reentered(n):
    t = 0
    for i in range(n):
        t += i & 7
    return t


def long_body(n):
    a = b = c = d = e = f = 0
    for i in range(n):
        a = (a + i) % 1009
        b = (b * 3 + a) % 1013
        c = (c ^ b) + 1
        d = d + (c & 15) - (a & 7)
        e = max(e, d) if i % 2 else min(e, d)
        f = f + (1 if a > b else -1)
        a, b = b % 1009, a
        c, d, e = e, c, d
    return a, b, c, d, e, f


def loop_in_loop_calls(n):
    out = []
    for i in range(n):
        out.append(reentered(i % 40))
    return sum(out), out[-5:]


print "inner_hot", inner_hot(4, 400)[-2:], inner_hot(40, 30)[::9]
print "type_morphing", type_morphing(300)
print "unbound_at_header", unbound_at_header(300)
print "while_conditions", while_conditions(300)
print "deep_nest", deep_nest(120)
print "reentered", [reentered(n) for n in range(0, 300, 29)]
print "long_body", long_body(300), long_body(1000)
print "loop_in_loop_calls", loop_in_loop_calls(300)
