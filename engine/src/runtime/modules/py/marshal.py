# Python part of the native `marshal` module (run by marshal.rs): the value serialization of
# CPython 2.7's marshal format for None, bools, ints, longs, floats (binary), strings, unicode,
# tuples, lists, dicts (what pickle's binary protocols use `loads` for). Code objects are not
# supported (ValueError: unmarshallable object).

import struct as _struct
version = 2


def _w(x, out):
    t = type(x)
    if x is None:
        out.append('N')
    elif x is True:
        out.append('T')
    elif x is False:
        out.append('F')
    elif t is int:
        if -2147483648 <= x <= 2147483647:
            out.append('i' + _struct.pack('<i', x))
        else:
            out.append('I' + _struct.pack('<q', x))
    elif t is long:
        digits = []
        n = abs(x)
        while n:
            digits.append(n & 0x7fff)
            n >>= 15
        size = len(digits) if x >= 0 else -len(digits)
        out.append('l' + _struct.pack('<i', size) + ''.join([_struct.pack('<H', d) for d in digits]))
    elif t is float:
        out.append('g' + _struct.pack('<d', x))
    elif t is str:
        out.append('s' + _struct.pack('<i', len(x)) + x)
    elif t is unicode:
        b = x.encode('utf-8')
        out.append('u' + _struct.pack('<i', len(b)) + b)
    elif t is tuple or t is list:
        out.append(('(' if t is tuple else '[') + _struct.pack('<i', len(x)))
        for y in x:
            _w(y, out)
    elif t is dict:
        out.append('{')
        for k, v in x.items():
            _w(k, out)
            _w(v, out)
        out.append('0')
    else:
        raise ValueError('unmarshallable object')


def dumps(value, version=version):
    out = []
    _w(value, out)
    return ''.join(out)


def dump(value, f, version=version):
    f.write(dumps(value, version))


class _Reader(object):
    def __init__(self, s):
        self.s = s
        self.p = 0

    def take(self, n):
        if self.p + n > len(self.s):
            raise EOFError('EOF read where object expected')
        r = self.s[self.p:self.p + n]
        self.p += n
        return r

    def obj(self):
        c = self.take(1)
        if c == 'N':
            return None
        if c == 'T':
            return True
        if c == 'F':
            return False
        if c == 'i':
            return _struct.unpack('<i', self.take(4))[0]
        if c == 'I':
            return _struct.unpack('<q', self.take(8))[0]
        if c == 'l':
            size = _struct.unpack('<i', self.take(4))[0]
            n = 0
            for k in range(abs(size)):
                n |= _struct.unpack('<H', self.take(2))[0] << (15 * k)
            return long(-n if size < 0 else n)
        if c == 'g':
            return _struct.unpack('<d', self.take(8))[0]
        if c in 'st':
            return self.take(_struct.unpack('<i', self.take(4))[0])
        if c == 'u':
            return self.take(_struct.unpack('<i', self.take(4))[0]).decode('utf-8')
        if c in '([':
            n = _struct.unpack('<i', self.take(4))[0]
            items = [self.obj() for k in range(n)]
            return tuple(items) if c == '(' else items
        if c == '{':
            d = {}
            while self.s[self.p:self.p + 1] != '0':
                k = self.obj()
                d[k] = self.obj()
            self.p += 1
            return d
        raise ValueError('bad marshal data (unknown type code)')


def loads(s):
    return _Reader(s).obj()


def load(f):
    return loads(f.read())
