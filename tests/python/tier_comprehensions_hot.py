# List, set and dict comprehensions and generator expressions in hot
# functions: nested comprehensions with conditions, the Python 2 list
# comprehension leaking its variable into the enclosing scope (and overwriting
# a local of the same name mid-loop), set/dict comprehensions having their own
# scope, comprehensions raising part way, and comprehensions over iterators
# the loop also advances. Sets and dicts are printed sorted.


def listcomp(n):
    return [x * y for x in range(n) if x % 3 for y in (1, -1) if x + y]


def leaks(n):
    x = "before"
    out = []
    for i in range(n):
        if i == n // 2:
            out.append(x)
        vals = [x for x in range(i % 5)]
        out.append(x if vals else "empty")
    return out[:6], out[n // 2:n // 2 + 4], x


def setcomp(n):
    x = "kept"
    s = {x % 17 for x in range(n)}
    return sorted(s), x


def dictcomp(n):
    k = "kept"
    d = {k: k * k for k in range(n) if k % 7 == 3}
    return sorted(d.items())[:5], len(d), sum(d.values()), k


def nested(n):
    return [[i * j for j in range(i % 4)] for i in range(n) if i % 50 < 3]


def raising(n, bad):
    try:
        return [10 // (x - bad) for x in range(n)]
    except ZeroDivisionError as e:
        return "raised: %s" % e


def raising_set(n, bad):
    try:
        return len({10 // (x - bad) for x in range(n)})
    except ZeroDivisionError as e:
        return "raised: %s" % e


def shared_iterator(n):
    it = iter(range(n))
    pairs = []
    for a in it:
        pairs.append((a, [b for b in it if b % 10 == 0][:2]))
    return pairs


def genexp_sum(n):
    total = 0
    for i in range(n):
        total += sum(j for j in range(i % 13) if j != 5)
    return total


def comp_in_loop_with_outer(n):
    out = []
    for i in range(n):
        row = [i + j for j in range(3)]
        st = {(i + j) % 4 for j in range(5)}
        dc = {j: i for j in range(2)}
        out.append((sum(row), sorted(st), sorted(dc.items())))
    return out[::71]


def unpack_comp(n):
    pairs = [(i, str(i)) for i in range(n)]
    return [s + "!" for i, s in pairs if i % 61 == 0], {s: i for i, s in pairs if i % 97 == 0}


def comp_types_change(seqs):
    return [[x + x for x in s] for s in seqs]


for k in range(3):
    r = listcomp(300)
    print "listcomp", len(r), r[:6], r[-4:]
print "leaks", leaks(300)
print "setcomp", setcomp(300)
print "dictcomp", dictcomp(300)
print "nested", nested(300)
for bad in (-1, 0, 150, 299):
    r = raising(300, bad)
    print "raising", bad, r if isinstance(r, str) else (len(r), r[:3], r[-3:])
    print "raising_set", bad, raising_set(300, bad)
print "shared_iterator", shared_iterator(100)
print "genexp_sum", genexp_sum(300)
print "comp_in_loop_with_outer", comp_in_loop_with_outer(300)
r = unpack_comp(300)
print "unpack_comp", r[0], sorted(r[1].items())
for k in range(12):
    seqs = [[k, k + 1], [k * 0.5], ["a" * (k % 3)], [(k,)], [[k]], [10 ** 19 + k]]
    print "comp_types_change", comp_types_change(seqs)

# module-level comprehensions leak into globals
[leaked for leaked in range(300)]
print "module leak", leaked
print "module set/dict scope", sorted({z for z in range(3)}), "z" in globals()
