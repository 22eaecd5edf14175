class Sample(object):
    cls_attr = 1
    def __init__(self):
        self.inst_attr = 2
    def method(self):
        pass
s = Sample()
print [n for n in dir(s) if not n.startswith('__')]
print [n for n in dir(Sample) if not n.startswith('__')]
print vars(s), sorted(k for k in vars(Sample) if not k.startswith('__'))
print '__init__' in dir(s), '__class__' in dir(s), '__dict__' in dir(Sample)
class Custom(object):
    def __dir__(self):
        return ['z', 'a', 'm']
print dir(Custom())
def func(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print func(1)
def empty():
    return locals()
print empty()
def inner_locals():
    x = 1
    def nested():
        y = x
        return sorted(locals())
    return nested()
print inner_locals()
print 'Sample' in globals(), globals()['__name__'], type(globals()).__name__
print sorted(n for n in dir() if not n.startswith('__'))
try:
    vars(5)
except TypeError, e:
    print 'TypeError:', e
import math
print 'sqrt' in dir(math), vars(math) is math.__dict__
class Old:
    x = 1
    def m(self):
        pass
o = Old()
o.y = 2
print [n for n in dir(o) if not n.startswith('__')], vars(o)
print sorted(k for k in vars(Old) if not k.startswith('__'))
print [n for n in dir([]) if not n.startswith('_')]
print [n for n in dir({}) if not n.startswith('_')]
print len([n for n in dir('') if not n.startswith('_')])
print dir(None) == dir(type(None))
def changes_locals():
    a = 1
    locals()['a'] = 2
    return a
print changes_locals()
print [n for n in dir(3) if not n.startswith('_')]
