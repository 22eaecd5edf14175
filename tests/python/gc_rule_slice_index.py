# a slice bound's __index__ empties the list being sliced
class I(object):
    def __init__(self, l, v):
        self.l = l; self.v = v
    def __index__(self):
        del self.l[:]
        return self.v
L = range(10)
print L[0:I(L, 5)], L
L = range(10)
print L[I(L, 2):8:2], L
T = tuple(range(10))
print T[0:I([], 5)]
