# Sequence and iterator details: index() start/stop argument errors, __length_hint__ of list,
# tuple, str, set and reverse iterators, repetition limits, and list dunder methods called directly.
def t(src):
    try:
        r = eval(src)
        print src, '->', repr(r)
    except Exception as e:
        print src, type(e).__name__, e
for src in ["[1].index(1, 'a')", "[1].index(1, 0, 'b')", "[1].index(1, None)", "[1, 2, 3].index(3, -1)", "[1, 2, 3].index(1, -10, 10**20)", "(1, 2).index(2, 'a')", "(1,2).index(1, 1)",
  "iter(set([1, 2])).__length_hint__()", "iter((1, 2)).__length_hint__()", "iter('abc').__length_hint__()", "reversed([1, 2]).__length_hint__()", "[1, 2] * 2**62", "(1,) * 2**62",
  "list.__new__(list, 1)", "[].__iadd__(1)", "[].__iadd__('ab')", "[1, 2].__contains__(2)", "list.__getitem__([5], 0)", "[1].__setitem__(0, 2)", "[1, 2].__delslice__(0, 1)", "[] + 1", "[1] * 2.0"]:
    t(src)
