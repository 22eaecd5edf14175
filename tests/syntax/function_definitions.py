def f(): pass
def f(a): pass
def f(a, b=1): pass
def f(a, b=1, *args): pass
def f(a, b=1, *args, **kwargs): pass
def f(*args): pass
def f(**kwargs): pass
def f(*args, **kwargs): pass
def f(a, b,): pass
def f(a=1, b=2,): pass
def f(
    a,
    b=[],
):
    """Doc."""
    return
def f(a, b, c=(1, 2), d={}, e=lambda: 0): return a
