# Objects held only by compiled code must stay alive: values in locals and
# temporaries of a hot loop, a suspended generator's frame, closure cells,
# bound methods and iterators, all while the loop allocates heavily and calls
# gc.collect(). Deaths CPython makes deterministic (reference counts reaching
# zero when a local is rebound in a hot loop) must run __del__ at the same
# point in every tier. (Deaths through list stores, slices, weakref callbacks
# and finished generators are in jit_prompt_release_order_hot.py.)

import gc
import weakref

events = []


class Tracked(object):
    def __init__(self, name):
        self.name = name
        self.payload = [name] * 3

    def __del__(self):
        events.append("del " + self.name)


class Node(object):
    __slots__ = ("val", "next", "__weakref__")

    def __init__(self, val, nxt):
        self.val = val
        self.next = nxt


def build_chain(n):
    head = None
    for i in range(n):
        head = Node(i, head)
        if i % 100 == 0:
            gc.collect()
    return head


def chain_sum(head):
    s = 0
    while head is not None:
        s += head.val
        head = head.next
    return s


def live_temporaries(n):
    # the tuple, string and list temporaries must survive the collections
    out = []
    for i in range(n):
        t = (str(i) * 3, [i, i + 1], {"k": i})
        junk = [[j] * 4 for j in range(20)]
        if i % 25 == 0:
            gc.collect()
        out.append(t[0][-1] + str(t[1][1]) + str(t[2]["k"]))
        del junk
    return "".join(out[-5:]), len(out)


def gen_under_pressure(n):
    def g():
        keep = [Tracked("gen-local")]
        total = 0
        for i in range(n):
            total += i
            x = yield total + len(keep[0].payload)
            if x:
                keep.append(x)
        events.append("gen kept %d" % len(keep))
    it = g()
    vals = [it.next()]
    for i in range(n - 1):
        if i % 50 == 0:
            gc.collect()
            vals.append(it.send([i] * 10))
        else:
            vals.append(it.send(None))
        garbage = [str(j) for j in range(30)]
    try:
        it.next()
    except StopIteration:
        pass
    return vals[-1], len(vals)


def make_counters(k):
    fns = []
    for j in range(k):
        state = [j * 100]

        def bump(step=1):
            state[0] += step
            return state[0]
        fns.append(bump)
    return fns


def closures_under_pressure(n):
    fns = make_counters(5)
    for i in range(n):
        fns[i % 5]()
        junk = [object() for _ in range(10)]
        if i % 60 == 0:
            gc.collect()
    return [f(0) for f in fns]


def rebinding_deaths(n):
    del events[:]
    obj = None
    for i in range(n):
        obj = Tracked("t%d" % i)   # the previous one dies right here
        if i % 100 == 99:
            events.append("loop at %d" % i)
    events.append("after loop")
    obj = None
    events.append("end")
    return list(events[:6]), list(events[-6:]), len(events)


def iterator_roots(n):
    data = [Node(i, None) for i in range(n)]
    it = iter(data)
    data = None
    s = 0
    for node in it:
        s += node.val
        if node.val % 50 == 0:
            gc.collect()
            junk = [[0] * 20 for _ in range(20)]
    return s


def bound_method_roots(n):
    meth = Tracked("bm").__init__
    events_before = len(events)
    for i in range(n):
        if i % 40 == 0:
            gc.collect()
        meth("bm%d" % (i % 3))
    return meth.__self__.name, len(events) - events_before


for k in range(3):
    h = build_chain(400)
    gc.collect()
    print "chain", chain_sum(h)
print "live_temporaries", live_temporaries(300)
del events[:]
print "gen_under_pressure", gen_under_pressure(300), [e for e in events if not e.startswith("del")]
print "closures_under_pressure", closures_under_pressure(300)
print "rebinding_deaths", rebinding_deaths(300)
print "iterator_roots", iterator_roots(300)
del events[:]
print "bound_method_roots", bound_method_roots(300), events
