# Functions with 260 locals generated at run time and compiled with exec:
# a for loop, a nested loop and a while loop long enough for OSR, every local
# checked after the loop against an independently computed value; and a
# generator with 200 locals that yields from inside its hot loop.

N = 260


def gen_function(name, n):
    src = ["def %s(count):" % name]
    for i in range(n):
        src.append("    a%d = %d" % (i, i))
    src.append("    i = 0")
    src.append("    while i < count:")
    for i in range(n):
        if i % 3 == 0:
            src.append("        a%d = a%d + i" % (i, i))
        elif i % 3 == 1:
            src.append("        a%d = a%d ^ (i * %d)" % (i, i, i))
        else:
            src.append("        a%d = (a%d * 3 + %d) %% 1000003" % (i, i, i))
    src.append("        i += 1")
    src.append("    for outer in range(count // 30):")
    src.append("        for inner in range(30):")
    for i in range(0, n, 7):
        src.append("            a%d -= inner - outer" % i)
    src.append("    return [" + ", ".join("a%d" % i for i in range(n)) + "]")
    return "\n".join(src) + "\n"


def expected(n, count):
    vals = list(range(n))
    for i in range(count):
        for k in range(n):
            if k % 3 == 0:
                vals[k] = vals[k] + i
            elif k % 3 == 1:
                vals[k] = vals[k] ^ (i * k)
            else:
                vals[k] = (vals[k] * 3 + k) % 1000003
    for outer in range(count // 30):
        for inner in range(30):
            for k in range(0, n, 7):
                vals[k] -= inner - outer
    return vals


ns = {}
exec gen_function("big", N) in ns
big = ns["big"]
print "big has", big.func_code.co_nlocals, "locals"
for count in (0, 1, 9, 10, 11, 150, 400, 150):
    got = big(count)
    want = expected(N, count)
    bad = [k for k in range(N) if got[k] != want[k]]
    print "count", count, "sum", sum(got), "mismatches", bad
    print "   ", got[:8], got[-4:]

# all values printed once for the longest run
got = big(400)
for k in range(0, N, 4):
    print "a%d..a%d" % (k, k + 3), got[k:k + 4]


def gen_generator(n):
    src = ["def g(count):"]
    for i in range(n):
        src.append("    b%d = %d" % (i, -i))
    src.append("    for j in range(count):")
    for i in range(n):
        src.append("        b%d += j %% %d" % (i, i % 13 + 1))
    src.append("        if j % 50 == 49:")
    src.append("            got = yield (j, " + " + ".join("b%d" % i for i in range(0, n, 10)) + ")")
    src.append("            if got is not None:")
    src.append("                b0 = got")
    src.append("    yield [" + ", ".join("b%d" % i for i in range(n)) + "]")
    return "\n".join(src) + "\n"


ns2 = {}
exec gen_generator(200) in ns2
g = ns2["g"](500)
first = g.next()
print "gen first", first
k = 0
while True:
    try:
        v = g.send(k * 1000)
    except StopIteration:
        print "gen done"
        break
    k += 1
    if isinstance(v, list):
        print "gen final", len(v), v[:10], sum(v)
    else:
        print "gen step", v
