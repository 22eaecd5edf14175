# __eq__ of a key mutates the dict (or set) being probed: the lookup starts over (CPython)
budget = [0]
class K(object):
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return 1
    def __eq__(self, o):
        if budget[0] > 0:
            budget[0] -= 1
            self.d.clear()
            for i in range(100):
                self.d[i] = i
        return False

d = {}
d[K(d)] = 1
budget[0] = 1
print d.get(K(d))
print len(d), sorted(d)[:5]

d = {}
d[K(d)] = 1
budget[0] = 1
d[K(d)] = 2
print len(d)

d = {}
d[K(d)] = 1
budget[0] = 1
try:
    del d[K(d)]
except KeyError:
    print 'KeyError'
print len(d)

class S(K):
    def __eq__(self, o):
        if budget[0] > 0:
            budget[0] -= 1
            self.d.clear()
            for i in range(100):
                self.d.add(i)
        return False
s = set()
s.add(S(s))
budget[0] = 1
print S(s) in s, len(s)
s = set()
s.add(S(s))
budget[0] = 1
s.add(S(s))
print len(s)
s = set()
s.add(S(s))
budget[0] = 1
s.discard(S(s))
print len(s)
