for i in range(3):
    pass
else:
    pass
while x:
    break
else:
    x = 1
for a, b in pairs:
    pass
for (a, b), c in x:
    pass
for a.b in c:
    pass
for a[0] in c:
    pass
for x in 1, 2, 3:
    pass
for [a, b] in c: pass
