class Env(object):
    def __init__(self, **values):
        self.values = values
        self.lookups = []
    def __getitem__(self, key):
        self.lookups.append(key)
        if key in self.values:
            return self.values[key]
        return '<%s?>' % key
e = Env(user='ann', count=3)
print '%(user)s has %(count)d items; %(missing)s' % e
print e.lookups
class Upper(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k.lower()).upper()
print '%(NAME)s/%(Name)s' % Upper(name='bob')
print '%(a)s %(a)r %(b)05.1f' % {'a': 'x', 'b': 2.25}
print '%%(notkey)s %(k)s' % {'k': 'v'}
try:
    '%(a)s %s' % {'a': 1}
except TypeError, err:
    print 'TypeError:', err
try:
    '%(missing)s' % {}
except KeyError, err:
    print 'KeyError:', err
try:
    '%(a)s' % ['not', 'mapping']
except TypeError, err:
    print 'TypeError:', err
print '%s' % {'k': 1}, '%(k)s' % {'k': (1, 2)}, '%s' % ({'k': 1},)
print '%(x)s' % {'x': u'uni'}, repr('%(x)s' % {'x': u'uni'})
print '%(1)s %(2)s' % {'1': 'one', '2': 'two'}, '%()s' % {'': 'empty key'}
print '%(a.b)s %(a b)s %(a-b)s' % {'a.b': 1, 'a b': 2, 'a-b': 3}
print '%(x)s' % {'x': 1, 'unused': 2}
template = 'Dear %(title)s %(last)s,\nYour balance is %(bal).2f.\n'
for rec in [dict(title='Dr.', last='Who', bal=10.5), dict(title='Ms.', last='X', bal=-3)]:
    print template % rec,
