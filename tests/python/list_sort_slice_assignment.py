# list: method argument errors, slice assignment (simple, extended, self, growth), in-place
# operators, recursive reprs, sort stability with key/reverse, errors raised inside sort, and
# mutation detected during sort.
def t(src):
    try:
        r = eval(src)
        print src, '->', repr(r)
    except Exception as e:
        print src, type(e).__name__, e
L = [3, 1, 2]
for src in [
    '[].pop()',
    '[1].pop(5)',
    "[1].pop('a')",
    '[].index(1)',
    '[1,2].index(2, 5)',
    '[1,2,1].index(1, 1)',
    '[1,2,1].index(1, -1)',
    '[].remove(1)',
    '[].insert(1)',
    "[].insert('a', 1)",
    '[].count()',
    '[1].extend(1)',
    '[].sort(1)',
    '[].sort(key=1, foo=2)',
    'sorted([3,1,2], reverse=True)',
    "sorted([1, 'a', 2.0, None])",
    'sorted([[2], [1]], key=lambda x: x[0])',
    '[1,2] * -1',
    "[1] * 'a'",
    '[].__sizeof__()',
    '[1,2,3].__sizeof__()',
    'list(reversed([1,2,3]))',
    '[] < ()',
    '[1] == [1.0]',
    '[1,[2]] < [1,[3]]',
    'list(x=1)',
    'list(1)',
    'list([1], 2)',
    '[].append(1, 2)',
    "L.sort(cmp=lambda a, b: 'x')",
    'L.sort(key=len)',
    'sorted(L, cmp=lambda a,b: b-a)',
    '[1,2,3][::0]',
    '[1,2,3][1:2:0]',
]:
    t(src)
l = [1, 2, 3, 4, 5]
l[1:3] = 'ab'; print l
l[::2] = [0, 0, 0]; print l
l[5:] = (9,); print l
l[-100:1] = [7]; print l
del l[::-2]; print l
l[:] = l; print l
l[len(l):] = l; print l
l += 'xy'; print l
l *= 2; print len(l)
try:
    l[::2] = [1]
except ValueError as e: print e
try:
    l[1:2] = 1
except TypeError as e: print e
r = [1]; r.append(r); print r, repr(r)
d = {}; d[1] = d; print d
s = [5, 1, 4]; s.sort(reverse=True); print s
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]; print sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True)
class Bad(object):
    def __lt__(self, o): raise ValueError('no')
try:
    sorted([Bad(), Bad()])
except ValueError as e: print 'ValueError', e
x = [3, 2, 1]
def k(v):
    x.append(0)
    return v
try:
    x.sort(key=k)
except ValueError as e: print e, x
