x = 'before'
squares = [x * x for x in range(5)]
print squares, x
y = 'untouched'
gen = list(y for y in range(3))
print gen, y
d = dict((k, v) for k, v in [(1, 2)])
print d
s = set([z for z in 'abc'])
print sorted(s), z
def inside():
    [w for w in range(3)]
    return w
print inside()
pairs = [(i, j) for i in range(3) for j in range(i)]
print pairs, i, j
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print matrix
print [row[1] for row in matrix]
flat = [n for row in matrix for n in row if n % 2 == 0]
print flat
print [(a, b) for a in 'ab' if a != 'c' for b in 'xy' if b != 'y']
print [i if i % 2 else -i for i in range(6)]
print [x for x in [] ], [[]for _ in range(2)]
print [len(w) for w in 'the quick brown fox'.split()]
print [c.upper() for c in 'hi'], [str(n) for n in (1, 2)]
funcs = [lambda: n for n in range(3)]
print [f() for f in funcs]
class C(object):
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    last = v
print C.doubled, C.last
try:
    for q in range(2):
        pass
    print q
    [nothing for nothing in []]
    print nothing
except NameError, e:
    print 'NameError:', e
print sum([k for k in xrange(10)]), k
print [(yield_ for yield_ in range(2))] != None
nested = [[y for y in range(x)] for x in range(4)]
print nested, y
