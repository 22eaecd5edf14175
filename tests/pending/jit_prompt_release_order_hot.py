# Deaths CPython's reference counting makes deterministic, observed from hot
# loops: __del__ and weakref callbacks must run at the same point and in the
# same order in every tier: objects dropped by rebinding a local while others
# are kept in a list, list items overwritten with None, a list slice deleted
# (CPython releases the items last to first), and a generator's locals
# released when it finishes.

import weakref

events = []


class Tracked(object):
    def __init__(self, name):
        self.name = name

    def __del__(self):
        events.append("del " + self.name)


class Node(object):
    __slots__ = ("val", "next", "__weakref__")

    def __init__(self, val, nxt):
        self.val = val
        self.next = nxt


def weakref_callbacks(n):
    del events[:]
    refs = []
    holder = []
    for i in range(n):
        node = Node(i, None)
        refs.append(weakref.ref(node, lambda r, i=i: events.append("cb %d" % i)))
        if i % 3 == 0:
            holder.append(node)
        node = None
    alive = sum(1 for r in refs if r() is not None)
    del holder[::2]
    alive2 = sum(1 for r in refs if r() is not None)
    holder = None
    alive3 = sum(1 for r in refs if r() is not None)
    return alive, alive2, alive3, events[:5], len(events)


def del_in_list_order(n):
    del events[:]
    items = [Tracked("L%d" % i) for i in range(n)]
    for i in range(n):
        if i % 2:
            items[i] = None
    events.append("odd gone")
    del items[:]
    events.append("all gone")
    return events[:4], events[n // 2 - 1:n // 2 + 2], events[-3:], len(events)


def generator_locals_die(n):
    del events[:]

    def g():
        keep = Tracked("gen-local")
        for i in range(n):
            yield i
        events.append("generator returning")
    total = 0
    for v in g():
        total += v
    events.append("loop done")
    return total, list(events)


def rebinding_with_keepers(n):
    del events[:]
    keep = []
    obj = None
    for i in range(n):
        obj = Tracked("r%d" % i)
        if i % 4 == 0:
            keep.append(obj)
    events.append("loop done")
    return len(events), events[:3], events[-3:]


print "weakref_callbacks", weakref_callbacks(300)
print "del_in_list_order", del_in_list_order(200)
print "generator_locals_die", generator_locals_die(300)
print "rebinding_with_keepers", rebinding_with_keepers(300)
