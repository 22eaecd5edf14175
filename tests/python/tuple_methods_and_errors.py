# tuple: index/count, concatenation and repetition errors, slicing with steps, hashing,
# comparisons and constructor errors.
def t(src):
    try:
        r = eval(src)
        print src, '->', repr(r)
    except Exception as e:
        print src, type(e).__name__, e
for src in [
    '(1,2).index(3)',
    '(1,2).count(1)',
    '(1,2) + [3]',
    '(1,) * 3',
    '() * 5',
    '(1,2)[5]',
    "(1,2)['a']",
    'tuple([1,2])',
    'tuple(x=1)',
    'hash((1,2)) == hash((1,2))',
    'hash(([],))',
    '(1,2).__getnewargs__()',
    '(1,2,3)[::2]',
    '(1,2) < (1,2,3)',
]:
    t(src)
t = (1, 2, 3, 2)
print t[::-1], t[::2], t[-1:0:-1], t[5:], t[:-5], t[1:3] + t[:1], t * 0
print t.index(2), t.index(2, 2), t.count(2), t.count(9)
try:
    t.index(2, 4)
except ValueError as e:
    print 'ValueError', e
print (1, (2, [3])) == (1, (2, [3])), (1, 2) < (1, 2, 0), (2,) > (1, 9), cmp((1, 'a'), (1, 'b'))
