x = a.print_
y = None
z = True
w = False
nonlocal_ = 1
as_ = 2
with_ = 3
def f(print_=1, exec_=2): pass
True = 1
