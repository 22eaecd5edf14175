# Python part of the native `thread` module (run by thread.rs).
#
# Threading policy: the interpreter runs one Python thread at a time and never switches in the
# middle of a thread. `start_new_thread` queues the function; queued threads run, one at a
# time and each to completion, whenever the running code would let another thread in under
# CPython: a blocking `acquire` of a held lock, a failed non-blocking `acquire`, `time.sleep`,
# and at interpreter exit is NOT guaranteed (threads nobody waits for may never run).
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
    return ident

start_new = start_new_thread


class LockType(object):
    def __init__(self):
        self._locked = False

    def acquire(self, waitflag=1):
        if not self._locked:
            self._locked = True
            return True
        # Another thread must release it: run queued threads until one does.
        while self._locked:
            if not _run_one():
                break
            if not waitflag:
                break
        if not self._locked:
            self._locked = True
            return True
        if not waitflag:
            return False
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


class _local(object):
    pass
_local.__name__ = '_local'
_local.__module__ = 'thread'
