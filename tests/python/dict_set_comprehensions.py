words = ['apple', 'banana', 'cherry', 'date', 'fig', 'grape']
lengths = {w: len(w) for w in words}
print lengths
print {w[0]: w for w in words if len(w) > 3}
print {len(w) for w in words}
print {c for w in words for c in w if c in 'aeiou'}
inverse = {v: k for k, v in {'a': 1, 'b': 2, 'c': 3}.items()}
print inverse
print {i: i ** 2 for i in range(10)}
print {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print {x % 7 for x in range(100)}
print {frozenset([1, 2]): 'fs'}
print {} == {k: 1 for k in []}, set() == {k for k in []}
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print counts, {k: v for k, v in counts.items() if v > 1}
print {1, 2, 3} | {3, 4}, {1, 2, 3} & {2, 3, 9}, {1, 2} ^ {2, 3}, {1, 2, 3} - {1}
print type({1}).__name__, type({}).__name__, {1, 1, 1}, {(1, 2), (1, 2)}
s = {'x': [i for i in range(3)] for _ in range(1)}
print s
g = (n * 2 for n in range(4))
print type(g).__name__, list(g), list(g)
print sum(n for n in range(101)), max(len(w) for w in words), min((len(w), w) for w in words)
print dict(enumerate('abc')), dict(zip('abc', range(3)))
print sorted({w: 0 for w in words}), sorted(lengths, key=lengths.get)
