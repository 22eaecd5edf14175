if True:
	x = 1
	if x:
		y = 2
	        z = 3
	else:
	    pass
class C:
        def f(self):
		return 1
