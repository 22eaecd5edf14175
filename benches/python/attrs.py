# Instance attribute loads and stores: plain classes, subclasses, __slots__ classes, class
# attributes read through instances, properties, and attributes added after creation.
# Usage: attrs.py [N]   (default N=1000000; prints the accumulated values)
import sys


class Counter(object):
    step = 3

    def __init__(self):
        self.value = 0
        self.hits = 0
        self.last = None


class NamedCounter(Counter):
    def __init__(self, name):
        Counter.__init__(self)
        self.name = name


class Slotted(object):
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 0
        self.b = 1


class Temperature(object):
    def __init__(self):
        self._celsius = 0.0

    def _get(self):
        return self._celsius * 9.0 / 5.0 + 32.0

    def _set(self, f):
        self._celsius = (f - 32.0) * 5.0 / 9.0

    fahrenheit = property(_get, _set)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    c = Counter()
    nc = NamedCounter("x")
    s = Slotted()
    for i in xrange(n):
        c.value = c.value + c.step
        c.hits += 1
        c.last = i
        nc.value += nc.step
        nc.hits = c.hits
        s.a, s.b = s.b, (s.a + s.b) & 0xffff
    print "counter:", c.value, c.hits, c.last
    print "named:", nc.name, nc.value, nc.hits
    print "slotted:", s.a, s.b
    t = Temperature()
    acc = 0.0
    for i in xrange(n // 4):
        t.fahrenheit = float(i % 200)
        acc += t.fahrenheit
    print "property: %.3f" % acc
    objs = [Counter() for _ in range(1000)]
    for i in xrange(n // 10):
        o = objs[i % 1000]
        o.extra = i
        o.value += o.extra & 15
    print "extra:", sum([o.value for o in objs]), objs[7].extra


main()
