# Python part of the native `operator` module (run by operator.rs in the module's namespace).
# Every function also exists under its `__name__` alias, as in CPython.

_abs = abs
if 1:
    def _truediv(a, b):
        r = a.__truediv__(b) if hasattr(a, '__truediv__') else NotImplemented
        if r is NotImplemented and hasattr(b, '__rtruediv__'):
            r = b.__rtruediv__(a)
        if r is NotImplemented:
            raise TypeError('unsupported operand type(s) for /: %r and %r' % (type(a).__name__, type(b).__name__))
        return r

def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return True if a else False
def is_(a, b): return a is b
def is_not(a, b): return a is not b
def abs(a): return _abs(a)
def add(a, b): return a + b
def and_(a, b): return a & b
def div(a, b): return a / b
def floordiv(a, b): return a // b
def index(a):
    if hasattr(type(a), '__index__') or isinstance(a, (int, long)):
        return a.__index__()
    raise TypeError("'%s' object cannot be interpreted as an index" % type(a).__name__)
def inv(a): return ~a
invert = inv
def lshift(a, b): return a << b
def mod(a, b): return a % b
def mul(a, b): return a * b
def neg(a): return -a
def or_(a, b): return a | b
def pos(a): return +a
def pow(a, b): return a ** b
def rshift(a, b): return a >> b
def sub(a, b): return a - b
def truediv(a, b):
    return _truediv(a, b)
def xor(a, b): return a ^ b
def concat(a, b):
    if not hasattr(a, '__getitem__') or isinstance(a, dict):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b
def contains(a, b): return b in a
sequenceIncludes = contains
def countOf(a, b):
    n = 0
    for x in a:
        if x == b:
            n += 1
    return n
def delitem(a, b): del a[b]
def getitem(a, b): return a[b]
def indexOf(a, b):
    for i, x in enumerate(a):
        if x == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')
def setitem(a, b, c): a[b] = c
def delslice(a, b, c): del a[b:c]
def getslice(a, b, c): return a[b:c]
def setslice(a, b, c, d): a[b:c] = d
def repeat(a, b):
    if not isinstance(b, (int, long)):
        raise TypeError("can't multiply sequence by non-int")
    return a * b
def isCallable(obj): return callable(obj)
def isSequenceType(obj):
    if isinstance(obj, dict):
        return False
    return hasattr(obj, '__getitem__')
def isMappingType(obj):
    return isinstance(obj, dict) or (hasattr(obj, '__getitem__') and not isinstance(obj, (list, tuple, str, unicode)) and hasattr(obj, 'keys'))
def isNumberType(obj):
    return isinstance(obj, (int, long, float, complex)) or hasattr(obj, '__int__') or hasattr(obj, '__float__')
def iadd(a, b):
    a += b
    return a
def iand(a, b):
    a &= b
    return a
def iconcat(a, b):
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a
def idiv(a, b):
    a /= b
    return a
def ifloordiv(a, b):
    a //= b
    return a
def ilshift(a, b):
    a <<= b
    return a
def imod(a, b):
    a %= b
    return a
def imul(a, b):
    a *= b
    return a
def ior(a, b):
    a |= b
    return a
def ipow(a, b):
    a **= b
    return a
def irepeat(a, b):
    a *= b
    return a
def irshift(a, b):
    a >>= b
    return a
def isub(a, b):
    a -= b
    return a
def itruediv(a, b):
    return _truediv(a, b)
def ixor(a, b):
    a ^= b
    return a


class attrgetter(object):
    def __init__(self, attr, *attrs):
        for a in (attr,) + attrs:
            if not isinstance(a, basestring):
                raise TypeError('attribute name must be a string')
        self._attrs = tuple([a.split('.') for a in (attr,) + attrs])
    def __call__(self, obj):
        out = []
        for parts in self._attrs:
            o = obj
            for p in parts:
                o = getattr(o, p)
            out.append(o)
        if len(out) == 1:
            return out[0]
        return tuple(out)


class itemgetter(object):
    def __init__(self, item, *items):
        self._items = (item,) + items
    def __call__(self, obj):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple([obj[i] for i in self._items])


class methodcaller(object):
    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self = args[0]
        self._name = args[1]
        self._args = args[2:]
        self._kwargs = kwargs
    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

for _c in (attrgetter, itemgetter, methodcaller):
    _c.__module__ = 'operator'

for _n in ('lt le eq ne ge gt not abs add and div floordiv index inv invert lshift mod mul neg '
           'or pos pow rshift sub truediv xor concat contains delitem getitem setitem delslice '
           'getslice setslice repeat iadd iand iconcat idiv ifloordiv ilshift imod imul ior ipow '
           'irepeat irshift isub itruediv ixor').split():
    _f = globals().get(_n) or globals()[_n + '_']
    globals()['__%s__' % _n] = _f
del _n, _f, _c
