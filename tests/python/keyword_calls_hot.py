# Keyword calls in hot loops (compiled code binds keywords straight into the callee's frame),
# and every way a keyword call can go wrong, raised from inside the loop once it is compiled.


def scaled(x, factor=2, offset=0):
    return x * factor + offset


def adder(k):
    def add(x, y=1):
        return x + y + k
    return add


def with_cell(a, b=10):
    def inner():
        return a + b
    return inner()


class P(object):
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def moved(self, dx=0, dy=0):
        return P(self.x + dx, y=self.y + dy)


def errors(i):
    calls = [
        lambda: scaled(i, x=1),
        lambda: scaled(i, bogus=1),
        lambda: scaled(factor=3),
        lambda: scaled(1, 2, 3, offset=4),
        lambda: P(y=1),
        lambda: P(1).moved(1, dx=2),
        lambda: with_cell(b=1),
    ]
    for c in calls:
        try:
            c()
        except TypeError as e:
            print "TypeError:", e


def main():
    acc = 0
    add5 = adder(5)
    p = P(0)
    for i in xrange(3000):
        acc += scaled(i, offset=1)
        acc += scaled(x=i, factor=1, offset=2)
        acc += scaled(offset=i, x=3)
        acc += add5(i, y=2) + add5(x=i)
        acc += with_cell(a=i) + with_cell(i, b=i)
        p = p.moved(dy=1, dx=2)
        if i % 1000 == 999:
            errors(i)
    print acc, p.x, p.y
    # A function whose defaults change while hot.
    for i in xrange(200):
        if i == 100:
            scaled.__defaults__ = (5, 7)
        acc += scaled(i, offset=i)
    print acc
    try:
        scaled.__defaults__ = None
        scaled(1, offset=2)
    except TypeError as e:
        print "TypeError:", e


main()
