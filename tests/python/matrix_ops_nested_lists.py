# Matrix operations on nested lists: multiply, transpose, power, Gaussian elimination.

def mat(rows):
    return [list(r) for r in rows]

def transpose(m):
    return [list(col) for col in zip(*m)]

def mul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def power(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = mul(result, m)
        m = mul(m, m)
        k >>= 1
    return result

def show(m, w=5):
    for row in m:
        print ''.join(str(x).rjust(w) for x in row)

def solve(a, b):
    n = len(a)
    m = [[float(x) for x in row] + [float(y)] for row, y in zip(a, b)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        if abs(m[piv][col]) < 1e-12:
            raise ValueError('singular matrix')
        m[col], m[piv] = m[piv], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    return [m[i][n] / m[i][i] for i in range(n)]

A = mat([[1, 2, 3], [4, 5, 6]])
B = mat([[7, 8], [9, 10], [11, 12]])
show(A)
show(transpose(A))
show(mul(A, B))
show(mul(B, A))
fibm = power([[1, 1], [1, 0]], 30)
print fibm[0][1]
print power([[1, 1], [1, 0]], 90)[0][1]
show(power([[2, 0], [0, 3]], 5), 6)
print ['%.4f' % x for x in solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3])]
print ['%.4f' % x for x in solve([[1, 2], [3, 4]], [5, 6])]
try:
    solve([[1, 2], [2, 4]], [1, 2])
except ValueError as e:
    print 'ValueError:', e
M = [[i * 4 + j for j in range(4)] for i in range(4)]
print [M[i][i] for i in range(4)], [M[i][3 - i] for i in range(4)]
print sum(map(sum, M)), max(max(r) for r in M)
print [row[1:3] for row in M[1:3]]
rot = [list(r) for r in zip(*M[::-1])]
show(rot, 4)
print mul(identity(3), [[1], [2], [3]])
