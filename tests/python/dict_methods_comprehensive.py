inventory = {'apples': 10, 'pears': 4}
print inventory.get('apples'), inventory.get('kiwis'), inventory.get('kiwis', 0)
print inventory.setdefault('kiwis', 7), inventory.setdefault('apples', 99), sorted(inventory.items())
inventory.update({'pears': 6, 'plums': 1})
print sorted(inventory.iteritems())
print inventory.pop('plums'), 'plums' in inventory, inventory.has_key('pears')
keys = inventory.keys()
keys.sort()
print keys, sorted(inventory.values()), len(inventory)
c = inventory.copy()
c['apples'] = 0
print inventory['apples'], c['apples']
print sorted(inventory.viewkeys() & set(['apples', 'x'])), sorted(inventory.viewitems())[:1]
vk = inventory.viewkeys()
inventory['new'] = 1
print sorted(vk), len(vk)
inventory.clear()
print inventory, len(vk)
d = {}
d[1] = 'int'
d[1.0] = 'float overwrites'
d[True] = 'bool overwrites'
print d
d = {(1, 2): 'tuple', frozenset([1]): 'fs', 'k': None}
print d[(1, 2)], d[frozenset([1])], d['k'], None in d
try:
    d[[1]] = 1
except TypeError, e:
    print 'TypeError:', e
try:
    d['missing']
except KeyError, e:
    print 'KeyError:', e, e.args
try:
    d[(1, 3)]
except KeyError, e:
    print 'KeyError:', e
class Missing(dict):
    def __missing__(self, key):
        return 'default for %r' % (key,)
m = Missing(a=1)
print m['a'], m['zz'], m.get('zz'), 'zz' in m
print {'a': 1} == {'a': 1.0}, {'a': 1} != {'a': 2}, {1: 2}.items() == [(1, 2)]
print cmp({'a': 1}, {'a': 2}), cmp({}, {'a': 1}), {'b': 1} < {'a': 1, 'c': 2}
word_lengths = {}
for w in 'one three five seven eleven'.split():
    word_lengths.setdefault(len(w), []).append(w)
print sorted(word_lengths.items())
nested = {'x': {'y': {'z': 1}}}
print nested['x']['y']['z'], nested.get('x', {}).get('q', 'none')
print dict(sorted({'b': 2, 'a': 1}.items())), sorted({'b': 2, 'a': 1}, key=lambda k: -ord(k))
print {}.fromkeys([1, 2], []), len({i: i for i in range(1000)})
