# Old-style classes as containers: __getitem__ iteration, __len__, __contains__, __getattr__, operators.

class Bag:
    def __init__(self, items=()):
        self.counts = {}
        for it in items:
            self.add(it)
    def add(self, item, n=1):
        self.counts[item] = self.counts.get(item, 0) + n
    def __len__(self):
        return sum(self.counts.values())
    def __getitem__(self, i):
        flat = []
        for k in sorted(self.counts):
            flat.extend([k] * self.counts[k])
        return flat[i]
    def __contains__(self, item):
        return self.counts.get(item, 0) > 0
    def __add__(self, other):
        b = Bag()
        for src in (self, other):
            for k, n in src.counts.items():
                b.add(k, n)
        return b
    def __sub__(self, other):
        b = Bag()
        for k, n in self.counts.items():
            left = n - other.counts.get(k, 0)
            if left > 0:
                b.add(k, left)
        return b
    def __eq__(self, other):
        return isinstance(other, Bag) and self.counts == other.counts
    def __ne__(self, other):
        return not self == other
    def __repr__(self):
        return 'Bag(%s)' % ', '.join('%s*%d' % (k, self.counts[k]) for k in sorted(self.counts))
    def __getattr__(self, name):
        if name.startswith('count_'):
            return self.counts.get(name[6:], 0)
        raise AttributeError('Bag has no attribute %r' % name)

b = Bag('mississippi')
print b, len(b), b[0], b[-1], b[3:6]
print list(b), 's' in b, 'z' in b, [x for x in b if x != 's']
print b.count_s, b.count_z
c = Bag('sip')
print b + c, b - c, c - b, b - b
print Bag('ab') == Bag('ba'), Bag('ab') != Bag('abb'), Bag() == 3
for x in Bag('cab'):
    print 'iter', x
print sorted(Bag('zyx')), max(Bag('hello')), ''.join(Bag('banana')), tuple(Bag('aab'))
try:
    b.missing
except AttributeError as e:
    print 'AttributeError:', e
try:
    b[100]
except IndexError as e:
    print 'IndexError:', e

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, key):
        r, c = key
        return self.rows[r][c]
    def __setitem__(self, key, v):
        r, c = key
        self.rows[r][c] = v
    def __mul__(self, k):
        return Matrix([[x * k for x in row] for row in self.rows])
    __rmul__ = __mul__
    def __str__(self):
        return '\n'.join(' '.join('%3d' % x for x in row) for row in self.rows)
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 7
print m[0, 1], m[1, 0]
print m * 2
print 3 * m
print type(m).__name__, m.__class__.__name__, isinstance(m, Matrix), hasattr(m, '__len__')
