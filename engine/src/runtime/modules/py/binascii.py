# Python part of the native `binascii` module (run by binascii.rs): hex and base64 conversions
# and CRC-32 (the zlib polynomial; results are signed ints as in CPython 2.7 on 64-bit Linux).

class Error(ValueError):
    pass
Error.__module__ = 'binascii'

class Incomplete(Exception):
    pass
Incomplete.__module__ = 'binascii'

_hexdigits = '0123456789abcdef'


def _bytes(data):
    if isinstance(data, str):
        return data
    if isinstance(data, (bytearray, buffer)):
        return str(data)
    if isinstance(data, unicode):
        return data.encode('ascii')
    raise TypeError('must be string or buffer, not %s' % type(data).__name__)


def hexlify(data):
    data = _bytes(data)
    return ''.join([_hexdigits[ord(c) >> 4] + _hexdigits[ord(c) & 15] for c in data])

b2a_hex = hexlify


def unhexlify(hexstr):
    hexstr = _bytes(hexstr)
    if len(hexstr) % 2:
        raise TypeError('Odd-length string')
    out = []
    for i in range(0, len(hexstr), 2):
        try:
            out.append(chr(int(hexstr[i:i + 2], 16)))
        except ValueError:
            raise TypeError('Non-hexadecimal digit found')
    return ''.join(out)

a2b_hex = unhexlify

_crc_table = []
for _i in range(256):
    _c = _i
    for _k in range(8):
        if _c & 1:
            _c = 0xEDB88320 ^ (_c >> 1)
        else:
            _c >>= 1
    _crc_table.append(_c)
del _i, _c, _k


def crc32(data, crc=0):
    data = _bytes(data)
    crc = (~crc) & 0xffffffff
    t = _crc_table
    for ch in data:
        crc = t[(crc ^ ord(ch)) & 0xff] ^ (crc >> 8)
    crc = (~crc) & 0xffffffff
    if crc >= 0x80000000:
        crc -= 0x100000000
    return int(crc)


_b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_b64rev = dict([(c, i) for i, c in enumerate(_b64)])


def b2a_base64(data):
    data = _bytes(data)
    out = []
    for i in range(0, len(data) - 2, 3):
        n = (ord(data[i]) << 16) | (ord(data[i + 1]) << 8) | ord(data[i + 2])
        out.append(_b64[n >> 18] + _b64[(n >> 12) & 63] + _b64[(n >> 6) & 63] + _b64[n & 63])
    rest = len(data) % 3
    if rest == 1:
        n = ord(data[-1]) << 16
        out.append(_b64[n >> 18] + _b64[(n >> 12) & 63] + '==')
    elif rest == 2:
        n = (ord(data[-2]) << 16) | (ord(data[-1]) << 8)
        out.append(_b64[n >> 18] + _b64[(n >> 12) & 63] + _b64[(n >> 6) & 63] + '=')
    return ''.join(out) + '\n'


def _b64_valid_after(data, i):
    # CPython's binascii_find_valid(s, n, 1): the second character from index i that is valid
    # base64 (the pad '=' counts as valid), or None.
    seen = 0
    for c in data[i:]:
        if c < '\x80' and (c == '=' or c in _b64rev):
            if seen == 1:
                return c
            seen += 1
    return None


def a2b_base64(data):
    # CPython 2.7's decoder: invalid characters are skipped; a pad ends the input once two
    # characters of a quad are in (at the third place only if another pad follows), and
    # leftover bits mean "Incorrect padding".
    data = _bytes(data)
    bits = 0
    nbits = 0
    quad_pos = 0
    out = []
    for i, c in enumerate(data):
        if c == '=':
            if quad_pos < 2 or (quad_pos == 2 and _b64_valid_after(data, i) != '='):
                continue
            nbits = 0
            break
        v = _b64rev.get(c)
        if v is None:
            continue
        quad_pos = (quad_pos + 1) & 3
        bits = (bits << 6) | v
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append(chr((bits >> nbits) & 0xff))
            bits &= (1 << nbits) - 1
    if nbits:
        raise Error('Incorrect padding')
    return ''.join(out)
