# Dictionaries keyed by coordinate tuples.
pairs = dict(((i, j), i * j) for i in range(3) for j in range(3))
print pairs[2, 2], sorted(k for k, v in pairs.items() if v == 2)
print len(pairs), (1, 1) in pairs, (3, 3) in pairs
moves = {(0, 1): 'up', (0, -1): 'down', (1, 0): 'right', (-1, 0): 'left'}
for delta in sorted(moves):
    print delta, moves[delta]
print moves.get((1, 1), 'no diagonal'), (0, 1) in moves, [0, 1] == list((0, 1))
try:
    moves[1, 1]
except KeyError, e:
    print 'KeyError:', e, e.args
grid = {}
for x in range(3):
    for y in range(3):
        grid[x, y] = x * 3 + y
print grid[1, 2], grid[(0, 0)], len(grid)
neighbors = [(1, 1), (1, 2), (2, 2)]
print [grid[n] for n in neighbors]
print grid[3, 0]
