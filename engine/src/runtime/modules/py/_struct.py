# Python part of the native `_struct` module (run by struct.rs): pack/unpack/calcsize/Struct,
# pack_into/unpack_from. Formats: byte orders @ = < > !, codes x c b B ? h H i I l L q Q f d s
# p P with counts. '@' uses x86-64 native sizes and alignment, the others standard sizes and
# no alignment. Floats go through the natives _pack_float/_unpack_float (IEEE bytes,
# little-endian; reversed here for big-endian).

class error(Exception):
    pass
error.__module__ = 'struct'

_native_size = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
                'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8}
_std_size = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
             'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'f': 4, 'd': 8, 's': 1, 'p': 1}
_signed = 'bhilq'
_cache = {}


def _parse(fmt):
    """(little_endian, native, [(code, count, offset)], size)"""
    r = _cache.get(fmt)
    if r is not None:
        return r
    if not isinstance(fmt, str):
        if isinstance(fmt, unicode):
            fmt = fmt.encode('ascii')
        else:
            raise TypeError('Struct() argument 1 must be string, not %s' % type(fmt).__name__)
    i = 0
    native = True
    little = True
    if fmt and fmt[0] in '@=<>!':
        c = fmt[0]
        native = c == '@'
        little = c in '@=<'
        i = 1
    sizes = _native_size if native else _std_size
    items = []
    off = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c in ' \t\n\r\x0b\x0c':
            i += 1
            continue
        count = None
        if c in '0123456789':
            j = i
            while j < n and fmt[j] in '0123456789':
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error('repeat count given without format specifier')
            c = fmt[i]
        i += 1
        if c not in sizes:
            raise error('bad char in struct format')
        size = sizes[c]
        if count is None:
            count = 1
        if native and c not in 'xcbB?sp':
            off = (off + size - 1) // size * size
        items.append((c, count, off))
        if c in 'sp':
            off += count
        else:
            off += size * count
    r = (little, native, items, off)
    _cache[fmt] = r
    return r


def calcsize(fmt):
    return _parse(fmt)[3]


def _int_arg(v):
    if isinstance(v, (int, long)):
        return v
    if isinstance(v, float):
        return int(v)
    if hasattr(v, '__index__'):
        return v.__index__()
    if hasattr(v, '__int__') and not isinstance(v, (str, unicode)):
        return int(v)
    raise error('cannot convert argument to integer')


def _pack_int(c, v, size, little, native):
    v = _int_arg(v)
    if c == 'b':
        if not -128 <= v <= 127:
            raise error('byte format requires -128 <= number <= 127')
    elif c == 'B':
        if not 0 <= v <= 255:
            raise error('ubyte format requires 0 <= number <= 255')
    elif c == 'h':
        if not -32768 <= v <= 32767:
            raise error('short format requires SHRT_MIN <= number <= SHRT_MAX')
    elif c == 'H':
        if not 0 <= v <= 65535:
            raise error('ushort format requires 0 <= number <= USHRT_MAX')
    elif c == 'i':
        if not -2147483648 <= v <= 2147483647:
            raise error("'i' format requires -2147483648 <= number <= 2147483647")
    elif c in _signed:
        lim = 1 << (size * 8 - 1)
        if not -lim <= v < lim:
            raise error("integer out of range for '%s' format code" % c)
    else:
        if not 0 <= v < (1 << (size * 8)):
            raise error("integer out of range for '%s' format code" % c)
    if v < 0:
        v += 1 << (size * 8)
    out = []
    for k in range(size):
        out.append(chr(v & 0xff))
        v >>= 8
    s = ''.join(out)
    return s if little else s[::-1]


def _unpack_int(c, s, little):
    if not little:
        s = s[::-1]
    v = 0
    for ch in reversed(s):
        v = (v << 8) | ord(ch)
    size = len(s)
    if c in _signed and v >= (1 << (size * 8 - 1)):
        v -= 1 << (size * 8)
    if size <= 4 or (c in _signed and -9223372036854775808 <= v <= 9223372036854775807) or (c not in _signed and v <= 9223372036854775807):
        v = int(v)
    return v


