# Python part of the native `cPickle` module (cpickle.rs). CPython's C pickler and unpickler read
# and write the same formats as `pickle`; here they are `pickle`'s classes. Departures: memo ids
# follow pickle's numbering (cPickle starts at 1 and skips memoizing objects referenced once, a
# reference-count detail), and the exception classes are pickle's own.

from pickle import (Pickler, Unpickler, PickleError, PicklingError, UnpicklingError,
                    HIGHEST_PROTOCOL, format_version, compatible_formats,
                    dump, dumps, load, loads)


class BadPickleGet(UnpicklingError):
    pass


class UnpickleableError(PicklingError):
    pass
