# Python part of the native `_weakref` module (run by weakref.rs).
#
# The engine's weak reference (`_NativeRef`, runtime/types/weakref.rs: cleared by the GC, its
# callback run after the collection) is not subclassable, and weakref.py subclasses `ref`, so
# `ref` here is a class wrapping one native reference. Invariants:
# - a `ref` never holds its referent strongly; the native reference's callback closes over a
#   native weak reference to the wrapper, so a dropped `ref` never has its callback called;
# - `_registry[id(referent)]` lists native weak references to the live wrappers of that
#   referent (getweakrefcount/getweakrefs, and `ref(o) is ref(o)` without callbacks); the
#   entry is removed when the referent dies.

_registry = {}
_dead_msg = 'weakly-referenced object no longer exists'


def _wrappers(key, ob):
    out = []
    for w in _registry.get(key, ()):
        s = w()
        if s is not None and s._r() is ob:
            out.append(s)
    return out


class ref(object):
    # No __dict__. `__weakref__` only for this module's own native references to wrappers:
    # programs cannot weakly reference a weak reference (checked below), as in CPython.
    __slots__ = ('_r', '__callback__', '_hash', '__weakref__')

    def __new__(cls, ob, callback=None, *rest):
        if isinstance(ob, ref):
            raise TypeError("cannot create weak reference to '%s' object"
                            % type(ob).__name__)
        if callback is None and cls is ref:
            for s in _wrappers(id(ob), ob):
                if type(s) is ref and s.__callback__ is None:
                    return s
        self = object.__new__(cls)
        wself = _NativeRef(self)
        key = id(ob)
        def _cb(_nr, key=key, wself=wself, callback=callback):
            _registry.pop(key, None)
            if callback is not None:
                s = wself()
                if s is not None:
                    callback(s)
        object.__setattr__(self, '_r', _NativeRef(ob, _cb))
        object.__setattr__(self, '__callback__', callback)
        object.__setattr__(self, '_hash', None)
        _registry.setdefault(key, []).append(wself)
        return self

    def __init__(self, ob, callback=None, *rest):
        pass

    def __call__(self):
        return self._r()

    def __hash__(self):
        h = self._hash
        if h is None:
            o = self._r()
            if o is None:
                raise TypeError('weak object has gone away')
            h = hash(o)
            object.__setattr__(self, '_hash', h)
        return h

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        a = self._r()
        b = other._r()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        a = self._r()
        b = other._r()
        if a is None or b is None:
            return self is not other
        return a != b

    def __repr__(self):
        o = self._r()
        if o is None:
            return '<weakref at %#x; dead>' % id(self)
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))

ref.__name__ = 'weakref'
ref.__module__ = '__builtin__'
ReferenceType = ref


def getweakrefcount(ob):
    return len(_wrappers(id(ob), ob))


def getweakrefs(ob):
    return _wrappers(id(ob), ob)


def _deref(p):
    o = object.__getattribute__(p, '_ref')()
    if o is None:
        raise ReferenceError(_dead_msg)
    return o


class ProxyType(object):
    def __init__(self, ob, callback=None):
        object.__setattr__(self, '_ref', ref(ob, callback))

    def __getattribute__(self, name):
        return getattr(_deref(self), name)

    def __setattr__(self, name, value):
        setattr(_deref(self), name, value)

    def __delattr__(self, name):
        delattr(_deref(self), name)

    def __repr__(self):
        o = object.__getattribute__(self, '_ref')()
        if o is None:
            return '<weakproxy at %#x; dead>' % id(self)
        return "<weakproxy at %#x to %s at %#x>" % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(_deref(self))

    def __nonzero__(self):
        return bool(_deref(self))

    def __len__(self):
        return len(_deref(self))

    def __iter__(self):
        return iter(_deref(self))

    def __contains__(self, x):
        return x in _deref(self)

    def __getitem__(self, k):
        return _deref(self)[k]

    def __setitem__(self, k, v):
        _deref(self)[k] = v

    def __delitem__(self, k):
        del _deref(self)[k]

    __hash__ = None

ProxyType.__name__ = 'weakproxy'
ProxyType.__module__ = '__builtin__'


def _binop(name):
    def f(self, other):
        if isinstance(other, ProxyType):
            other = _deref(other)
        return getattr(_deref(self), name)(other)
    f.__name__ = name
    return f

for _n in ('add sub mul div truediv floordiv mod pow lshift rshift and or xor '
           'radd rsub rmul rdiv rtruediv rfloordiv rmod rpow rlshift rrshift rand ror rxor '
           'iadd isub imul idiv itruediv ifloordiv imod ipow ilshift irshift iand ior ixor '
           'lt le eq ne gt ge').split():
    setattr(ProxyType, '__%s__' % _n, _binop('__%s__' % _n))

def _unop(name):
    def f(self):
        return getattr(_deref(self), name)()
    f.__name__ = name
    return f

for _n in 'neg pos abs invert int long float oct hex index unicode'.split():
    setattr(ProxyType, '__%s__' % _n, _unop('__%s__' % _n))
del _n


class CallableProxyType(ProxyType):
    def __call__(self, *args, **kw):
        return _deref(self)(*args, **kw)

CallableProxyType.__name__ = 'weakcallableproxy'
CallableProxyType.__module__ = '__builtin__'


def proxy(ob, callback=None):
    if callable(ob):
        return CallableProxyType(ob, callback)
    return ProxyType(ob, callback)


def _remove_dead_weakref(dct, key):
    # Deletes dct[key] if it is a dead weak reference (what WeakValueDictionary's callbacks use).
    try:
        wr = dct[key]
    except KeyError:
        return
    if wr() is None:
        del dct[key]
