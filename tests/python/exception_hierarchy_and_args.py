for cls in [ZeroDivisionError, KeyError, IndexError, StopIteration, GeneratorExit,
            KeyboardInterrupt, SystemExit, IOError, OSError, UnicodeDecodeError,
            NotImplementedError, OverflowError, UnboundLocalError, DeprecationWarning,
            IndentationError, TabError, ReferenceError, MemoryError, AssertionError]:
    print cls.__name__, [c.__name__ for c in cls.__mro__]

e = ValueError('a', 'b', 3)
print e.args, str(e), repr(e)
e = ValueError('only')
print e.args, str(e), repr(e), e.message
e = ValueError()
print e.args, repr(str(e)), repr(e)
e = KeyError('k')
print str(e), repr(e)
e = KeyError('k', 'j')
print str(e)
e = IOError(2, 'No such file')
print e.errno, e.strerror, e.filename, str(e)
e = IOError(2, 'No such file', 'foo.txt')
print str(e), e.args
e = EnvironmentError('just one')
print e.errno, str(e)
e = SystemExit(3)
print e.code, e.args
e = SystemExit()
print e.code
e = UnicodeDecodeError('ascii', '\xff', 0, 1, 'ordinal not in range(128)')
print str(e)
print e.encoding, e.start, e.end, e.reason, repr(e.object)

class MyError(Exception):
    def __init__(self, code, msg):
        Exception.__init__(self, code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return '[%d] %s' % (self.code, self.msg)

try:
    raise MyError(404, 'not found')
except Exception, err:
    print type(err).__name__, err, err.args, err.code
    print isinstance(err, MyError), isinstance(err, StandardError)

class Plain(Exception):
    pass
try:
    raise Plain
except Plain, p:
    print 'Plain raised as class:', repr(p), p.args

try:
    raise Plain, 'with message'
except Plain, p:
    print repr(p)

try:
    raise KeyError, ('tuple', 'arg')
except KeyError, k:
    print k.args

e = Exception('x')
e.args = ('changed', 1)
print e, e.args
print issubclass(KeyError, LookupError), issubclass(UnicodeError, ValueError)
print BaseException.__subclasses__()[:0]
