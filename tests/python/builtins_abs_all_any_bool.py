print abs(-5), abs(5L), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-2 ** 70)
class A(object):
    def __abs__(self):
        return 'custom abs'
print abs(A())
try:
    abs('x')
except TypeError, e:
    print 'TypeError:', e
print all([]), all([1, 2]), all([1, 0]), all('abc'), all([[]]), all(x > 0 for x in [1, 2, -1])
print any([]), any([0, '', None]), any([0, 1]), any(x for x in 'a'), any(iter([False, [0]]))
def noisy(values):
    for v in values:
        print 'yield', v,
        yield v
print all(noisy([1, 0, 1]))
print any(noisy([0, 1, 1]))
print bool(), bool(0), bool(0.0), bool(0L), bool(0j), bool(''), bool(u''), bool([]), bool(()), bool({}), bool(set()), bool(None)
print bool(1), bool(-1), bool('0'), bool([0]), bool((None,)), bool(object()), bool(xrange(1))
class Len0(object):
    def __len__(self):
        return 0
class NZ(object):
    def __nonzero__(self):
        return False
    def __len__(self):
        return 5
print bool(Len0()), bool(NZ()), not Len0(), len(NZ())
class BadNZ(object):
    def __nonzero__(self):
        return 2
try:
    bool(BadNZ())
except TypeError, e:
    print 'TypeError:', e
print True + True, True * 3, False - 1, True / 2, True == 1, True is 1, str(True), repr(False)
print type(True), isinstance(True, int), int(True), True & False, True | False, True ^ True, type(True & False).__name__
print ~True, -True, True << 3, hash(True) == hash(1), {1: 'one', True: 'true'}
try:
    bool.__new__(bool, 1).__class__
    class MyBool(bool):
        pass
except TypeError, e:
    print 'TypeError:', e