def _pack(fmt, args):
    little, native, items, size = _parse(fmt)
    need = 0
    for c, count, off in items:
        if c == 'x':
            continue
        need += 1 if c in 'sp' else count
    if len(args) != need:
        raise error('pack expected %d items for packing (got %d)' % (need, len(args)))
    out = []
    pos = 0
    ai = 0
    for c, count, off in items:
        if off > pos:
            out.append('\0' * (off - pos))
            pos = off
        if c == 'x':
            out.append('\0' * count)
            pos += count
            continue
        if c in 'sp':
            v = args[ai]
            ai += 1
            if not isinstance(v, str):
                raise error("argument for '%s' must be a string" % c)
            if c == 's':
                data = v[:count]
                out.append(data + '\0' * (count - len(data)))
            else:
                if count == 0:
                    pass
                else:
                    data = v[:min(count - 1, 255)]
                    out.append(chr(len(data)) + data + '\0' * (count - 1 - len(data)))
            pos += count
            continue
        sz = (_native_size if native else _std_size)[c]
        for k in range(count):
            v = args[ai]
            ai += 1
            if c == 'c':
                if not (isinstance(v, str) and len(v) == 1):
                    raise error('char format require string of length 1')
                out.append(v)
            elif c == '?':
                out.append('\x01' if v else '\x00')
            elif c in 'fd':
                try:
                    x = float(v)
                except (TypeError, ValueError):
                    raise error('required argument is not a float')
                s = _pack_float(x, sz)
                out.append(s if little else s[::-1])
            else:
                out.append(_pack_int(c, v, sz, little, native))
            pos += sz
    return ''.join(out)


def pack(fmt, *args):
    return _pack(fmt, args)


def _unpack(fmt, data, offset=0):
    little, native, items, size = _parse(fmt)
    out = []
    for c, count, off in items:
        p = offset + off
        if c == 'x':
            continue
        if c == 's':
            out.append(data[p:p + count])
            continue
        if c == 'p':
            if count:
                n = min(ord(data[p]), count - 1)
                out.append(data[p + 1:p + 1 + n])
            else:
                out.append('')
            continue
        sz = (_native_size if native else _std_size)[c]
        for k in range(count):
            s = data[p:p + sz]
            if c == 'c':
                out.append(s)
            elif c == '?':
                out.append(s != '\0')
            elif c in 'fd':
                out.append(_unpack_float(s if little else s[::-1]))
            else:
                out.append(_unpack_int(c, s, little))
            p += sz
    return tuple(out)


def _as_bytes(data):
    if isinstance(data, str):
        return data
    if isinstance(data, (bytearray, buffer)):
        return str(data)
    if isinstance(data, unicode):
        return data.encode('ascii')
    raise TypeError('Struct() argument 1 must be string or read-only buffer, not %s' % type(data).__name__)


def unpack(fmt, data):
    size = calcsize(fmt)
    data = _as_bytes(data)
    if len(data) != size:
        raise error('unpack requires a string argument of length %d' % size)
    return _unpack(fmt, data)


def unpack_from(fmt, buffer, offset=0):
    size = calcsize(fmt)
    data = _as_bytes(buffer)
    if offset < 0:
        offset += len(data)
    if len(data) - offset < size:
        raise error('unpack_from requires a buffer of at least %d bytes' % size)
    return _unpack(fmt, data, offset)


def pack_into(fmt, buffer, offset, *args):
    s = _pack(fmt, args)
    if offset < 0:
        offset += len(buffer)
    if len(buffer) - offset < len(s):
        raise error('pack_into requires a buffer of at least %d bytes' % len(s))
    buffer[offset:offset + len(s)] = s


class Struct(object):
    def __init__(self, format):
        _parse(format)
        self.format = format
        self.size = calcsize(format)

    def pack(self, *args):
        return _pack(self.format, args)

    def unpack(self, data):
        return unpack(self.format, data)

    def pack_into(self, buffer, offset, *args):
        return pack_into(self.format, buffer, offset, *args)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

Struct.__module__ = 'struct'


def _clearcache():
    _cache.clear()
