# Guards a JIT places on classes: class attributes and methods rebound while a
# method using them is hot, attributes added to / deleted from a base class
# (shadowing changes along the MRO), instance attributes shadowing class ones
# mid-loop, __class__ reassigned on an instance inside a hot loop, __bases__
# replaced, and descriptors (property) swapped in for plain attributes.


class Base(object):
    scale = 2

    def get(self):
        return self.val * self.scale

    def kind(self):
        return "Base"


class Derived(Base):
    def kind(self):
        return "Derived"


class Other(object):
    scale = 100

    def get(self):
        return -self.val

    def kind(self):
        return "Other"


def hot_get(objs, n):
    total = 0
    kinds = []
    for i in range(n):
        o = objs[i % len(objs)]
        total += o.get()
        if i % 50 == 0:
            kinds.append(o.kind())
    return total, kinds


objs = []
for i in range(4):
    o = Derived()
    o.val = i + 1
    objs.append(o)

print "plain", hot_get(objs, 300)
Base.scale = 3
print "Base.scale=3", hot_get(objs, 300)
Derived.scale = 5
print "Derived.scale=5 shadows", hot_get(objs, 300)
del Derived.scale
print "del Derived.scale", hot_get(objs, 300)
Base.get = lambda self: self.val + 1000
print "Base.get replaced", hot_get(objs, 300)
Derived.get = lambda self: self.val - 1000
print "Derived.get added", hot_get(objs, 300)
del Derived.get
del Base.get
try:
    hot_get(objs, 300)
except AttributeError as e:
    print "no get:", e
Base.get = lambda self: self.val
objs[1].get = lambda: 77
print "instance attr shadows method", hot_get(objs, 300)
del objs[1].get
print "instance attr removed", hot_get(objs, 300)


def rebinding_inside_loop(n):
    o = Derived()
    o.val = 10
    out = []
    for i in range(n):
        if i == 100:
            Base.scale = 7
            Base.get = lambda self: self.val * self.scale
        if i == 150:
            Derived.get = lambda self: "derived-get"
        if i == 200:
            del Derived.get
        if i == 250:
            o.scale = 0.5
        if i % 25 == 0:
            out.append(o.get())
    return out

print "rebinding_inside_loop", rebinding_inside_loop(300)


def class_swap(n):
    o = Derived()
    o.val = 3
    out = []
    for i in range(n):
        if i % 40 == 0:
            o.__class__ = Other if o.__class__ is not Other else Derived
        out.append(o.kind()[0])
        out.append(str(o.get()))
    return "".join(out[::37]), out.count("O"), out.count("D")

for k in range(3):
    print "class_swap", class_swap(400)


class OldA:
    def who(self):
        return "OldA"


class OldB:
    def who(self):
        return "OldB"


def old_class_swap(n):
    o = OldA()
    r = []
    for i in range(n):
        if i % 30 == 29:
            o.__class__ = OldB if o.__class__ is OldA else OldA
        r.append(o.who())
    return r.count("OldA"), r.count("OldB"), r[-1]

print "old_class_swap", old_class_swap(300)


class Mixin1(object):
    def tag(self):
        return "m1"


class Mixin2(object):
    def tag(self):
        return "m2"


class Swappable(Mixin1):
    pass


def bases_swap(n):
    s = Swappable()
    out = []
    for i in range(n):
        if i == n // 2:
            Swappable.__bases__ = (Mixin2,)
        out.append(s.tag())
    Swappable.__bases__ = (Mixin1,)
    return out.count("m1"), out.count("m2")

print "bases_swap", bases_swap(300)


class P(object):
    def __init__(self):
        self.x = 1


def property_swap(n):
    p = P()
    out = []
    for i in range(n):
        if i == 100:
            P.x = property(lambda self: "from property")
        if i == 200:
            del P.x
        if i % 20 == 0:
            out.append(p.x)
    return out

print "property_swap", property_swap(300)


class Counter(object):
    count = 0

    def bump(self):
        Counter.count += 1
        self.count += 10
        return self.count


def counter_loop(n):
    cs = [Counter() for _ in range(3)]
    r = []
    for i in range(n):
        r.append(cs[i % 3].bump())
    return Counter.count, [c.count for c in cs], r[-5:]

print "counter_loop", counter_loop(300)


class Slotted(object):
    __slots__ = ("a", "b")


def slots_hot(n):
    s = Slotted()
    s.a = 0
    out = []
    for i in range(n):
        s.a += i
        if i == 100:
            s.b = "b set"
        if i == 200:
            del s.b
        if i % 50 == 0:
            try:
                out.append((s.a, s.b))
            except AttributeError as e:
                out.append((s.a, str(e)))
    return out

print "slots_hot", slots_hot(300)


def getattr_hook(n):
    class G(object):
        def __getattr__(self, name):
            return name * 2
    g = G()
    out = []
    for i in range(n):
        if i == 150:
            g.ab = "real"
        if i == 250:
            G.__getattr__ = lambda self, name: len(name)
        if i % 50 == 0:
            out.append((g.ab, g.xyz))
    return out

print "getattr_hook", getattr_hook(300)
