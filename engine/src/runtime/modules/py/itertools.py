# Python part of the native `itertools` module (run by itertools.rs in the module's namespace).
# Iterator types are classes where their repr or arguments are observable, generators otherwise;
# argument errors are raised at construction time with CPython's messages.

import sys as _sys
_maxint = _sys.maxint


class count(object):
    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, long, float, complex)):
                try:
                    v + 0
                except TypeError:
                    raise TypeError('a number is required')
        self._n = start
        self._step = step
    def __iter__(self):
        return self
    def next(self):
        n = self._n
        self._n = n + self._step
        return n
    def __repr__(self):
        if self._step == 1 and type(self._step) in (int, long):
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)
    def __reduce__(self):
        return (count, (self._n, self._step))


class repeat(object):
    def __init__(self, object, times=None):
        self._obj = object
        if times is not None and times < 0:
            times = 0
        self._times = times
    def __iter__(self):
        return self
    def next(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj
    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times
    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)


def _cycle(it):
    saved = []
    for x in it:
        yield x
        saved.append(x)
    while saved:
        for x in saved:
            yield x

def cycle(iterable):
    return _cycle(iter(iterable))


def _chain(iterables):
    for it in iterables:
        for x in it:
            yield x

class chain(object):
    def __init__(self, *iterables):
        self._g = _chain(iterables)
    def __iter__(self):
        return self
    def next(self):
        return self._g.next()
    @classmethod
    def from_iterable(cls, iterable):
        self = object.__new__(cls)
        self._g = _chain(iterable)
        return self


def _islice(it, start, stop, step):
    i = 0
    nexti = start
    if stop is not None and start >= stop:
        return
    for x in it:
        if i == nexti:
            yield x
            nexti += step
            if stop is not None and nexti >= stop:
                # CPython consumes exactly up to the last element returned.
                return
        i += 1

def _index_arg(v, what):
    if v is None:
        return None
    if isinstance(v, (int, long)) and 0 <= v <= _maxint:
        return int(v)
    if hasattr(v, '__index__'):
        try:
            v = v.__index__()
            if 0 <= v <= _maxint:
                return int(v)
        except Exception:
            pass
    raise ValueError(what)

def islice(iterable, *args):
    n = len(args)
    if n == 0:
        raise TypeError('islice expected at least 2 arguments, got 1')
    if n > 3:
        raise TypeError('islice expected at most 4 arguments, got %d' % (n + 1))
    if n == 1:
        start, stop, step = 0, _index_arg(args[0], 'Stop argument for islice() must be None or an integer: 0 <= x <= maxint.'), 1
    else:
        msg = 'Indices for islice() must be None or an integer: 0 <= x <= maxint.'
        start = _index_arg(args[0], msg)
        stop = _index_arg(args[1], 'Stop argument for islice() must be None or an integer: 0 <= x <= maxint.')
        step = _index_arg(args[2], msg) if n == 3 else 1
        if start is None:
            start = 0
        if step is None:
            step = 1
        if step == 0:
            raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, stop, step)


def _imap(function, iters):
    while True:
        try:
            args = [it.next() for it in iters]
        except StopIteration:
            return
        if function is None:
            yield tuple(args)
        else:
            yield function(*args)

def imap(function, *iterables):
    if not iterables:
        raise TypeError('imap() must have at least two arguments.')
    return _imap(function, [iter(i) for i in iterables])


def _starmap(function, it):
    for args in it:
        yield function(*args)

def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def _ifilter(predicate, it):
    if predicate is None:
        for x in it:
            if x:
                yield x
    else:
        for x in it:
            if predicate(x):
                yield x

def ifilter(predicate, iterable):
    return _ifilter(predicate, iter(iterable))


def _ifilterfalse(predicate, it):
    if predicate is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not predicate(x):
                yield x

def ifilterfalse(predicate, iterable):
    return _ifilterfalse(predicate, iter(iterable))


def _izip(iters):
    if not iters:
        return
    while True:
        try:
            t = tuple([it.next() for it in iters])
        except StopIteration:
            return
        yield t

def izip(*iterables):
    its = []
    for i, x in enumerate(iterables):
        try:
            its.append(iter(x))
        except TypeError:
            raise TypeError('izip argument #%d must support iteration' % (i + 1))
    return _izip(its)


class _Sentinel(object):
    pass

def _izip_longest(its, fillvalue):
    active = len(its)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(its):
            try:
                v = it.next()
            except StopIteration:
                active -= 1
                if not active:
                    return
                its[i] = repeat(fillvalue)
                v = fillvalue
            values.append(v)
        yield tuple(values)

def izip_longest(*iterables, **kwds):
    fillvalue = kwds.pop('fillvalue', None)
    if kwds:
        raise TypeError('izip_longest() got an unexpected keyword argument')
    its = []
    for i, x in enumerate(iterables):
        try:
            its.append(iter(x))
        except TypeError:
            raise TypeError('izip_longest argument #%d must support iteration' % (i + 1))
    return _izip_longest(its, fillvalue)


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break

def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x

def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _compress(data, selectors):
    for d, s in izip(data, selectors):
        if s:
            yield d

def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


class groupby(object):
    def __init__(self, iterable, key=None):
        if key is None:
            key = lambda x: x
        self.keyfunc = key
        self.it = iter(iterable)
        self.tgtkey = self.currkey = self.currvalue = _marker = _Sentinel
        self._marker = _marker
    def __iter__(self):
        return self
    def next(self):
        while self.currkey is self._marker or self.currkey == self.tgtkey:
            self.currvalue = self.it.next()
            self.currkey = self.keyfunc(self.currvalue)
        self.tgtkey = self.currkey
        return (self.currkey, self._grouper(self.tgtkey))
    def _grouper(self, tgtkey):
        while self.currkey == tgtkey:
            yield self.currvalue
            try:
                self.currvalue = self.it.next()
            except StopIteration:
                self.currkey = self._marker
                self.tgtkey = None
                return
            self.currkey = self.keyfunc(self.currvalue)


class _TeeData(object):
    def __init__(self, it):
        self.it = it
        self.values = []

class _tee(object):
    def __init__(self, data, pos=0):
        self._data = data
        self._pos = pos
    def __iter__(self):
        return self
    def next(self):
        d = self._data
        if self._pos < len(d.values):
            v = d.values[self._pos]
        else:
            v = d.it.next()
            d.values.append(v)
        self._pos += 1
        return v
    def __copy__(self):
        return _tee(self._data, self._pos)

def tee(iterable, n=2):
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it
    else:
        first = _tee(_TeeData(it))
    return tuple([first] + [first.__copy__() for i in range(n - 1)])


def _product(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)

def product(*args, **kwds):
    r = kwds.pop('repeat', 1)
    if kwds:
        raise TypeError('product() got an unexpected keyword argument')
    if r < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in args] * r
    return _product(pools)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = range(n)
    cycles = range(n, n - r, -1)
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[i] for i in indices[:r]])
                break
        else:
            return

def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    if r < 0:
        raise ValueError('r must be non-negative')
    return _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = range(r)
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])

def combinations(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, r)


def _cwr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple([pool[i] for i in indices])

def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _cwr(pool, r)

del _sys
