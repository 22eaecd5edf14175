# Function and method calls: positional, keyword and default arguments, *args and **kwargs,
# bound and unbound methods, static and class methods, closures, lambdas.
# Usage: calls.py [N]   (default N=400000; prints the accumulated results)
import sys


def add(a, b):
    return a + b


def scaled(x, factor=2, offset=0):
    return x * factor + offset


def total(*args):
    s = 0
    for a in args:
        s += a
    return s


def describe(**kwargs):
    return len(kwargs)


def make_adder(k):
    def adder(x):
        return x + k
    return adder


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

    def norm1(self):
        return abs(self.x) + abs(self.y)

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def diagonal(cls, v):
        return cls(v, v)


class Point3(Point):
    def norm1(self):
        return Point.norm1(self) + 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
    acc = 0
    add5 = make_adder(5)
    double = lambda v: v + v
    p = Point(1, 2)
    for i in xrange(n):
        acc += add(i, 1)
        acc += scaled(i)
        acc += scaled(i, 3)
        acc += scaled(i, offset=1)
        acc += scaled(x=i, factor=1, offset=2)
        acc += add5(i) + double(i)
        acc += p.norm1()
        acc &= 0xfffffffffff
    print "plain calls:", acc
    acc = 0
    for i in xrange(n // 4):
        acc += total(i, 1, 2)
        acc += total(*(i, i))
        acc += describe(a=1, b=i)
        kw = {"factor": 3, "offset": i}
        acc += scaled(1, **kw)
    print "star calls:", acc
    q = Point.origin()
    m = Point.norm1
    for i in xrange(n // 4):
        q = q.moved(1, dy=-1)
        acc += m(q) + Point3.diagonal(i % 5).norm1()
    print "methods: %d (%d, %d)" % (acc, q.x, q.y)


main()
