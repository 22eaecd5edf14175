_registry = {}
_next_id = 1
DEBUG = False

def register(name):
    global _next_id
    if name in _registry:
        return _registry[name]
    _registry[name] = _next_id
    _next_id += 1
    if DEBUG:
        print 'registered', name
    return _registry[name]

def set_debug(flag):
    global DEBUG
    old = DEBUG
    DEBUG = flag
    return old

print register('alpha'), register('beta'), register('alpha')
print set_debug(True)
print register('gamma')
print set_debug(False), DEBUG
print sorted(_registry.items()), _next_id

def reset():
    global _registry, _next_id
    _registry = {}
    _next_id = 100
reset()
print register('delta'), _registry

def make_global(name, value):
    globals()[name] = value
make_global('dynamic_value', [1, 2, 3])
print dynamic_value

def shadowing():
    DEBUG = 'local'
    def inner():
        return DEBUG
    return inner()
print shadowing(), DEBUG

def global_in_loop():
    global total
    total = 0
    for i in range(5):
        total += i
global_in_loop()
print total

def conditional_global(flag):
    if flag:
        global late_global
    late_global = 'assigned'
conditional_global(False)
print late_global

exec 'global exec_global\nexec_global = 5'
print exec_global
def read_builtin_shadow():
    return len([1, 2])
len = lambda x: 'shadowed len'
print read_builtin_shadow()
del len
print read_builtin_shadow()
import __builtin__
print __builtin__.len('abc'), 'len' in globals()
