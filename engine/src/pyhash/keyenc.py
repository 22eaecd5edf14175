# Shared by gen_cases.py and gen_order_cases.py: the text encoding of test keys that
# engine/src/pyhash/testkey.rs parses and prints back.
#   i<decimal>            int or long
#   f<16 hex digits>      float, its IEEE-754 bits
#   c<16 hex>,<16 hex>    complex (real bits, imag bits)
#   s<hex bytes>          str
#   u<6-hex code points>  unicode
#   (<enc>,<enc>,...)     tuple
#   z(<enc>,...)          frozenset (elements in the frozenset's iteration order)
import struct


def fbits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def enc(v):
    if isinstance(v, bool):
        return 'i%d' % int(v)
    if isinstance(v, (int, long)):
        return 'i%d' % v
    if isinstance(v, float):
        return 'f' + fbits(v)
    if isinstance(v, complex):
        return 'c%s,%s' % (fbits(v.real), fbits(v.imag))
    if isinstance(v, str):
        return 's' + v.encode('hex')
    if isinstance(v, unicode):
        return 'u' + ''.join('%06x' % ord(c) for c in v)
    if isinstance(v, tuple):
        return '(' + ','.join(enc(x) for x in v) + ')'
    if isinstance(v, frozenset):
        return 'z(' + ','.join(enc(x) for x in v) + ')'
    raise TypeError(v)
