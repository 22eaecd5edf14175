@dec
def f():
    pass

@dec()
@dec(1, x=2)
@a.b.c
@a.b(*args, **kw)
def g(x):
    return x

@classdeco
class C(object):
    @staticmethod
    def s():
        pass

    @property
    def p(self):
        return 1

    @p.setter
    def p(self, v):
        pass
