# Python part of the native `_codecs` module (run by codecs.rs): the codec registry under
# codecs.py, the encodings package and runtime/codecs.rs (register/lookup with CPython's name
# normalization and cache; the `encodings` package, whose search function finds the stdlib
# codecs, is imported by the first lookup, not at startup), encode/decode through it, the
# error-handler registry, and the codec functions the encodings modules bind: charmap
# coding through general mappings and utf-7 are here; the UTF-8/16/32, ASCII, Latin-1 and
# escape-codec functions, and charmap coding through a decoding table or an int-to-byte dict,
# are native (codecs.rs defines them before this code runs). Every function returns (result, length
# consumed). The module's public functions are wrapped to behave as builtins (they do not bind
# as methods); the built-in error handlers are native.

_search = []
_cache = {}
_errors = {}
_encodings_imported = []


def register(search_function):
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search.append(search_function)


def _normalize(encoding):
    # As CPython 2.7's normalizestring: lower case, a space becomes a hyphen.
    return encoding.lower().replace(' ', '-')


def _import_encodings():
    # CPython imports `encodings` at startup, so its search function comes before any the
    # program registers: once, on the first lookup, import it and move what it registered to
    # the front. A failing import leaves the registry as it is.
    if not _encodings_imported:
        _encodings_imported.append(True)
        before = len(_search)
        try:
            import encodings
        except ImportError:
            pass
        _search[:] = _search[before:] + _search[:before]


def lookup(encoding):
    if not isinstance(encoding, basestring):
        raise TypeError('lookup() argument 1 must be string, not %s' % type(encoding).__name__)
    if isinstance(encoding, unicode):
        encoding = encoding.encode('ascii')
    _import_encodings()
    key = _normalize(encoding)
    r = _cache.get(key)
    if r is not None:
        return r
    for f in _search:
        r = f(key)
        if r is not None:
            if not (isinstance(r, tuple) and len(r) == 4):
                raise TypeError('codec search functions must return 4-tuples')
            _cache[key] = r
            return r
    raise LookupError('unknown encoding: %s' % encoding)


_default = object()


def encode(obj, encoding=_default, errors=_default):
    # As PyCodec_Encode: the encoder gets `errors` only when one was given.
    if encoding is _default:
        encoding = 'ascii'
    f = lookup(encoding)[0]
    r = f(obj) if errors is _default else f(obj, errors)
    if not (isinstance(r, tuple) and len(r) == 2):
        raise TypeError('encoder must return a tuple (object,integer)')
    return r[0]


def decode(obj, encoding=_default, errors=_default):
    if encoding is _default:
        encoding = 'ascii'
    f = lookup(encoding)[1]
    r = f(obj) if errors is _default else f(obj, errors)
    if not (isinstance(r, tuple) and len(r) == 2):
        raise TypeError('decoder must return a tuple (object,integer)')
    return r[0]


def _check_name(fname, name):
    if not isinstance(name, str):
        raise TypeError('%s() argument 1 must be string, not %s'
                        % (fname, 'None' if name is None else type(name).__name__))


def register_error(name, handler):
    _check_name('register_error', name)
    if not callable(handler):
        raise TypeError('handler must be callable')
    _errors[name] = handler


def lookup_error(name):
    _check_name('lookup_error', name)
    try:
        return _errors[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name)


_errors.update({'strict': _strict_errors, 'ignore': _ignore_errors,
                'replace': _replace_errors, 'xmlcharrefreplace': _xmlcharrefreplace_errors,
                'backslashreplace': _backslashreplace_errors})


def _bytes(data):
    if isinstance(data, str):
        return data
    if isinstance(data, unicode):
        return data.encode('ascii')
    return str(buffer(data))


def _uni(obj):
    if isinstance(obj, unicode):
        return obj
    return unicode(obj)


