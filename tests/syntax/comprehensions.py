a = [x for x in range(10)]
b = [x * y for x in range(3) for y in range(3) if x if y != x]
c = [x for x in 1, 2, 3]
d = (x for x in range(3))
e = sum(x for x in range(3))
f = {x for x in range(3)}
g = {x: x * 2 for x in range(3) if x}
h = [(x, y) for x, y in zip(a, b)]
i = [[y for y in x] for x in [[1], [2]]]
j = list(x for x in range(3) if x for y in x)
k = {k: v for k, v in {}.items()}
l = [x for x in lambda: 1, lambda: 2]
m = (x for x in range(3) if x if not x)
n = [x for x in range(3) if lambda: x]
o = f(x for x in y)
