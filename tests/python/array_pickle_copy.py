# array.array objects survive copy, deepcopy and pickling (pickle and cPickle, every protocol)
# through __reduce__, __copy__ and __deepcopy__; the module's names.
import array, copy, pickle, cPickle

print sorted(n for n in dir(array) if not n.startswith('_'))
print array.ArrayType is array.array, repr(array.array), array.array.__name__, array.array.__module__
print hasattr(array, 'typecodes')

samples = [array.array('i', [1, -2, 3]), array.array('c', 'hi'), array.array('u', u'\xe9t\xe9'),
           array.array('d', [0.5, -1e100]), array.array('B'), array.array('L', [2 ** 64 - 1]),
           array.array('f', [0.1]), array.array('h', [-7])]
for a in samples:
    print repr(a), a.__reduce__()
    c = copy.copy(a)
    d = copy.deepcopy(a)
    print c == a, c is a, d == a, d is a, a.__copy__() == a, a.__deepcopy__({}) == a
    for mod in (pickle, cPickle):
        for proto in range(3):
            b = mod.loads(mod.dumps(a, proto))
            assert b == a and type(b) is array.array and b.typecode == a.typecode, (mod, proto)
    print 'pickled ok', a.typecode

# Copies are independent.
a = array.array('i', [1, 2])
c = copy.copy(a)
c.append(3)
a[0] = 100
print a, c

# Arrays inside containers, shared references kept by deepcopy.
shared = array.array('l', [5])
box = {'x': shared, 'y': [shared, array.array('c', 'q')]}
dup = copy.deepcopy(box)
print dup['x'], dup['y'], dup['x'] is dup['y'][0], dup['x'] is shared
restored = pickle.loads(pickle.dumps(box, 2))
print restored['x'] is restored['y'][0], restored['y'][1]

# repr and str agree; eval(repr(a)) rebuilds the array.
from array import array as A
for a in samples:
    assert str(a) == repr(a)
    assert eval(repr(a), {'array': A}) == a
print 'repr round trip ok'
print str(A('i', [1])), A('c'), A('u'), A('d'), A('c', '\x00\'"'), A('u', u'\n')
