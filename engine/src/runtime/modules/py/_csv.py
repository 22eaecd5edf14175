# Python part of the native `_csv` module (run by csv.rs): what Lib/csv.py builds on.
#
# In: dialect parameters (keywords, a dialect name, or any object with dialect attributes) and
# iterables of lines / file-like objects with `write`. Out: `reader` objects yielding lists of
# fields, `writer` objects formatting rows, the dialect registry.
#
# Behaviour follows CPython 2.7's _csv.c: the reader is the same character state machine (run
# over each line, plus a '\0' at its end, by csv.rs's `_parse`), the writer the same quoting
# rules (csv.rs's `_join`), and every error message is CPython's.
#
# Invariants: a Dialect is immutable once built (`__setattr__` refuses, with CPython's messages
# for its member vs getset attributes); a character parameter that is unset is None here (the C
# code uses '\0', which can never equal a character compared against it, as here).

__version__ = '1.0'

__doc__ = """CSV parsing and writing.

This module provides classes that assist in the reading and writing
of Comma Separated Value (CSV) files, and implements the interface
described by PEP 305.  Although many CSV files are simple to parse,
the format is not formally defined by a stable specification and
is subtle enough that parsing lines of a CSV file with something
like line.split(",") is bound to fail.  The module supports three
basic APIs: reading, writing, and registration of dialects.
"""

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_dialects = {}
_field_limit = [128 * 1024]

import types as _types


class Error(Exception):
    pass

Error.__module__ = '_csv'

_DIALECT_KWS = ('dialect', 'delimiter', 'doublequote', 'escapechar', 'lineterminator',
                'quotechar', 'quoting', 'skipinitialspace', 'strict')
_PARAMS = _DIALECT_KWS[1:]
# Attributes CPython defines as struct members (writing one: TypeError) vs getsets
# (writing one: AttributeError).
_MEMBERS = ('delimiter', 'doublequote', 'skipinitialspace', 'strict')


def _set_char(name, src, dflt):
    if src is _missing:
        return dflt
    if src is None:
        return None
    if not isinstance(src, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(src).__name__))
    if len(src) > 1:
        raise TypeError('"%s" must be an 1-character string' % name)
    if src == '':
        return None
    return src


def _set_bool(src, dflt):
    if src is _missing:
        return dflt
    return 1 if src else 0


def _set_int(name, src, dflt):
    if src is _missing:
        return dflt
    if not isinstance(src, (int, long)):
        raise TypeError('"%s" must be an integer' % name)
    return int(src)


def _set_str(name, src, dflt):
    if src is _missing:
        return dflt
    if src is None:
        return None
    if not isinstance(src, basestring):
        raise TypeError('"%s" must be a string' % name)
    return src


class _Missing(object):
    pass

_missing = _Missing()


