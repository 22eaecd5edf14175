# Python part of the native `thread` module (run by thread.rs).
#
# Threading policy: the interpreter runs one Python thread at a time and never switches in the
# middle of a thread. `start_new_thread` queues the function; queued threads run, one at a
# time and each to completion, whenever the running code would let another thread in under
# CPython: a blocking `acquire` of a held lock, and `time.sleep`.
# Threads nobody waits for may never run (the interpreter does not join them at exit).
# A threading.Thread is marked started when queued, so `start()` returns at once and the
# thread body runs when the starter first blocks (e.g. in `join()` or `Queue.join()`).
# A thread that blocks on a lock nobody can release any more raises thread.error
# ('deadlock') instead of hanging. Each thread sees its own `get_ident()`.

import sys as _sys

class error(Exception):
    pass
error.__module__ = 'thread'

_pending = []
_main_ident = 140000000000001
_next_ident = [_main_ident + 1]
_current = [_main_ident]
_running = [0]
_stack_size = [0]


def _print_exc(func):
    import traceback
    _sys.stderr.write('Unhandled exception in thread started by %r\n' % (func,))
    traceback.print_exc()


def _run_one():
    """Runs the oldest queued thread to completion; False if none is queued."""
    if not _pending:
        return False
    ident, func, args, kwargs = _pending.pop(0)
    saved = _current[0]
    _current[0] = ident
    _running[0] += 1
    try:
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except:
            _print_exc(func)
    finally:
        _running[0] -= 1
        _current[0] = saved
    return True


def _yield():
    """Lets every queued thread run (what time.sleep calls)."""
    while _run_one():
        pass


def start_new_thread(function, args, kwargs=None):
    if not isinstance(args, tuple):
        raise TypeError('2nd arg must be a tuple')
    if not callable(function):
        raise TypeError('first arg must be callable')
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError('optional 3rd arg must be a dictionary')
    ident = _next_ident[0]
    _next_ident[0] += 1
    _pending.append((ident, function, args, kwargs or {}))
    # threading.Thread.start() waits for the new thread to signal that it started; mark it
    # started now so the creator goes on (as it would under CPython while the new thread has
    # not been scheduled yet), and the thread runs at the creator's next blocking point.
    owner = getattr(function, '__self__', None)
    started = getattr(owner, '_Thread__started', None)
    if started is not None and hasattr(started, 'set'):
        started.set()
    return ident

start_new = start_new_thread


class LockType(object):
    def __init__(self):
        self._locked = False

    def acquire(self, waitflag=1):
        if not self._locked:
            self._locked = True
            return True
        if not waitflag:
            # Polling (Condition._is_owned, timed waits) must not run other threads here:
            # the caller may hold locks they need. Timed waits sleep, and sleep runs them.
            return False
        # Another thread must release it: run queued threads until one does.
        while self._locked:
            if not _run_one():
                break
        if not self._locked:
            self._locked = True
            return True
        raise error('deadlock: lock can never be released (all threads blocked)')

    def release(self):
        if not self._locked:
            raise error('release unlocked lock')
        self._locked = False

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


def get_ident():
    return _current[0]


def _count():
    return _running[0] + len(_pending)


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
    ident = _current[0]
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
        object.__setattr__(self, '_local__dicts', {_current[0]: {}})
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
