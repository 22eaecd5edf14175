# array.array's errors: constructor arguments, item conversion and range checks per typecode
# (CPython's exact OverflowError/TypeError messages), index errors, mismatched typecodes.
import array

def attempt(label, f):
    try:
        r = f()
    except Exception, e:
        print label, '->', type(e).__name__ + ':', e
    else:
        print label, '=', repr(r)

attempt('no args', lambda: array.array())
attempt('three args', lambda: array.array('i', [], 1))
attempt('keyword', lambda: array.array('i', initializer=[1]))
attempt('int typecode', lambda: array.array(3))
attempt('long typecode', lambda: array.array('ii'))
attempt('unicode typecode', lambda: array.array(u'd', [1]))
attempt('bad typecode', lambda: array.array('q'))
attempt('bad typecode x', lambda: array.array('x', []))
attempt('int initializer', lambda: array.array('i', 5))
attempt('None initializer', lambda: array.array('i', None))
attempt('odd string', lambda: array.array('h', 'abc'))
attempt('unicode for i', lambda: array.array('i', u'ab'))
attempt('generator', lambda: array.array('i', (n * n for n in range(4))))
attempt('from array', lambda: array.array('d', array.array('b', [1, 2])))

class WithInt(object):
    def __int__(self):
        return 7

class WithIndex(object):
    def __index__(self):
        return 8

class WithFloat(object):
    def __float__(self):
        return 0.5

values = [0, -1, 1, 127, 128, -129, 255, 256, 32767, 32768, -32769, 65535, 65536,
          2 ** 31 - 1, 2 ** 31, -2 ** 31 - 1, 2 ** 32 - 1, 2 ** 32, 2 ** 63 - 1, 2 ** 63,
          -2 ** 63 - 1, 2 ** 64, -1L, 5L, True, 1.5, 'a', 'ab', u'a', None, [1],
          WithInt(), WithIndex(), WithFloat()]
names = ['0', '-1', '1', '127', '128', '-129', '255', '256', '32767', '32768', '-32769',
         '65535', '65536', '2**31-1', '2**31', '-2**31-1', '2**32-1', '2**32', '2**63-1',
         '2**63', '-2**63-1', '2**64', '-1L', '5L', 'True', '1.5', "'a'", "'ab'", "u'a'",
         'None', '[1]', 'WithInt()', 'WithIndex()', 'WithFloat()']
for tc in 'cbBuhHiIlLfd':
    for name, v in zip(names, values):
        attempt('%s %s' % (tc, name), lambda: array.array(tc, [v])[0])

a = array.array('i', [1, 2, 3])
attempt('index past end', lambda: a[3])
attempt('negative past start', lambda: a[-4])
attempt('str index', lambda: a['1'])
attempt('float index', lambda: a[1.0])
attempt('huge index', lambda: a[2 ** 70])

def setit(k, v):
    a[k] = v

def delit(k):
    del a[k]

attempt('assign past end', lambda: setit(3, 1))
attempt('assign str index', lambda: setit('x', 1))
attempt('assign bad value', lambda: setit(0, 'x'))
attempt('assign overflow', lambda: setit(0, 2 ** 40))
attempt('delete past end', lambda: delit(5))
attempt('slice from list', lambda: setit(slice(0, 2), [1, 2]))
attempt('slice other kind', lambda: setit(slice(0, 2), array.array('l', [1, 2])))
attempt('extended size', lambda: setit(slice(0, 3, 2), array.array('i', [1, 2, 3])))
attempt('simple slice from tuple', lambda: a.__setslice__(0, 1, (1,)))
attempt('concat list', lambda: a + [4])
attempt('concat other kind', lambda: a + array.array('h', [4]))
attempt('iadd list', lambda: a.__iadd__([4]))
attempt('iadd other kind', lambda: a.__iadd__(array.array('f')))
attempt('extend other kind', lambda: a.extend(array.array('I', [1])))
attempt('extend int', lambda: a.extend(3))
attempt('extend partial', lambda: a.extend([4, 'x', 5]))
print a
attempt('fromlist tuple', lambda: a.fromlist((1, 2)))
attempt('fromlist bad item', lambda: a.fromlist([6, 7, 'x']))
print a
attempt('mul str', lambda: a * 'x')
attempt('mul float', lambda: a * 1.5)
attempt('index missing', lambda: a.index(42))
attempt('remove missing', lambda: a.remove(42))
attempt('pop empty', lambda: array.array('d').pop())
attempt('pop past end', lambda: a.pop(10))
attempt('pop str', lambda: a.pop('x'))
attempt('insert str', lambda: a.insert('x', 1))
attempt('insert arity', lambda: a.insert(1))
attempt('count arity', lambda: a.count())
attempt('byteswap arity', lambda: a.byteswap(1))
attempt('fromunicode on i', lambda: a.fromunicode(u'x'))
attempt('fromunicode str', lambda: array.array('u').fromunicode('x'))
attempt('tounicode on i', lambda: a.tounicode())
attempt('fromstring int', lambda: a.fromstring(5))
attempt('fromstring odd', lambda: a.fromstring('abc'))
attempt('tofile not file', lambda: a.tofile([]))
attempt('fromfile not file', lambda: a.fromfile([], 1))
attempt('hash', lambda: hash(a))
attempt('deepcopy arity', lambda: a.__deepcopy__())
attempt('order with list', lambda: a < [1])
attempt('eq with list', lambda: a == [1, 2, 3])
print a, a.typecode, a.itemsize

# Huge sizes raise MemoryError (or OverflowError for a count beyond Py_ssize_t), never abort.
big = array.array('i', [1, 2, 3])
attempt('repeat 2**62', lambda: big * (2 ** 62))
attempt('repeat 2**62 reflected', lambda: (2 ** 62) * big)
attempt('repeat 2**70', lambda: big * (2 ** 70))
attempt('repeat d 2**60', lambda: array.array('d', [1.0]) * (2 ** 60))
attempt('repeat b 2**50', lambda: len(array.array('b', [1]) * (2 ** 50)))
attempt('inplace repeat 2**62', lambda: big.__imul__(2 ** 62))
attempt('fromfile huge count', lambda: big.fromfile(open(__file__), 2 ** 62))
print big
