# Constructors validating their arguments.
class Positive(object):
    def __init__(self, v):
        if v <= 0:
            raise ValueError('not positive: %r' % v)
        self.v = v
print Positive(3).v
try:
    Positive(-1)
except ValueError, e:
    print 'ValueError:', e
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
