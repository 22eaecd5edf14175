import pickle, cPickle
class Point(object):
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
class Old:
    def __init__(self):
        self.v = [1, 2]
values = [0, -1, 2 ** 70, 1.5, 'str', u'uni\xe9', None, True, (1, (2,)), [1, [2]], {'a': 1},
          set([1, 2]), frozenset('ab'), Point(1, 'y'), 1j, xrange(3) if False else 'x']
for proto in (0, 1, 2):
    ok = all(pickle.loads(pickle.dumps(v, proto)) == v for v in values)
    ok2 = all(cPickle.loads(cPickle.dumps(v, proto)) == v for v in values)
    print proto, ok, ok2
print repr(pickle.dumps(42)), repr(pickle.dumps('ab')), repr(pickle.dumps((1, 'a')))
print repr(pickle.dumps([1, 2], 2))
shared = [1]
data = [shared, shared]
copy = pickle.loads(pickle.dumps(data))
print copy, copy[0] is copy[1]
rec = []
rec.append(rec)
r2 = pickle.loads(pickle.dumps(rec))
print r2[0] is r2
o = pickle.loads(pickle.dumps(Old()))
print o.__class__.__name__, o.v
class WithState(object):
    def __init__(self):
        self.a = 1
        self.secret = 'hidden'
    def __getstate__(self):
        return {'a': self.a}
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True
w = pickle.loads(pickle.dumps(WithState()))
print sorted(vars(w).items())
try:
    pickle.dumps(lambda: 0)
except (pickle.PicklingError, TypeError), e:
    print type(e).__name__
try:
    pickle.loads('garbage')
except Exception, e:
    print type(e).__name__
