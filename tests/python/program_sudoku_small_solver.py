PUZZLE = [
    [1, 0, 0, 0],
    [0, 0, 3, 0],
    [0, 4, 0, 0],
    [0, 0, 0, 2],
]
N = 4
B = 2
calls = [0]
def candidates(grid, r, c):
    used = set(grid[r])
    used |= set(grid[i][c] for i in range(N))
    br, bc = r - r % B, c - c % B
    used |= set(grid[i][j] for i in range(br, br + B) for j in range(bc, bc + B))
    return [v for v in range(1, N + 1) if v not in used]
def solve(grid):
    calls[0] += 1
    for r in range(N):
        for c in range(N):
            if grid[r][c] == 0:
                for v in candidates(grid, r, c):
                    grid[r][c] = v
                    if solve(grid):
                        return True
                grid[r][c] = 0
                return False
    return True
def show(grid):
    for row in grid:
        print ' '.join(str(v) if v else '.' for v in row)
show(PUZZLE)
grid = [row[:] for row in PUZZLE]
print solve(grid), calls[0]
show(grid)
print all(sorted(row) == range(1, N + 1) for row in grid)
print all(sorted(grid[r][c] for r in range(N)) == range(1, N + 1) for c in range(N))
def count_solutions(grid, limit=10):
    for r in range(N):
        for c in range(N):
            if grid[r][c] == 0:
                total = 0
                for v in candidates(grid, r, c):
                    grid[r][c] = v
                    total += count_solutions(grid, limit)
                    if total >= limit:
                        break
                grid[r][c] = 0
                return total
    return 1
print count_solutions([row[:] for row in PUZZLE]), count_solutions([[0] * 4 for _ in range(4)], 1000)
def n_queens(n):
    sols = []
    def place(row, cols, d1, d2, acc):
        if row == n:
            sols.append(tuple(acc))
            return
        for c in range(n):
            if c not in cols and row - c not in d1 and row + c not in d2:
                place(row + 1, cols | set([c]), d1 | set([row - c]), d2 | set([row + c]), acc + [c])
    place(0, set(), set(), set(), [])
    return sols
print [len(n_queens(k)) for k in range(1, 8)], n_queens(6)
