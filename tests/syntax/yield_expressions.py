def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield 2
    z = (yield)
    f((yield))
    w = (yield) + 1
    v = [(yield)]
    return

def gen2():
    for i in range(3):
        yield i
    lambda: (yield)

def gen3():
    try:
        yield 1
    finally:
        pass
