# set and frozenset: operators with non-sets, mixed set/frozenset result types, multi-argument
# methods, comparisons, unhashable keys, constructor errors and __sizeof__.
def t(src):
    try:
        r = eval(src)
        print src, '->', repr(r)
    except Exception as e:
        print src, type(e).__name__, e
for src in [
    'set([1]) - [1]',
    'set([1]) | [1]',
    'frozenset([1]) | set([2])',
    'set([1]) | frozenset([2])',
    'set([1]) ^ frozenset([2])',
    'type(frozenset([1]) & set([1])).__name__',
    "set([1]).update([2], [3], 'ab')",
    'set().pop()',
    'set([1]).remove(2)',
    'set([1]) < [1]',
    'set([1]) == [1]',
    'cmp(set(), set())',
    'set([1]).union([2], (3,))',
    "set('ab').intersection('bc', 'b')",
    "set('abc').difference('a', 'b')",
    "frozenset('ab').copy()",
    'set([1]).issubset([1, 2])',
    'set([1,2]).issuperset([1])',
    'set([[1]])',
    'set([1]).add([])',
    '[] in set()',
    'set([1]) in set([frozenset([1])])',
    'set([1]).symmetric_difference([1, 2])',
    'set([1]).isdisjoint([2])',
    'set(x=1)',
    'set(1)',
    'set([1], [2])',
    'frozenset([1,2]) == set([1,2])',
    'hash(frozenset()) ',
    'set([1]).__sizeof__()',
    'repr(frozenset())',
    'set([1]).difference_update([1], [2])',
    'set([1,2]).intersection_update([1], [1, 2])',
    '{1,2} <= {1,2,3}',
    'set([1]).discard([])',
]:
    t(src)