class Dialect(object):
    __slots__ = tuple(['_d_' + n for n in _PARAMS])

    def __new__(cls, *args, **kwargs):
        if len(args) > 9:
            raise TypeError('function takes at most 9 arguments (%d given)' % len(args))
        vals = dict.fromkeys(_DIALECT_KWS, _missing)
        for i, a in enumerate(args):
            vals[_DIALECT_KWS[i]] = a
        for k, v in kwargs.items():
            if k not in vals:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
            if vals[k] is not _missing and _DIALECT_KWS.index(k) < len(args):
                raise TypeError("Argument given by name ('%s') and position (%d)"
                                % (k, _DIALECT_KWS.index(k) + 1))
            vals[k] = v
        dialect = vals['dialect']
        if dialect is not _missing:
            if isinstance(dialect, basestring):
                dialect = get_dialect(dialect)
            # An existing Dialect with nothing overridden is reused.
            if isinstance(dialect, Dialect) and \
                    all(vals[n] is _missing for n in _PARAMS):
                return dialect
            for n in _PARAMS:
                if vals[n] is _missing:
                    try:
                        vals[n] = getattr(dialect, n)
                    except Exception:
                        pass
        self = object.__new__(cls)
        sa = object.__setattr__
        sa(self, '_d_delimiter', _set_char('delimiter', vals['delimiter'], ','))
        sa(self, '_d_doublequote', _set_bool(vals['doublequote'], 1))
        sa(self, '_d_escapechar', _set_char('escapechar', vals['escapechar'], None))
        sa(self, '_d_lineterminator', _set_str('lineterminator', vals['lineterminator'], '\r\n'))
        sa(self, '_d_quotechar', _set_char('quotechar', vals['quotechar'], '"'))
        sa(self, '_d_quoting', _set_int('quoting', vals['quoting'], QUOTE_MINIMAL))
        sa(self, '_d_skipinitialspace', _set_bool(vals['skipinitialspace'], 0))
        sa(self, '_d_strict', _set_bool(vals['strict'], 0))
        if self._d_quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if self._d_delimiter is None:
            raise TypeError('"delimiter" must be an 1-character string')
        if vals['quotechar'] is None and vals['quoting'] is _missing:
            sa(self, '_d_quoting', QUOTE_NONE)
        if self._d_quoting != QUOTE_NONE and self._d_quotechar is None:
            raise TypeError('quotechar must be set if quoting enabled')
        if self._d_lineterminator is None:
            raise TypeError('lineterminator must be set')
        return self

    def __init__(self, *args, **kwargs):
        pass

    def __setattr__(self, name, value):
        _readonly(self, name)

    def __delattr__(self, name):
        _readonly(self, name)

    delimiter = property(lambda self: self._d_delimiter)
    doublequote = property(lambda self: self._d_doublequote)
    escapechar = property(lambda self: self._d_escapechar)
    lineterminator = property(lambda self: self._d_lineterminator)
    quotechar = property(lambda self: self._d_quotechar)
    quoting = property(lambda self: self._d_quoting)
    skipinitialspace = property(lambda self: self._d_skipinitialspace)
    strict = property(lambda self: self._d_strict)

Dialect.__module__ = '_csv'


def _readonly(self, name):
    if name in _MEMBERS:
        raise TypeError('readonly attribute')
    if name in _PARAMS:
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
    tn = '_csv.Dialect' if type(self) is Dialect else type(self).__name__
    raise AttributeError("'%s' object has no attribute '%s'" % (tn, name))


def _params(d):
    # The dialect as csv.rs's `_parse` and `_join` take it.
    return (d._d_delimiter, d._d_quotechar, d._d_escapechar, d._d_doublequote, d._d_quoting,
            d._d_skipinitialspace, d._d_strict)


def _call_dialect(dialect, kwargs):
    if dialect is _missing:
        return Dialect(**kwargs)
    return Dialect(dialect, **kwargs)


def _unpack(args, lo, hi, name=''):
    n = len(args)
    if n < lo:
        raise TypeError('%s expected %s%d arguments, got %d'
                        % (name, '' if lo == hi else 'at least ', lo, n))
    if n > hi:
        raise TypeError('%s expected %s%d arguments, got %d'
                        % (name, '' if lo == hi else 'at most ', hi, n))


def register_dialect(*args, **kwargs):
    _unpack(args, 1, 2)
    name = args[0]
    if not isinstance(name, basestring):
        raise TypeError('dialect name must be a string or unicode')
    _dialects[name] = _call_dialect(args[1] if len(args) > 1 else _missing, kwargs)


def unregister_dialect(name):
    try:
        del _dialects[name]
    except KeyError:
        raise Error('unknown dialect')


def get_dialect(name):
    try:
        return _dialects[name]
    except KeyError:
        raise Error('unknown dialect')


def list_dialects():
    return _dialects.keys()


def field_size_limit(*args):
    _unpack(args, 0, 1, 'field_size_limit')
    old = _field_limit[0]
    if args:
        if not isinstance(args[0], (int, long)):
            raise TypeError('limit must be an integer')
        _field_limit[0] = int(args[0])
    return old


# The reader states this part looks at (csv.rs numbers all of _csv.c's ParserState).
_START_RECORD = 0
_IN_QUOTED_FIELD = 4


