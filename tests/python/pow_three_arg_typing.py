# pow() with three arguments: typing and messages
def show(*args):
    try:
        r = pow(*args)
        print repr(r), type(r).__name__
    except Exception as e:
        print type(e).__name__, e
show(2, 10, 1000)
show(2L, 10, 1000)
show(2, 10L, 1000)
show(2, 10, 1000L)
show(-2, 3, 5)
show(2, 3, -5)
show(3, 0, 1)
show(7, 2, -1)
show(2, -1, 5)
show(2, 3, 0)
show(2L, 3, 0)
show(2, 3, 5.0)
show(2.0, 3, 5)
show(1j, 2, 3)
show(2, 3, 'x')
show(2, 3, None)
show(2, -1, None)
show(0, -1)
show(0.0, -1)
show(-8, 1.0 / 3)
show(10, 400)
show(10.0, 400)
show(2, 0.5)
show(-1, 10 ** 20)
show(2 ** 64, 2, 2 ** 61 - 1)
print 2 ** -2, 2L ** -2, (-2) ** 3, (-2) ** -3, 0 ** 0, 0.0 ** 0
