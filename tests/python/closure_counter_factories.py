def make_counter(start=0, step=1):
    state = {'n': start}
    def counter():
        value = state['n']
        state['n'] += step
        return value
    def reset():
        state['n'] = start
    counter.reset = reset
    return counter

c1 = make_counter()
c2 = make_counter(100, -10)
print [c1() for _ in range(3)], [c2() for _ in range(3)]
c1.reset()
print c1(), c2()

def make_accumulators():
    total = [0]
    def add(x):
        total[0] += x
        return total[0]
    def sub(x):
        total[0] -= x
        return total[0]
    return add, sub
add, sub = make_accumulators()
print add(10), sub(3), add(5)

def memoize(fn):
    cache = {}
    calls = [0]
    def wrapped(*args):
        if args not in cache:
            calls[0] += 1
            cache[args] = fn(*args)
        return cache[args]
    wrapped.calls = calls
    return wrapped

@memoize
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)
print binom(30, 15), binom.calls[0]

def power_factory(exp):
    def power(base):
        return base ** exp
    power.__name__ = 'power_%d' % exp
    return power
funcs = [power_factory(e) for e in range(4)]
print [(f.__name__, f(3)) for f in funcs]

def outer():
    msgs = []
    def log(m):
        msgs.append(m)
    def run():
        for i in range(3):
            log('step %d' % i)
        return msgs
    return run
print outer()()

def cell_sharing():
    x = 0
    def get():
        return x
    def getters():
        return [get, lambda: x * 10]
    x = 5
    return [g() for g in getters()]
print cell_sharing()

def adder(n):
    return lambda x: x + n
add5 = adder(5)
print map(add5, [1, 2, 3]), add5.func_closure[0].cell_contents
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
print compose(str, adder(1), lambda v: v * 2)(10)