class _Reader(object):
    __slots__ = ('_r_iter', '_r_dialect', '_r_line_num', '_r_params')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_csv.reader' instances")

    def __iter__(self):
        return self

    def __setattr__(self, name, value):
        if name in ('dialect', 'line_num'):
            raise TypeError('readonly attribute')
        if name in _Reader.__slots__:
            object.__setattr__(self, name, value)
            return
        raise AttributeError("'_csv.reader' object has no attribute '%s'" % name)

    dialect = property(lambda self: self._r_dialect)
    line_num = property(lambda self: self._r_line_num)

    def next(self):
        # The per-character work is `_parse` (csv.rs): CPython's state machine over one line.
        fields = []
        state = _START_RECORD
        field = ''
        numeric = False
        it = self._r_iter
        params = self._r_params
        while True:
            try:
                line = it.next()
            except StopIteration:
                if field or state == _IN_QUOTED_FIELD:
                    if self._r_dialect._d_strict:
                        raise Error('unexpected end of data')
                    fields.append(float(field) if numeric else field)
                    break
                raise
            self._r_line_num += 1
            if isinstance(line, unicode):
                line = str(line)
            elif not isinstance(line, str):
                raise TypeError('expected string or Unicode object, %s found'
                                % type(line).__name__)
            state, field, numeric, err = _parse(line, params, fields, state, field, numeric,
                                                _field_limit[0])
            if err is not None:
                raise Error(err)
            if state == _START_RECORD:
                break
        return fields

_Reader.__name__ = 'reader'
_Reader.__module__ = '_csv'


def _is_sequence(o):
    if isinstance(o, _types.InstanceType):
        return hasattr(o, '__getitem__')
    if isinstance(o, dict):
        return False
    return hasattr(type(o), '__getitem__')


def _is_number(o):
    if isinstance(o, _types.InstanceType):
        return True
    t = type(o)
    return hasattr(t, '__int__') or hasattr(t, '__float__')


class _Writer(object):
    __slots__ = ('_w_write', '_w_dialect', '_w_params')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_csv.writer' instances")

    def __setattr__(self, name, value):
        if name == 'dialect':
            raise TypeError('readonly attribute')
        if name in _Writer.__slots__:
            object.__setattr__(self, name, value)
            return
        raise AttributeError("'_csv.writer' object has no attribute '%s'" % name)

    dialect = property(lambda self: self._w_dialect)

    def writerow(self, seq):
        d = self._w_dialect
        if not _is_sequence(seq):
            raise Error('sequence expected')
        n = len(seq)
        quoting = d._d_quoting
        strs = []
        quoted = []
        for i in range(n):
            field = seq[i]
            if quoting == QUOTE_NONNUMERIC:
                quoted.append(not _is_number(field))
            else:
                quoted.append(quoting == QUOTE_ALL)
            if isinstance(field, str):
                strs.append(field)
            elif field is None:
                strs.append('')
            elif isinstance(field, float):
                strs.append(repr(field))
            else:
                strs.append(str(field))
        # The quoting of each field is `_join` (csv.rs).
        line = _join(strs, quoted, self._w_params, str(d._d_lineterminator))
        if type(line) is tuple:
            raise Error(line[0])
        return self._w_write(line)

    def writerows(self, rows):
        try:
            it = iter(rows)
        except TypeError:
            raise TypeError('writerows() argument must be iterable')
        for row in it:
            self.writerow(row)

_Writer.__name__ = 'writer'
_Writer.__module__ = '_csv'


def reader(*args, **kwargs):
    _unpack(args, 1, 2)
    try:
        it = iter(args[0])
    except TypeError:
        raise TypeError('argument 1 must be an iterator')
    self = object.__new__(_Reader)
    self._r_iter = it
    self._r_line_num = 0
    self._r_dialect = _call_dialect(args[1] if len(args) > 1 else _missing, kwargs)
    self._r_params = _params(self._r_dialect)
    return self


def writer(*args, **kwargs):
    _unpack(args, 1, 2)
    try:
        write = args[0].write
    except AttributeError:
        write = None
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    self = object.__new__(_Writer)
    self._w_write = write
    self._w_dialect = _call_dialect(args[1] if len(args) > 1 else _missing, kwargs)
    self._w_params = _params(self._w_dialect)
    return self

