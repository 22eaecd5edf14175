# Python part of the native `_collections` module (run by collections.rs): `deque` (a list
# with an optional maxlen; mutation during iteration raises RuntimeError as in CPython) and
# `defaultdict` (a dict subclass whose __missing__ calls default_factory).

import sys as _sys


class deque(object):
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, (int, long)):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._items = []
        self._state = 0
        self.extend(iterable)

    maxlen = property(lambda self: self._maxlen)

    def append(self, x):
        self._state += 1
        self._items.append(x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[0]

    def appendleft(self, x):
        self._state += 1
        self._items.insert(0, x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            self._items.pop()

    def pop(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._items.pop(0)

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._state += 1
        del self._items[:]

    def count(self, x):
        n = 0
        for y in list(self._items):
            if y == x:
                n += 1
        return n

    def remove(self, value):
        for i, y in enumerate(self._items):
            if y == value:
                self._state += 1
                del self._items[i]
                return
        raise ValueError('deque.remove(x): x not in deque')

    def reverse(self):
        self._state += 1
        self._items.reverse()

    def rotate(self, n=1):
        items = self._items
        k = len(items)
        if k <= 1:
            return
        n %= k
        if n:
            self._state += 1
            items[:] = items[-n:] + items[:-n]

    def __len__(self):
        return len(self._items)

    def __nonzero__(self):
        return bool(self._items)

    def __iter__(self):
        state = self._state
        items = self._items
        i = 0
        while i < len(items):
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield items[i]
            i += 1
        if self._state != state:
            raise RuntimeError('deque mutated during iteration')

    def __reversed__(self):
        state = self._state
        items = self._items
        i = len(items) - 1
        while i >= 0:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield items[i]
            i -= 1

    def _index(self, i):
        if not isinstance(i, (int, long)):
            if hasattr(i, '__index__'):
                i = i.__index__()
            else:
                raise TypeError('an integer is required')
        n = len(self._items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('deque index out of range')
        return i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, v):
        self._items[self._index(i)] = v

    def __delitem__(self, i):
        self._state += 1
        del self._items[self._index(i)]

    def __contains__(self, x):
        for y in self._items:
            if y == x:
                return True
        return False

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running[key] = 1
        try:
            body = repr(self._items)
        finally:
            del _repr_running[key]
        if self._maxlen is None:
            return 'deque(%s)' % body
        return 'deque(%s, maxlen=%d)' % (body, self._maxlen)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items == other._items
    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items != other._items
    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items < other._items
    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items <= other._items
    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items > other._items
    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items >= other._items
    __hash__ = None

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __copy__(self):
        return self.__class__(self._items, self._maxlen)

    def __reduce__(self):
        return (self.__class__, (list(self._items), self._maxlen))

deque.__module__ = 'collections'
_repr_running = {}


class defaultdict(dict):
    def __init__(*args, **kwds):
        self = args[0]
        args = args[1:]
        if args:
            df = args[0]
            args = args[1:]
            if df is not None and not callable(df):
                raise TypeError('first argument must be callable')
        else:
            df = None
        self.default_factory = df
        dict.__init__(self, *args, **kwds)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running[key] = 1
        try:
            df = self.default_factory
            if df is None:
                dfr = 'None'
            else:
                dfr = repr(df)
            return 'defaultdict(%s, %s)' % (dfr, dict.__repr__(self))
        finally:
            del _repr_running[key]

    def copy(self):
        return type(self)(self.default_factory, self)
    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return (type(self), args, None, None, self.iteritems())

defaultdict.__module__ = 'collections'
del _sys
