x = 1; y = 2;
global g1, g2
del x
del y, z.a, w[0], (p, q), [r]
assert x
assert x, "message"
pass
for i in range(3):
    if i: continue
    else: break
while 0: pass
if x: pass; pass
a = b = c = 1
a, b = b, a
[a, b] = c
(a, b), c = d
a.b = c[d] = e
a, = b
