# Python part of the native `thread` module (run by thread.rs in the module's namespace, after
# the natives `_start`, `get_ident`, `_count`, `_acquire`, `_release` were added).
#
# Threads are green threads scheduled by thread.rs (see its header): `start_new_thread` makes a
# thread ready to run `_bootstrap(function, args, kwargs)`; it runs when the starter blocks,
# sleeps or is preempted, as an OS thread would start. Lock state is the `_locked` attribute,
# changed only by the natives (atomic with respect to other green threads). A blocking acquire
# that can never succeed (every thread blocked) raises thread.error ('deadlock') instead of
# hanging. Each thread sees its own `get_ident()`; `_local` keeps one dict per ident.

import sys as _sys

class error(Exception):
    pass
error.__module__ = 'thread'

_stack_size = [0]


def _print_exc(func):
    # CPython's t_bootstrap: the traceback starts at the thread's function (not _bootstrap).
    t, v, tb = _sys.exc_info()
    _sys.stderr.write('Unhandled exception in thread started by %r\n' % (func,))
    hook = getattr(_sys, 'excepthook', None)
    if hook is None or hook is getattr(_sys, '__excepthook__', None):
        # The default hook, written to the current sys.stderr.
        import traceback
        traceback.print_exception(t, v, tb.tb_next)
    else:
        hook(t, v, tb.tb_next)


def _bootstrap(function, args, kwargs):
    try:
        function(*args, **kwargs)
    except SystemExit:
        pass
    except:
        _print_exc(function)


def start_new_thread(function, args, kwargs=None):
    if not isinstance(args, tuple):
        raise TypeError('2nd arg must be a tuple')
    if not callable(function):
        raise TypeError('first arg must be callable')
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError('optional 3rd arg must be a dictionary')
    ident = _start(_bootstrap, (function, args, kwargs or {}))
    if ident is None:
        raise error("can't start new thread")
    return ident

start_new = start_new_thread


class LockType(object):
    def __init__(self):
        self._locked = False

    def acquire(self, waitflag=1):
        r = _acquire(self, waitflag)
        if r is None:
            raise error('deadlock: lock can never be released (all threads blocked)')
        return r

    def release(self):
        if not _release(self):
            raise error('release unlocked lock')

    def locked(self):
        return self._locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

LockType.__name__ = 'lock'
LockType.__module__ = 'thread'


def allocate_lock():
    return LockType()

allocate = allocate_lock


def exit():
    raise SystemExit

exit_thread = exit


def interrupt_main():
    raise KeyboardInterrupt


def stack_size(size=0):
    old = _stack_size[0]
    if size != 0 and size < 32768:
        raise ValueError('size not valid: %d bytes' % size)
    _stack_size[0] = size
    return old


def _local_dict(self):
    dicts = object.__getattribute__(self, '_local__dicts')
    ident = get_ident()
    d = dicts.get(ident)
    if d is None:
        d = dicts[ident] = {}
        init = type(self).__init__
        if init is not object.__init__:
            args, kw = object.__getattribute__(self, '_local__args')
            init(self, *args, **kw)
    return d


class _local(object):
    """Thread-local data: one attribute dict per thread ident."""
    def __new__(cls, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        object.__setattr__(self, '_local__dicts', {get_ident(): {}})
        object.__setattr__(self, '_local__args', (args, kw))
        return self

    def __getattribute__(self, name):
        if name in ('_local__dicts', '_local__args'):
            return object.__getattribute__(self, name)
        d = _local_dict(self)
        if name == '__dict__':
            return d
        if name in d:
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only" % type(self).__name__)
        _local_dict(self)[name] = value

    def __delattr__(self, name):
        d = _local_dict(self)
        if name not in d:
            raise AttributeError(name)
        del d[name]
_local.__name__ = '_local'
_local.__module__ = 'thread'
