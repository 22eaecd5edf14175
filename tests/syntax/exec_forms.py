exec "x = 1"
g = {}
l = {}
exec "y = 2" in g
exec "z = 3" in g, l
exec("w = 4")
exec compile("v = 5", "<s>", "exec") in g
def f():
    exec "a = 1"
    exec "b = 2" in {}
    return a
