class Matrix(object):
    def __init__(self, rows):
        widths = set(len(r) for r in rows)
        if len(widths) != 1:
            raise ValueError('ragged rows: widths %s' % sorted(widths))
        self.rows = rows
    def transpose(self):
        return Matrix(map(list, zip(*self.rows)))
    def __repr__(self):
        return 'Matrix(%r)' % self.rows
m = Matrix([[1, 2, 3], [4, 5, 6]])
print m, m.transpose()
print Matrix([[1]])
Matrix([[1, 2], [3]])
