def f():
    raise
def g():
    raise ValueError
def h():
    raise ValueError, "message"
def i():
    raise ValueError, "message", tb
def j():
    raise ValueError("message")
