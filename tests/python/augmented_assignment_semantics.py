class Tracked(object):
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print '  __add__'
        return Tracked(self.v + o)
    def __repr__(self):
        return 'T(%r)' % self.v
class InPlace(Tracked):
    def __iadd__(self, o):
        print '  __iadd__'
        self.v += o
        return self
class Weird(Tracked):
    def __iadd__(self, o):
        print '  __iadd__ returning NotImplemented'
        return NotImplemented

t = Tracked(1)
orig = t
t += 5
print t, t is orig
i = InPlace(1)
orig = i
i += 5
print i, i is orig
w = Weird(1)
w += 2
print w

calls = []
def key():
    calls.append('key')
    return 'k'
def container():
    calls.append('container')
    return d
d = {'k': 1}
container()[key()] += 10
print d, calls

class Obj(object):
    def __init__(self):
        self.n = 0
    def __getattribute__(self, name):
        print '  get', name
        return object.__getattribute__(self, name)
    def __setattr__(self, name, v):
        print '  set', name, v
        object.__setattr__(self, name, v)
o = Obj()
o.n += 3
print o.n

lst = [1, 2]
alias = lst
lst += [3]
print lst, alias, lst is alias
tup = (1, 2)
talias = tup
tup += (3,)
print tup, talias
s = 'ab'
s *= 3
print s
x = 10
x -= 3; x *= 2; x //= 3; x **= 2; x %= 7; x <<= 2; x >>= 1; x |= 1; x &= 13; x ^= 5
print x
f = 7.0
f /= 2
print f
t = ([1],)
try:
    t[0] += [2]
except TypeError, e:
    print 'TypeError:', e
print t
sl = [1, 2, 3, 4]
sl[1:3] += ['x']
print sl
st = set([1])
st |= set([2])
st -= set([1])
print st
