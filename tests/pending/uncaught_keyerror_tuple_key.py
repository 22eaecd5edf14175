grid = {}
for x in range(3):
    for y in range(3):
        grid[x, y] = x * 3 + y
print grid[1, 2], grid[(0, 0)], len(grid)
neighbors = [(1, 1), (1, 2), (2, 2)]
print [grid[n] for n in neighbors]
print grid[3, 0]
