class Widget(object):
    def render(self):
        return 'v1'
    color = 'red'

w = Widget()
results = []
for i in range(6):
    results.append((w.render(), w.color))
    if i == 1:
        Widget.render = lambda self: 'v2'
    if i == 2:
        Widget.color = 'blue'
    if i == 3:
        w.color = 'instance green'
    if i == 4:
        del Widget.render
        Widget.render = lambda self: 'v3'
print results

class Base(object):
    def who(self):
        return 'base'
class Child(Base):
    pass
c = Child()
seen = []
for i in range(5):
    seen.append(c.who())
    if i == 1:
        Child.who = lambda self: 'child patched'
    if i == 3:
        del Child.who
print seen

class Late(object):
    pass
l = Late()
out = []
for i in range(4):
    try:
        out.append(l.dynamic)
    except AttributeError:
        out.append('missing')
    if i == 1:
        Late.__getattr__ = lambda self, name: 'from __getattr__: ' + name
print out

def f():
    return 'original f'
calls = []
for i in range(4):
    calls.append(f())
    if i == 1:
        def f():
            return 'redefined f'
print calls

g_value = 1
def read_global():
    return g_value
vals = []
for i in range(4):
    vals.append(read_global())
    g_value += 10
print vals

import __builtin__
orig_len = __builtin__.len
lens = []
for i in range(4):
    lens.append(len('abc'))
    if i == 1:
        __builtin__.len = lambda x: 'patched builtin'
    if i == 2:
        __builtin__.len = orig_len
print lens
class Slotty(object):
    __slots__ = ['a']
s = Slotty()
s.a = 1
print s.a
Slotty.a_default = 'class attr added'
print s.a_default
class Desc(object):
    def __get__(self, obj, t):
        return 'descriptor'
class Target(object):
    x = 'plain'
t = Target()
xs = []
for i in range(4):
    xs.append(t.x)
    if i == 1:
        Target.x = Desc()
print xs
