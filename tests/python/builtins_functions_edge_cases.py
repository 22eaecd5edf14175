# Builtin functions against CPython 2.7: range with longs, sum of floats/lists/tuples, min/max
# with key, zip/map/filter/reduce edge cases and messages, isinstance/issubclass with classic
# classes and tuples, getattr/hasattr/vars, hash/id, enumerate start, iter(callable, sentinel),
# next default, apply, intern, format, cmp, sorted arguments, reversed, chr/ord/bin.
def t(src):
    try:
        r = eval(src)
        print src, '->', repr(r)
    except Exception as e:
        print src, type(e).__name__, e
class It(object):
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
class Old: pass
class New(object): pass
for src in ["range(5, 0, -2)", "range(2**64, 2**64 + 2)", "range(-3)", "range(0, 10**20, 10**19)", "range(True, 3)", "range(10**30)",
  "sum([0.1] * 10)", "sum([[1], [2]], [])", "sum(((1,), (2,)), ())", "sum([1, 2], 0.5)", "sum([2**62, 2**62, 2**62])", "sum([1.5, 2**64])", "sum(iter([1, 2]), 10)", "sum([], 'a')", "sum([bytearray('a')], bytearray())",
  "min(3, 1, 2)", "min([3, 1, 2], key=lambda x: -x)", "max('abc')", "max([1, 2], [1, 3])", "min([])", "max(x for x in [])", "max(1, 2, key=lambda x: -x)", "min((1, 'a'), (1, 'b'))", "max([], key=len)",
  "zip()", "zip([1, 2], 'ab', (3,))", "zip('abc', xrange(2))", "map(None, [1, 2], 'a')", "map(None, [])", "map(lambda x, y: (x, y), [1], [2, 3])", "map(len, 1)", "map(None, 1, [])",
  "filter(None, 'a b')", "filter(lambda c: c != 'b', 'abc')", "filter(None, u'ab')", "filter(lambda x: x, (0, 1, 2))", "filter(None, xrange(3))", "filter(1, [1])",
  "reduce(lambda a, b: a + b, [1, 2, 3])", "reduce(lambda a, b: a + b, [], 5)", "reduce(lambda a, b: a + b, [])", "reduce(lambda a, b: a * b, xrange(1, 6), 1)", "reduce(1, [1, 2])", "reduce(None, 1)",
  "isinstance(1, (str, (int, float)))", "isinstance(1, ())", "isinstance(Old(), Old)", "isinstance(Old(), (New, Old))", "isinstance(New(), object)", "isinstance(Old(), object)", "issubclass(bool, (str, int))", "issubclass(Old, Old)", "issubclass(Old, object)", "issubclass(New, (Old, New))", "isinstance(1, [int])",
  "getattr(1, 'nope', 'dflt')", "getattr(1, 'nope')", "getattr(New, '__name__')", "getattr(1, u'\\xe9')", "hasattr(New(), 'x')", "vars(New())", "vars(New)['__module__']",
  "id(1) == id(1)", "type(id(New()))", "hash(1) == hash(1.0)", "hash('a') == hash(u'a')", "hash(None) != 0", "hash(-1)", "hash(2**64)", "hash(1.5)",
  "list(enumerate('ab', 5))", "list(enumerate('ab', start=2**64))", "list(enumerate([], -1))", "enumerate('a', 1, 2)", "list(iter(It(), 3))", "iter(1, 2)", "next(iter([]), 'd')", "next(iter([1]))", "next([1])", "next(iter([]))",
  "apply(max, [1, 2])", "apply(dict, (), {'a': 1})", "apply(len)", "apply(max, (1, 2), None)", "intern('abc') is 'abc'", "intern(u'a')", "format('x', '>3')", "format(1, 1)",
  "cmp(1, 2)", "cmp('a', 'a')", "cmp([1], [0])", "divmod(7.5, 2)", "pow(2, 10, 1000)", "pow(2, -1)", "pow(2.0, 3, 4)", "abs(-2**64)", "callable(New)", "callable(New())", "callable(len)",
  "sorted('bca')", "sorted([3, 1, 2], None, None, True)", "sorted([3, 1, 2], lambda a, b: b - a)", "sorted(['bb', 'a', 'ccc'], key=len, reverse=True)", "sorted({'b': 1, 'a': 2})", "sorted([1, 2], reverse=None)", "sorted([1], key=None)", "sorted(1)",
  "list(reversed(xrange(3)))", "list(reversed('abc'))", "list(reversed((1, 2)))", "reversed({})", "list(reversed([]))", "all([])", "any([])", "all([1, 0])", "any(x > 1 for x in [1, 2])",
  "unichr(0x10ffff) == u'\\U0010ffff'", "unichr(-1)", "chr(256)", "chr(-1)", "ord('')", "ord(u'ab')", "ord(1)", "bin(-5)", "bin(2**70)", "bin(1.5)", "hex(255L)", "oct(8)", "bin(True)",
 ]:
    t(src)
