class C:
    def f(self):
	pass
