# List, dict and set comprehensions, nested loops and conditions, on realistic data.

orders = [
    {'id': 1, 'customer': 'ann', 'items': [('pen', 2, 1.5), ('pad', 1, 4.0)]},
    {'id': 2, 'customer': 'bob', 'items': [('ink', 3, 7.25)]},
    {'id': 3, 'customer': 'ann', 'items': [('pen', 10, 1.4), ('clip', 100, 0.02)]},
    {'id': 4, 'customer': 'cy', 'items': []},
]
totals = [(o['id'], round(sum(q * p for _, q, p in o['items']), 2)) for o in orders]
print totals
print [o['id'] for o in orders if not o['items']]
print {o['id']: len(o['items']) for o in orders}
print sorted({o['customer'] for o in orders})
print sorted({name for o in orders for name, _, _ in o['items']})
per_customer = {c: sum(t for (i, t), o in zip(totals, orders) if o['customer'] == c)
                for c in set(o['customer'] for o in orders)}
print sorted(per_customer.items())
print [(i, j) for i in range(4) for j in range(i, 4) if (i + j) % 2 == 0]
print [[i * j for j in range(1, 5)] for i in range(1, 5)]
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print [row[i] for i in range(3) for row in matrix], [x for row in matrix for x in row if x % 2]
print [[row[i] for row in matrix] for i in range(3)]
print {(x, y) for x in range(3) for y in range(3) if x < y} == set([(0, 1), (0, 2), (1, 2)])
print sorted({x % 5 for x in range(100)}), sorted({c.lower() for c in 'Hello World' if c.isalpha()})
words = 'one two three four five six seven eight nine ten'.split()
print {w: len(w) for w in words if len(w) > 3}
print {len(w): sorted(v for v in words if len(v) == len(w)) for w in words}
inverted = {v: k for k, v in {'a': 1, 'b': 2, 'c': 3}.items()}
print sorted(inverted.items())
print [w.upper() if len(w) == 3 else w for w in words[:6]]
print [(w, n) for n, w in enumerate(words) if n % 3 == 0]
primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print primes
print [n for n in primes if n + 2 in primes]
pythag = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print pythag
print sum([x for x in range(1000) if x % 3 == 0 or x % 5 == 0])
grid = [['.'] * 5 for _ in range(3)]
grid[1][2] = '#'
print [''.join(r) for r in grid]
bad = [['.'] * 5] * 3
bad[1][2] = '#'
print [''.join(r) for r in bad]
print [x for x in [y * 2 for y in range(5)] if x > 3], list(set([1, 2, 2, 3]) & {2, 3, 4})
print dict([(k, v) for k, v in zip('abc', range(3))]), {k: [] for k in 'xy'}
flat = {(r, c): v for r, row in enumerate(matrix) for c, v in enumerate(row)}
print flat[(2, 1)], len(flat), sorted(k for k, v in flat.items() if v > 6)
