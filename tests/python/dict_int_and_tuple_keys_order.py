d = {}
for i in [5, 3, 17, 33, 1, 49, 65, -1, -17, 1000, 2 ** 31, 2 ** 62, -2 ** 40, 8, 16, 24]:
    d[i] = i % 7
print d
print d.keys()
print set([100, 50, 25, 12, 6, 3, 1, 0, -1, 64, 32, 128, 256])
t = {}
for x in range(4):
    for y in range(3):
        t[(x, y)] = x * y
print t
print set([(1, 'a'), (2, 'b'), (0, ''), ('a', 1), (None, None) if False else (3, 3)])
f = {0.5: 'half', 1.5: 'one and half', 2.0: 'two', -0.25: 'neg', 1e10: 'big', 3.14159: 'pi'}
print f
mixed = {1: 'int', 2L: 'long', 3.0: 'float', (4,): 'tuple', '5': 'str', True: 'bool-overwrites-1'}
print mixed
big = dict((i * 1000003, i) for i in range(12))
print big
grow = {}
for i in range(100):
    grow[i * i % 101] = i
    if i % 4 == 0:
        grow.pop((i * 7) % 101, None)
print len(grow), grow.keys()[:15], grow.items()[-5:]
fs = set(frozenset([i, i + 1]) for i in range(5))
print sorted(sorted(x) for x in fs)
print dict(enumerate('abcdefghijklmnop'))
