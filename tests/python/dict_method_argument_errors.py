# dict methods: argument-count messages (PyArg_UnpackTuple style for get/pop/setdefault/fromkeys),
# update/constructor edge cases, pop/popitem KeyErrors, __missing__ in subclasses, comparisons.
def t(src):
    try:
        r = eval(src)
        print src, '->', repr(r)
    except Exception as e:
        print src, type(e).__name__, e
for src in ["{}.get()", "{}.get(1,2,3)", "{}.get(1, x=2)", "{}.pop()", "{}.pop(1)", "{}.pop(1,2,3)", "{}.pop([])",
            "{}.pop([], 5)", "{1: 2}.pop([])", "{}.setdefault()", "{}.popitem()", "{}.has_key()", "{}.update(1)",
            "{}.update([1])", "{}.update([[1,2,3]])", "{}.update({}, {})", "dict([1])", "dict(1)", "dict({}, {})",
            "dict.fromkeys()", "dict.fromkeys('ab')", "dict.fromkeys('ab', 0)", "dict.fromkeys(1)", "{}.keys(1)",
            "{}.copy(1)", "{}.clear(1)", "{} < {1:2}", "{1:2} < {1:3}", "{1:2} == {1:2.0}", "{1:2} != {1:2}",
            "cmp({1:2}, {2:1})", "cmp({'a':1}, {'a':1, 'b':2})", "{} < []", "{} > 1", "dict(a=1, **{'b': 2})",
            "dict([('a', 1)], a=2)", "dict(zip('ab', 'cd'))", "{[]: 1}", "{}.get([])", "[] in {}",
            "{}.has_key([])", "{(1, 2): 3}.pop((1, 2))", "dict.fromkeys(set([1, 2]), [])", "{}.__sizeof__()",
            "d.iterkeys().__length_hint__()", "d.__contains__('a')", "d.__getitem__('z')"]:
    d = {'a': 1, 'b': 2}
    t(src)
class D(dict):
    def __missing__(self, k):
        return k * 2
x = D(a=1)
print x['a'], x['bc'], x.get('zz'), 'bc' in x, type(x.copy()).__name__, x, D.fromkeys('ab'), type(D.fromkeys('ab')).__name__
class E(dict):
    pass
try:
    E()['x']
except KeyError as e:
    print 'KeyError', e
for f in [lambda: {}[(1, 2)], lambda: {}.pop((1, 2))]:
    try:
        f()
    except KeyError as e:
        print 'KeyError', e, e.args
it = {1: 1, 2: 2, 3: 3}.iteritems()
print it.__length_hint__(), next(it), it.__length_hint__()
