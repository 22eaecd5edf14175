class Matrix(object):
    def __init__(self, rows, cols, fill=0):
        self.rows, self.cols = rows, cols
        self.data = [[fill] * cols for _ in range(rows)]
    def __getitem__(self, key):
        r, c = key
        return self.data[r][c]
    def __setitem__(self, key, value):
        r, c = key
        self.data[r][c] = value
    def __len__(self):
        return self.rows * self.cols
    def __iter__(self):
        for row in self.data:
            for v in row:
                yield v
    def __contains__(self, v):
        return any(v in row for row in self.data)
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.data == other.data
    def __ne__(self, other):
        return not self.__eq__(other)
    def __mul__(self, other):
        if isinstance(other, Matrix):
            res = Matrix(self.rows, other.cols)
            for i in range(self.rows):
                for j in range(other.cols):
                    res[i, j] = sum(self[i, k] * other[k, j] for k in range(self.cols))
            return res
        res = Matrix(self.rows, self.cols)
        for i in range(self.rows):
            for j in range(self.cols):
                res[i, j] = self[i, j] * other
        return res
    __rmul__ = __mul__
    def __str__(self):
        return '\n'.join(' '.join('%3d' % v for v in row) for row in self.data)
    def __repr__(self):
        return 'Matrix(%r)' % self.data
    @classmethod
    def identity(cls, n):
        m = cls(n, n)
        for i in range(n):
            m[i, i] = 1
        return m

a = Matrix(2, 3)
n = 1
for i in range(2):
    for j in range(3):
        a[i, j] = n
        n += 1
b = Matrix(3, 2)
for i in range(3):
    for j in range(2):
        b[i, j] = i - j
print a
print b
print a * b
print repr(a * 2), repr(3 * Matrix.identity(2))
print len(a), list(a), 5 in a, 99 in a, sum(a), max(a)
print Matrix.identity(3) == Matrix.identity(3), Matrix.identity(2) != Matrix(2, 2)
print (Matrix.identity(2) * a) == a
try:
    a[5, 5]
except IndexError, e:
    print 'IndexError:', e
try:
    a[1]
except TypeError, e:
    print 'TypeError:', e
