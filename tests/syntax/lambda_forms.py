a = lambda: 0
b = lambda x: x
c = lambda x, y=1: x + y
d = lambda *args: args
e = lambda **kw: kw
f = lambda x, y=2, *args, **kw: (x, y, args, kw)
g = lambda: lambda: 1
h = lambda x: x if x else -x
i = [lambda: j for j in range(3)]
k = (lambda: (yield))
l = lambda x=lambda y: y: x
m = lambda a, b, : a