def _call_handler(errors, exc):
    # The handler's (replacement, position) checked as CPython does; a negative position
    # counts from the end of the input.
    r = lookup_error(errors)(exc)
    kind = 'decoding' if isinstance(exc, UnicodeDecodeError) else 'encoding'
    if not (isinstance(r, tuple) and len(r) == 2 and isinstance(r[0], unicode)):
        raise TypeError('%s error handler must return (unicode, int) tuple' % kind)
    pos = r[1]
    if isinstance(pos, float):
        raise TypeError('integer argument expected, got float')
    if not isinstance(pos, (int, long)):
        raise TypeError('an integer is required')
    n = len(exc.object)
    if pos < 0:
        pos += n
    if not 0 <= pos <= n:
        raise IndexError('position %d from error handler out of bounds' % r[1])
    return (r[0], pos)


def charmap_build(decoding_table):
    if not isinstance(decoding_table, unicode):
        raise TypeError('charmap_build() argument 1 must be unicode, not %s'
                        % type(decoding_table).__name__)
    # As PyUnicode_BuildEncodingMap: U+FFFE maps nothing; of two bytes for a character, the
    # last wins.
    return dict([(ord(c), i) for i, c in enumerate(decoding_table) if c != u'\ufffe'])


def _charmap_get(mapping, key):
    # mapping[key], None when it has no such key (any LookupError).
    try:
        return mapping[key]
    except LookupError:
        return None


def _charmap_decode_mapping(data, errors='strict', mapping=None):
    # charmap_decode (native) with a mapping other than a decoding table: mapping[byte] is an
    # int code point, a unicode (any length; u'\ufffe' is undefined) or None/missing.
    s = _bytes(data)
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = _charmap_get(mapping, ord(s[i]))
        if isinstance(c, int):
            if not 0 <= c < 0x110000:
                raise TypeError('character mapping must be in range(0x110000)')
            c = None if c == 0xfffe else unichr(c)
        elif isinstance(c, unicode):
            if c == u'\ufffe':
                c = None
        elif c is not None:
            raise TypeError('character mapping must return integer, None or unicode')
        if c is None:
            exc = UnicodeDecodeError('charmap', s, i, i + 1, 'character maps to <undefined>')
            rep, i = _call_handler(errors, exc)
            out.append(rep)
            continue
        out.append(c)
        i += 1
    return (u''.join(out), n)


def _charmap_encode_char(mapping, ch):
    # The bytes mapping gives for one character, None when it has none.
    b = _charmap_get(mapping, ord(ch))
    if isinstance(b, int):
        if not 0 <= b < 256:
            raise TypeError('character mapping must be in range(256)')
        return chr(b)
    if b is None or isinstance(b, str):
        return b
    raise TypeError('character mapping must return integer, None or str')


def _charmap_encode_mapping(obj, errors='strict', mapping=None):
    # charmap_encode (native) with a mapping other than a dict of ints to bytes.
    u = _uni(obj)
    if mapping is None:
        return latin_1_encode(u, errors)
    out = []
    i = 0
    n = len(u)
    while i < n:
        b = _charmap_encode_char(mapping, u[i])
        if b is not None:
            out.append(b)
            i += 1
            continue
        # A run of unencodable characters is one error; the replacement goes through the
        # mapping too, and a replacement character it cannot encode raises the original error.
        end = i + 1
        while end < n and _charmap_encode_char(mapping, u[end]) is None:
            end += 1
        exc = UnicodeEncodeError('charmap', u, i, end, 'character maps to <undefined>')
        rep, resume = _call_handler(errors, exc)
        for ch in rep:
            bb = _charmap_encode_char(mapping, ch)
            if bb is None:
                raise exc
            out.append(bb)
        i = resume
    return (''.join(out), n)


