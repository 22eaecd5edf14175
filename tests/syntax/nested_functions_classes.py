def outer(a):
    b = a
    def inner(c):
        def innermost():
            return a + b + c
        return innermost
    class Local(object):
        x = b
        def method(self):
            class Deeper:
                pass
            return Deeper
    return inner, Local

class Old:
    pass

class Empty():
    pass

class Multi(Old, object, Empty):
    """Docstring."""
    attr = 1
    class Nested(object):
        def f(self): return 1
    def g(self, x=attr):
        return x
