add = lambda a, b: a + b
print add(2, 3), add('x', 'y'), (lambda: 'no args')()
print (lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3)
print (lambda x, y=10: x * y)(4), (lambda x, y=10: x * y)(4, 2)
print sorted(['banana', 'Apple', 'cherry'], key=lambda s: s.lower())
print sorted([(1, 'b'), (2, 'a'), (1, 'a')], key=lambda (n, c): (c, -n))
print map(lambda x: x * x, range(6))
print filter(lambda x: x % 3 == 0, range(20))
print reduce(lambda acc, x: acc * x, range(1, 8), 1)
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print compose(inc, dbl)(5), compose(dbl, inc)(5)
curry = lambda a: lambda b: lambda c: a + b + c
print curry(1)(2)(3)
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print fact(10)
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
for sym in sorted(ops):
    print sym, ops[sym](7, 3)
print (lambda: (yield))  .__name__ if False else 'skip'
print (lambda x: (x, x))(1)
f = lambda: None
print f(), f.__name__, f.func_code.co_argcount
y = 5
g = lambda: y
y = 6
print g()
print [(lambda n=n: n)() for n in range(3)]
print (lambda (a, b), c: a + b + c)((1, 2), 3)
counter = {'n': 0}
bump = lambda: counter.__setitem__('n', counter['n'] + 1) or counter['n']
print bump(), bump(), bump()
print max([3, -7, 5], key=lambda v: abs(v)), min('xyz', key=lambda c: -ord(c))
print (lambda: lambda: 'nested')()()
print (lambda x: x if x > 0 else -x)(-9), (lambda x: not x)(0)
