def make_gens():
    gens = []
    for i in range(3):
        gens.append(x * i for x in range(3))
    return gens
print [list(g) for g in make_gens()]
def make_gens_bound():
    gens = []
    for i in range(3):
        gens.append((lambda i: (x * i for x in range(3)))(i))
    return gens
print [list(g) for g in make_gens_bound()]
def counter_gen(start):
    count = [start]
    def bump():
        count[0] += 1
    def gen():
        while count[0] < start + 3:
            yield count[0]
            bump()
    return gen()
print list(counter_gen(10))
def outer():
    value = 'before'
    g = (value for _ in range(2))
    value = 'after'
    return list(g)
print outer()
def early_binding():
    items = [1, 2, 3]
    g = (x * 2 for x in items)
    items = [100]
    return list(g)
print early_binding()
def lazy_condition():
    limit = 2
    g = (x for x in range(5) if x < limit)
    limit = 4
    return list(g)
print lazy_condition()
def generator_with_default_closure():
    fns = []
    for name in ['a', 'b']:
        def gen(n=name):
            for i in range(2):
                yield n * (i + 1)
        fns.append(gen)
    return [list(f()) for f in fns]
print generator_with_default_closure()
def accumulate(iterable):
    total = 0
    for x in iterable:
        total += x
        yield total
print list(accumulate(range(1, 6))), list(accumulate([]))
def chained():
    sources = [range(2), 'ab', (None,)]
    for s in sources:
        for item in s:
            yield item
print list(chained())
