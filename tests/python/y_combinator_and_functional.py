Y = lambda f: (lambda x: f(lambda *a: x(x)(*a)))(lambda x: f(lambda *a: x(x)(*a)))
fact = Y(lambda self: lambda n: 1 if n < 2 else n * self(n - 1))
fib = Y(lambda self: lambda n: n if n < 2 else self(n - 1) + self(n - 2))
print fact(10), [fib(i) for i in range(12)]
def compose(*fns):
    return reduce(lambda f, g: lambda x: f(g(x)), fns, lambda x: x)
inc = lambda x: x + 1
sq = lambda x: x * x
print compose(inc, sq)(3), compose(sq, inc)(3), compose()(7)
def curry(fn, arity):
    def curried(*args):
        if len(args) >= arity:
            return fn(*args[:arity])
        return lambda *more: curried(*(args + more))
    return curried
add3 = curry(lambda a, b, c: a + b + c, 3)
print add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3)
def flip(f):
    return lambda a, b: f(b, a)
print flip(lambda a, b: a - b)(10, 3), map(flip(pow), [2, 3], [3, 2])
pipeline = [str.strip, str.lower, lambda s: s.split(), lambda ws: [w for w in ws if len(w) > 2], sorted]
value = '  The Quick Brown FOX is on it  '
for step in pipeline:
    value = step(value)
print value
church = lambda n: lambda f: lambda x: reduce(lambda acc, _: f(acc), range(n), x)
unchurch = lambda c: c(lambda k: k + 1)(0)
cadd = lambda m: lambda n: lambda f: lambda x: m(f)(n(f)(x))
cmul = lambda m: lambda n: lambda f: m(n(f))
print unchurch(church(5)), unchurch(cadd(church(2))(church(3))), unchurch(cmul(church(4))(church(6)))
def trampoline(f, *args):
    result = f(*args)
    while callable(result):
        result = result()
    return result
def even(n):
    return True if n == 0 else (lambda: odd(n - 1))
def odd(n):
    return False if n == 0 else (lambda: even(n - 1))
print trampoline(even, 10001), trampoline(odd, 10001)
print reduce(lambda acc, kv: dict(acc, **{kv[0]: kv[1]}), [('a', 1), ('b', 2)], {})
print sorted(map(lambda p: p[0] * p[1], zip(range(5), range(5, 10))), reverse=True)
print filter(lambda s: s == s[::-1], ['level', 'lever', 'noon', 'abc', ''])
