a = 1 if x else 2
b = 1 if x else 2 if y else 3
c = (1 if x else 2) if y else 3
d = lambda: 1 if x else 2
e = [i if i else -i for i in range(3)]
f = not a if b or c else d and e
