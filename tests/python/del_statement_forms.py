a = 1
b = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
c = {'x': 1, 'y': 2, 'z': 3}
del a
try:
    print a
except NameError, e:
    print 'NameError:', e
del b[0]
print b
del b[-1]
print b
del b[2:4]
print b
del b[::2]
print b
del c['x']
print c
try:
    del c['nope']
except KeyError, e:
    print 'KeyError:', e
class Obj(object):
    cls_attr = 'c'
o = Obj()
o.p = 1
o.q = 2
del o.p
print o.__dict__
try:
    del o.p
except AttributeError, e:
    print 'AttributeError:', e
try:
    del o.cls_attr
except AttributeError, e:
    print 'AttributeError:', e
del Obj.cls_attr
print hasattr(o, 'cls_attr')
x, y, z = 1, 2, 3
del x, y
print 'x' in dir(), 'z' in dir()
lst = [[1, 2], [3, 4]]
del lst[0][1], lst[1][0]
print lst
class Tracker(object):
    def __init__(self):
        self.data = {}
    def __setitem__(self, k, v):
        self.data[repr(k)] = v
    def __delitem__(self, k):
        print 'delitem', repr(k)
        del self.data[repr(k)]
    def __delattr__(self, name):
        print 'delattr', name
        object.__delattr__(self, name)
t = Tracker()
t['a'] = 1
t[1:2] = 'slice'
del t['a']
del t[1:2]
t.extra = 5
del t.extra
print t.data
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError, e:
        return 'UnboundLocalError: %s' % e
print f()
try:
    del (1, 2)[0]
except TypeError, e:
    print 'TypeError:', e
s = 'abc'
try:
    del s[0]
except TypeError, e:
    print 'TypeError:', e
[p, q] = [1, 2]
del [p, q]
print 'p' in globals()
