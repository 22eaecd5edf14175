# Python part of the native `strop` module (strop.rs): CPython 2.7's deprecated string operations.
# string.py imports `maketrans, lowercase, uppercase, whitespace` from here; the character sets
# are in the C library's order for the "C" locale (`whitespace` lists isspace() bytes 0..255).

lowercase = 'abcdefghijklmnopqrstuvwxyz'
uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
whitespace = '\t\n\x0b\x0c\r '


def maketrans(fromstr, tostr):
    if len(fromstr) != len(tostr):
        raise ValueError("maketrans arguments must have same length")
    table = map(chr, range(256))
    for a, b in zip(fromstr, tostr):
        table[ord(a)] = b
    return ''.join(table)


def _str(name, s):
    if not isinstance(s, str):
        raise TypeError("%s() argument 1 must be string, not %s" % (name, type(s).__name__))
    return s


def lower(s):
    return _str('lower', s).lower()


def upper(s):
    return _str('upper', s).upper()


def swapcase(s):
    return _str('swapcase', s).swapcase()


def capitalize(s):
    return _str('capitalize', s).capitalize()


def strip(s):
    return _str('strip', s).strip()


def lstrip(s):
    return _str('lstrip', s).lstrip()


def rstrip(s):
    return _str('rstrip', s).rstrip()


def expandtabs(s, tabsize=8):
    return _str('expandtabs', s).expandtabs(tabsize)


def split(s, sep=None, maxsplit=-1):
    return _str('split', s).split(sep, maxsplit)


splitfields = split


def join(words, sep=' '):
    return sep.join(words)


joinfields = join


def find(s, sub, start=0, end=None):
    if end is None:
        return s.find(sub, start)
    return s.find(sub, start, end)


def rfind(s, sub, start=0, end=None):
    if end is None:
        return s.rfind(sub, start)
    return s.rfind(sub, start, end)


def count(s, sub, start=0, end=None):
    if end is None:
        return s.count(sub, start)
    return s.count(sub, start, end)


def replace(s, old, new, maxsplit=-1):
    return _str('replace', s).replace(old, new, maxsplit)


def translate(s, table, deletions=''):
    return _str('translate', s).translate(table, deletions)


def atoi(s, base=10):
    return int(s, base)


def atol(s, base=10):
    return long(s, base)


def atof(s):
    return float(s)
