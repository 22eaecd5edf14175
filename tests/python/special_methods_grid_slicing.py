# __getitem__/__setitem__/__delitem__ with slices and tuples on a custom grid type.

class Row(object):
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Row(self.data[i])
        return self.data[i]
    def __setitem__(self, i, v):
        if isinstance(i, slice):
            self.data[i] = list(v)
        else:
            self.data[i] = v
    def __delitem__(self, i):
        del self.data[i]
    def __contains__(self, v):
        return v in self.data
    def __iter__(self):
        return iter(self.data)
    def __repr__(self):
        return 'Row(%r)' % self.data

class Grid(object):
    def __init__(self, w, h, fill=0):
        self.w, self.h = w, h
        self.cells = [[fill] * w for _ in range(h)]
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            if isinstance(r, slice) or isinstance(c, slice):
                rows = self.cells[r] if isinstance(r, slice) else [self.cells[r]]
                return [row[c] if isinstance(c, slice) else [row[c]] for row in rows]
            return self.cells[r][c]
        return Row(self.cells[key])
    def __setitem__(self, key, v):
        r, c = key
        self.cells[r][c] = v
    def __len__(self):
        return self.h
    def __contains__(self, v):
        return any(v in row for row in self.cells)
    def __iter__(self):
        for row in self.cells:
            yield tuple(row)
    def __nonzero__(self):
        return any(any(row) for row in self.cells)
    def show(self):
        for row in self.cells:
            print ' '.join('%2d' % x for x in row)

g = Grid(5, 4)
print bool(g), len(g), 0 in g, 7 in g
for r in range(4):
    for c in range(5):
        g[r, c] = r * 5 + c
g.show()
print bool(g), 7 in g, 99 in g
print g[2, 3], g[-1, -1]
print g[1:3, 1:4]
print g[::2, 0]
print g[0, ::-2]
print g[2]
print list(g)[1]
r = Row(range(10))
print r[2:8:2], r[::-1], r[-3:], len(r[1:1])
r[2:5] = 'abc'
print r
r[::3] = [0, 0, 0, 0]
print r
del r[1:3]
print r, 'c' in r, 'z' in r
del r[-1]
print r, len(r)
print [x for x in r if isinstance(x, int)]
print g[3][1:4], 16 in g[3], sum(g[3])
