trace = []
def t(label, value=None):
    trace.append(label)
    return label if value is None else value
def show(title):
    print title, trace
    del trace[:]

def f(*args, **kwargs):
    return args, sorted(kwargs.items())
f(t('a'), t('b'), c=t('c'), d=t('d'))
show('call args:')
f(t('x'), *[t('star')], **{'k': t('kw')})
show('star args:')
d = {t('k1'): t('v1'), t('k2'): t('v2')}
show('dict display:')
l = [t('l1'), t('l2')]
s = set([t('s1'), t('s2')])
show('list/set:')
t('left', 1) + t('right', 2) * t('mul', 3)
show('binary ops:')
t('a', 1) < t('b', 2) < t('c', 3)
show('chained compare:')
t('cond', True) and t('then', 0) or t('else', 1)
show('and/or:')
t('yes') if t('test', False) else t('no')
show('conditional expr:')
class Target(object):
    def __setitem__(self, k, v):
        trace.append('setitem %s=%s' % (k, v))
    def __setattr__(self, k, v):
        trace.append('setattr %s=%s' % (k, v))
obj = Target()
obj[t('key')] = t('value')
show('subscript assign:')
obj.attr1, obj.attr2 = t('first', 1), t('second', 2)
show('tuple assign:')
a = obj.x = obj['y'] = t('rhs', 5)
show('chained assign:')
cells = {'k': 10}
cells[t('k')] += t('inc', 1)
show('augmented subscript:')
[t('elt %d' % i) for i in range(2) if t('cond %d' % i, True)]
show('comprehension:')
x = t('lambda default', 7)
g = lambda y=t('default evaluated'): y
show('lambda:')
def deco(name):
    trace.append('deco factory ' + name)
    def wrap(fn):
        trace.append('apply ' + name)
        return fn
    return wrap
@deco('outer')
@deco('inner')
def decorated():
    pass
show('decorators:')
print t('print1'), t('print2')
show('print items:')
