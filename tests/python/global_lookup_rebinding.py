# Global and builtin name lookups see every rebinding: module globals reassigned, deleted,
# builtins shadowed and unshadowed, __builtin__ attributes replaced, the same code run with
# different globals (exec, types.FunctionType), globals() written directly.
import __builtin__
import types

counter = 0


def read_counter():
    return counter


def use_len(x):
    return len(x)


for i in range(3):
    counter = i * 10
    print read_counter(),
print

print use_len([1, 2, 3]),
len = lambda x: 'shadowed'
print use_len([1, 2, 3]),
del len
print use_len([1, 2, 3])

orig_abs = __builtin__.abs


def use_abs(v):
    return abs(v)


print use_abs(-4),
__builtin__.abs = lambda v: 'patched'
print use_abs(-4),
__builtin__.abs = orig_abs
print use_abs(-4)

globals()['counter'] = 'direct'
print read_counter()
del counter
try:
    read_counter()
except NameError as e:
    print 'NameError:', e
counter = 'back'
print read_counter()

code = compile("def f():\n    return value, len('ab')\n", '<gen>', 'exec')
for v in ('one', 'two'):
    g = {'value': v}
    exec code in g
    print g['f']()
g3 = {'value': 'three', 'len': lambda s: 99}
exec code in g3
print g3['f']()

fc = read_counter.func_code
for k in range(3):
    alt = types.FunctionType(fc, {'counter': k})
    print alt(),
print


def many_lookups(n):
    total = 0
    for i in range(n):
        total += max(i, 2) + min(i, 1)
    return total


print many_lookups(10)
max = lambda a, b: 0
print many_lookups(10)
del max
print many_lookups(10)

# Lots of new globals between lookups (the globals table grows and is rebuilt).
for k in range(50):
    globals()['filler%d' % k] = k
    if k % 10 == 0:
        print use_len('x' * k), read_counter(),
print
globals()['len'] = lambda s: -1
print use_len('abc')
