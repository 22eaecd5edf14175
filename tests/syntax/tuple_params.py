def f(a, (b, c)):
    return a + b + c

def g((a, b)=(1, 2), (c, (d, e))=(3, (4, 5)), *rest, **kw):
    pass

def h((a,)):
    pass

k = lambda (a, b): a + b
m = lambda x, (y, z)=(1, 2): x
