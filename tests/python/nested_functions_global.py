total = 0
names = []

def add(n):
    global total
    total += n
    return total

def record(name):
    names.append(name)   # mutation needs no global
    return len(names)

for k in range(1, 6):
    add(k)
    record('n%d' % k)
print total, names

def setter():
    global newvar
    newvar = 'created'
setter()
print newvar

def shadow():
    total = -1
    return total
print shadow(), total

def local_before_assign():
    try:
        print total
        total = 5
    except UnboundLocalError, e:
        print 'UnboundLocalError:', e
local_before_assign()

def outer():
    x = 1
    def inner():
        global x
        x = 'global x'
        return x
    r = inner()
    return x, r
print outer()
print x

def deep():
    def a():
        def b():
            global total
            total = 1000
        b()
    a()
deep()
print total

def uses_global_in_loop():
    global counter
    counter = 0
    for i in xrange(100):
        counter += i
    return counter
print uses_global_in_loop(), counter

def del_global():
    global newvar
    del newvar
del_global()
try:
    newvar
except NameError, e:
    print 'NameError:', e

g = globals()
g['dynamic'] = 7
print dynamic
print 'total' in globals(), 'zzz' in globals()
