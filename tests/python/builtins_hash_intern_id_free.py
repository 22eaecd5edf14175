print hash(1) == hash(1.0) == hash(1L) == hash(True), hash(0) == hash(0.0) == hash(-0.0)
print hash('abc') == hash(u'abc'), hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1]))
print hash(-1), hash(-2), hash(2 ** 64) == hash(2 ** 64), hash(12345), hash(1.5) == hash(1.5)
print hash(None) == hash(None), type(hash('s')).__name__, hash(2 ** 61 - 1) if False else 'skip'
for v in [[], {}, set(), bytearray()]:
    try:
        hash(v)
    except TypeError, e:
        print 'TypeError:', e
try:
    hash(([],))
except TypeError, e:
    print 'TypeError:', e
class Key(object):
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
d = {Key('a'): 1}
print d[Key('a')], Key('a') in d, Key('b') in d, hash(Key(5)) == hash(5)
class NoHash(object):
    __hash__ = None
try:
    hash(NoHash())
except TypeError, e:
    print 'TypeError:', e
class EqOnly(object):
    def __eq__(self, o):
        return True
print type(hash(EqOnly())).__name__
class BigHash(object):
    def __hash__(self):
        return 2 ** 100
print hash(BigHash()) == hash(2 ** 100)
class BadHash(object):
    def __hash__(self):
        return 'str'
try:
    hash(BadHash())
except TypeError, e:
    print 'TypeError:', e
a = intern('some_string_value')
b = intern('some_' + 'string_value')
print a is b, a == b
try:
    intern(u'unicode')
except TypeError, e:
    print 'TypeError:', e
x = [1]
y = x
print id(x) == id(y), id(x) == id([1]) and False, x is y, type(id(x)).__name__ in ('int', 'long')
objs = [object() for _ in range(3)]
print len(set(id(o) for o in objs)) == 3