# --- utf-7 (RFC 2152, as CPython 2.7: the optional direct characters are written directly) ---

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = dict([(c, i) for i, c in enumerate(_B64)])
# The characters the encoder writes as themselves (generated with CPython 2.7.18:
# chr(c) for c in range(128) if unichr(c).encode('utf-7') == chr(c)).
_UTF7_DIRECT = frozenset('\t\n\r !"#$%&\'()*,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         '[]^_`abcdefghijklmnopqrstuvwxyz{|}')


def utf_7_encode(obj, errors='strict'):
    u = _uni(obj)
    out = []
    in_shift = False
    bits = 0
    buf = 0
    for ch in u:
        n = ord(ch)
        if in_shift:
            if ch in _UTF7_DIRECT:
                if bits:
                    out.append(_B64[(buf << (6 - bits)) & 0x3f])
                    buf = bits = 0
                in_shift = False
                if ch in _B64_VALUE or ch == '-':
                    out.append('-')
                out.append(str(ch))
                continue
        elif ch == u'+':
            out.append('+-')
            continue
        elif ch in _UTF7_DIRECT:
            out.append(str(ch))
            continue
        else:
            out.append('+')
            in_shift = True
        units = [n] if n < 0x10000 else [0xd800 | ((n - 0x10000) >> 10),
                                         0xdc00 | ((n - 0x10000) & 0x3ff)]
        for w in units:
            bits += 16
            buf = (buf << 16) | w
            while bits >= 6:
                out.append(_B64[(buf >> (bits - 6)) & 0x3f])
                bits -= 6
            buf &= (1 << bits) - 1
    if bits:
        out.append(_B64[(buf << (6 - bits)) & 0x3f])
    if in_shift:
        out.append('-')
    return (''.join(out), len(u))


def utf_7_decode(data, errors='strict', final=False):
    s = _bytes(data)
    n = len(s)
    out = []
    in_shift = False
    bits = buf = surrogate = 0
    start = shift_out_start = 0
    i = 0
    while i < n:
        ch = s[i]
        err = None
        if in_shift:
            v = _B64_VALUE.get(ch)
            if v is not None:
                buf = (buf << 6) | v
                bits += 6
                i += 1
                if bits >= 16:
                    w = (buf >> (bits - 16)) & 0xffff
                    bits -= 16
                    buf &= (1 << bits) - 1
                    if surrogate:
                        if 0xdc00 <= w <= 0xdfff:
                            out.append(unichr((((surrogate & 0x3ff) << 10) | (w & 0x3ff)) + 0x10000))
                            surrogate = 0
                            continue
                        out.append(unichr(surrogate))
                        surrogate = 0
                    if 0xd800 <= w <= 0xdbff:
                        surrogate = w
                    else:
                        out.append(unichr(w))
                continue
            in_shift = False
            i += 1
            if surrogate:
                out.append(unichr(surrogate))
                surrogate = 0
            if bits >= 6:
                err = 'partial character in shift sequence'
            elif bits > 0 and buf != 0:
                err = 'non-zero padding bits in shift sequence'
            elif ch != '-':
                out.append(unicode(ch))
        elif ch == '+':
            start = i
            i += 1
            if i < n and s[i] == '-':
                i += 1
                out.append(u'+')
            else:
                in_shift = True
                shift_out_start = len(out)
                bits = buf = 0
        elif ord(ch) < 128:
            out.append(unicode(ch))
            i += 1
        else:
            start = i
            i += 1
            err = 'unexpected special character'
        if err is not None:
            rep, i = _call_handler(errors, UnicodeDecodeError('utf7', s, start, i, err))
            out.append(rep)
    if in_shift and final:
        if surrogate or bits >= 6 or (bits > 0 and buf != 0):
            rep, _ = _call_handler(errors, UnicodeDecodeError('utf7', s, start, n,
                                                              'unterminated shift sequence'))
            out.append(rep)
    if not final and in_shift:
        return (u''.join(out[:shift_out_start]), start)
    return (u''.join(out), i if not final else n)


# --- the module's functions are builtins ---------------------------------------------------------

class _Builtin(object):
    # A Python function standing for one of CPython's builtin functions: it does not bind as a
    # method when a class stores it (encodings.ascii's `encode = codecs.ascii_encode`).
    __slots__ = ('_function', '__name__')

    def __init__(self, function, name):
        self._function = function
        self.__name__ = name

    def __call__(self, *args, **kwargs):
        return self._function(*args, **kwargs)

    def __repr__(self):
        return '<built-in function %s>' % self.__name__

_function = type(_normalize)
for _name, _value in list(globals().items()):
    if not _name.startswith('_') and type(_value) is _function:
        globals()[_name] = _Builtin(_value, _name)

del _name, _value, _function
