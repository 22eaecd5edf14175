# Dict lookups decide key equality natively for exact str, int, bool, float and tuples of
# those; the answers must match `==`: 1 == 1.0 == True, NaN keys only by identity, tuple keys
# with mixed numbers, nested tuples, and tuples whose items run __eq__.
nan = float("nan")
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print d, len(d)
d[(1, 2)] = "t"
d[(1.0, 2.0)] = "tf"
d[(True, 2L)] = "tl"
print sorted(d.items(), key=repr)
d[nan] = 1
d[nan] = 2
d[float("nan")] = 3
print len(d), d[nan]
t = (nan, "x")
d[t] = 4
d[t] = 5
d[(nan, "x")] = 6
print len(d), d[t]
k = ((1, "a"), (2.5, ("b", 3)))
d[k] = "nested"
print d[((1.0, "a"), (2.5, ("b", 3L)))], ((True, "a"), (2.5, ("b", 3))) in d
print ((1, "a"), (2.5, ("b", 4))) in d, (1, 2, 3) in d, (1,) in d

class Key(object):
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        print "eq", self.v
        return isinstance(o, Key) and self.v == o.v
e = {(1, Key(2)): "k"}
print e[(1, Key(2))], (1, Key(3)) in e, (1.0, Key(2)) in e
print {"abc": 1}.get("ab" + "c"), {(("a",),): 1}.get((("a",),)), {-1: 0}.get(-1.0)
counts = {}
for w in "a b a c b a".split():
    counts[(w, len(w))] = counts.get((w, len(w)), 0) + 1
print sorted(counts.items())
