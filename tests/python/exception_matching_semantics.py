def which(exc, handlers):
    try:
        raise exc
    except handlers[0]:
        return 'first'
    except handlers[1]:
        return 'second'
    except:
        return 'bare'
print which(KeyError('k'), (LookupError, KeyError))
print which(KeyError('k'), (IndexError, KeyError))
print which(KeyError('k'), ((IndexError, ValueError), (TypeError, LookupError)))
print which(ValueError(), (TypeError, IOError))
print which(UnicodeDecodeError('ascii', 'x', 0, 1, 'r'), (ValueError, UnicodeError))
print which(SystemExit(0), (Exception, StandardError))
print which(GeneratorExit(), (Exception, BaseException))
class Base(Exception):
    pass
class Derived(Base):
    pass
print which(Derived(), (Base, Derived)), which(Base(), (Derived, Base))
excs = (Derived, ValueError)
try:
    raise Derived('tuple variable')
except excs, e:
    print 'caught via tuple variable:', e
handler_list = [KeyError]
try:
    try:
        raise KeyError('list not tuple')
    except handler_list:
        print 'list matched'
except TypeError, e:
    print 'TypeError from list handler:', e
except KeyError:
    print 'KeyError passed through list handler'
class Old:
    pass
class OldSub(Old):
    pass
try:
    raise OldSub()
except Old, e:
    print 'old-style match:', type(e).__name__, e.__class__.__name__
try:
    raise OldSub
except Old, e:
    print 'old-style class raise gives instance:', e.__class__.__name__
try:
    raise ValueError
except ValueError, e:
    print 'class raise instantiates:', repr(e)
def catch_nested():
    try:
        try:
            raise KeyError('inner')
        except ValueError:
            return 'wrong'
    except LookupError, e:
        return 'outer caught ' + repr(e)
print catch_nested()
try:
    raise IOError(2, 'missing')
except EnvironmentError, e:
    print type(e).__name__, e.errno, isinstance(e, OSError)
