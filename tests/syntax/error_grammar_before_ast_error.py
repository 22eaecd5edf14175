1 = 2
x y
