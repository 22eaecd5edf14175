def coroutine(fn):
    def start(*args, **kw):
        g = fn(*args, **kw)
        g.next()
        return g
    return start

@coroutine
def printer(prefix):
    while True:
        item = yield
        print prefix, item

@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

@coroutine
def counter(target):
    n = 0
    try:
        while True:
            item = yield
            n += 1
            target.send('%d: %s' % (n, item))
    except GeneratorExit:
        print 'counter closing after', n, 'items'
        raise

sink = counter(printer('>>'))
g = grep('py', sink)
for line in ['python rocks', 'java', 'pypy too', 'ruby', 'cpython']:
    g.send(line)
sink.close()
g.close()

@coroutine
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
print [a.send(v) for v in [10, 20, 30, 40]]

def broadcaster(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
@coroutine
def collector(store):
    while True:
        store.append((yield))
s1, s2 = [], []
b = broadcaster([collector(s1), collector(s2)])
b.next()
for x in 'abc':
    b.send(x)
print s1, s2

def echo():
    received = []
    try:
        while True:
            try:
                v = yield
                received.append(v)
            except ValueError, e:
                received.append('error:%s' % e)
    finally:
        print 'echo finished with', received
e = echo()
e.next()
e.send(1)
e.throw(ValueError, 'bad')
e.send(2)
e.close()
