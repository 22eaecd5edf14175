a = b = c = 1
x = a < b < c
x = a <> b
x = a != b
x = a == b >= c <= a > b
x = a in b
x = a not in b
x = a is b
x = a is not b
x = not a == b
x = a < b == c is not None not in [1] <> 3
x = a is (not b)
