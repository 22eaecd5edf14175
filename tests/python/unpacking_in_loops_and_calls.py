pairs = [('a', 1), ('b', 2), ('c', 3)]
for name, value in pairs:
    print name, value,
print
for i, (name, value) in enumerate(pairs):
    print i, name * value,
print
for (a, b), c in zip(pairs, 'xyz'):
    print a, b, c,
print
data = {'x': (1, 2), 'y': (3, 4)}
for key, (lo, hi) in sorted(data.items()):
    print key, lo + hi
points = [(1, 2, 3), (4, 5, 6)]
xs, ys, zs = zip(*points)
print xs, ys, zs
def f(a, b, c):
    return a * 100 + b * 10 + c
print f(*points[0]), [f(*p) for p in points], f(1, *(2, 3)), f(*[1], **{'c': 3, 'b': 2})
print f(*(x for x in [7, 8, 9]))
print f(*'123') if False else 'skip'
def head_tail(seq):
    return seq[0], seq[1:]
h, t = head_tail([1, 2, 3])
print h, t
matrix = [[1, 2], [3, 4], [5, 6]]
for row in matrix:
    a, b = row
    print a * b,
print
for a, b in matrix:
    pass
print 'last', a, b
x, (y, (z, w)) = 1, [2, (3, 4)]
print x, y, z, w
first, second = 'hi'
print first, second
d = dict(a=1)
(k, v), = d.items()
print k, v
[single] = [42]
print single
try:
    (a, b), c = [1, 2], 3, 4
except ValueError, e:
    print 'ValueError:', e
try:
    for a, b in [(1, 2), (3,)]:
        print a, b
except ValueError, e:
    print 'ValueError:', e
swap = [1, 2, 3]
swap[0], swap[2] = swap[2], swap[0]
print swap
i = 0
vals = [10, 20, 30]
i, vals[i] = 2, 'changed'
print i, vals
a = b = c = 'shared'
print a is b is c
