# Module-level and exec'd code in hot loops: LoadName/StoreName from compiled code (OSR into
# the module body), NameError raised from a compiled loop, names deleted and rebound while hot,
# a custom mapping as exec's locals, and a store of None releasing an object with __del__.
import sys

total = 0
for i in xrange(3000):
    total += i
    last = i
print "sum", total, "last", last

# A builtin shadowed by a global mid-loop, then the global deleted again.
seen = []
for i in xrange(200):
    if i == 100:
        len = lambda x: -1
    if i == 150:
        del len
    seen.append(len("abc"))
print "len results", seen[99], seen[100], seen[149], seen[150]

# NameError from the compiled loop, caught at module level.
count = 0
try:
    for i in xrange(500):
        count += 1
        if i == 400:
            del count
except NameError as e:
    print "NameError:", e
print "count defined:", "count" in globals()

# A name deleted then read: NameError with CPython's message.
try:
    for i in xrange(100):
        tmp = i
        if i == 60:
            del tmp
            print tmp
except NameError as e:
    print "caught", e


class Loud(object):
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print "del", self.n


holder = Loud(1)
for i in xrange(50):
    if i == 30:
        holder = None
        print "after store None"
print "holder", holder


class Recorder(dict):
    def __getitem__(self, key):
        return dict.__getitem__(self, key)

    def __setitem__(self, key, value):
        dict.__setitem__(self, key, value)


ns = Recorder()
exec "acc = 0\nfor j in range(2000):\n    acc = acc + j\n    mark = j % 7\n" in {}, ns
print "exec mapping", ns["acc"], ns["mark"]

exec "for k in range(300):\n    undefined_later = k\nprint undefined_later" in {}
try:
    exec "for k in range(300):\n    if k == 250: print missing_name\n" in {}
except NameError as e:
    print "exec NameError:", e


class Body(object):
    items = []
    for q in range(120):
        items.append(q * 2)
    last_q = q
print "class body", len(Body.items), Body.last_q, Body.items[-1]
sys.stdout.flush()
