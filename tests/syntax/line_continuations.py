x = 1 + \
    2
if x and \
   x:
    pass
y = [1,
     2,  # comment
     3]
z = {
    'a': 1,

    'b': 2,
}
w = (1 +
# comment at column 0 inside brackets
2)
def f(a,
      b):
    return a \
        + b
v = x \
\
+ 1
