# Error reports the runtime writes (sys.excepthook's default, "Exception ... ignored" lines from
# __del__, sys.exitfunc failures, the final uncaught traceback) go to whatever sys.stderr is.
import sys
import StringIO


def captured(action):
    buf = StringIO.StringIO()
    saved = sys.stderr
    sys.stderr = buf
    try:
        action()
    finally:
        sys.stderr = saved
    return buf.getvalue()


def hook():
    try:
        1 / 0
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())


print captured(hook).splitlines()[-1]
print repr(captured(lambda: sys.excepthook(ValueError, ValueError('v'), None)))


class D(object):
    def __repr__(self):
        return 'D()'

    def __del__(self):
        raise ValueError('in del')


def drop():
    d = D()
    del d


print repr(captured(drop))


def bad_exitfunc():
    raise KeyError('at exit')


sys.exitfunc = bad_exitfunc
print 'end of main'
sys.stderr = StringIO.StringIO()
raise RuntimeError('reported into the StringIO, not the terminal')
