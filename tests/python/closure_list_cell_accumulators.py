# Closures that mutate enclosing state through a one-element list (Python 2 has no nonlocal).

def make_counter(start=0, step=1):
    box = [start]
    def inc():
        box[0] += step
        return box[0]
    def reset():
        box[0] = start
    def peek():
        return box[0]
    return inc, reset, peek

inc, reset, peek = make_counter(10, 5)
print [inc() for _ in range(4)]
print peek()
reset()
print peek(), inc()

def make_averager():
    data = []
    def add(x):
        data.append(x)
        return float(sum(data)) / len(data)
    return add

avg = make_averager()
for v in [10, 20, 30, 45]:
    print "avg after %d: %.3f" % (v, avg(v))

def make_accounts():
    state = {'balance': 0, 'log': []}
    def deposit(n):
        state['balance'] += n
        state['log'].append(('dep', n))
    def withdraw(n):
        if n > state['balance']:
            state['log'].append(('fail', n))
            return False
        state['balance'] -= n
        state['log'].append(('wd', n))
        return True
    return deposit, withdraw, state

dep, wd, st = make_accounts()
dep(100); print wd(30), wd(200), wd(70)
print st['balance'], st['log']

# independent closures from a loop, capturing via default args vs late binding
late = [lambda: i for i in range(4)]
early = [lambda i=i: i * i for i in range(4)]
print [f() for f in late], [f() for f in early]

def outer():
    cells = [0, 0]
    def a():
        cells[0] += 1
        def b():
            cells[1] += cells[0]
            return tuple(cells)
        return b
    return a

a = outer()
b1 = a(); print b1(), b1()
b2 = a(); print b2(), b1()

def memo_fib():
    cache = {0: 0, 1: 1}
    calls = [0]
    def fib(n):
        calls[0] += 1
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib, calls, cache

fib, calls, cache = memo_fib()
print fib(60), calls[0], len(cache)
print fib(30), calls[0]
print sorted(cache.keys())[:10]
print inc.__closure__ is not None, len(inc.__closure__)
print sorted(c.cell_contents for c in make_averager().__closure__ if isinstance(c.cell_contents, list))
