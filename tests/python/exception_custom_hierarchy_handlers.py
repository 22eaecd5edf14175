class AppError(Exception):
    code = 1
class ConfigError(AppError):
    code = 2
class MissingKeyError(ConfigError, KeyError):
    code = 3
class NetworkError(AppError):
    def __init__(self, host, attempts):
        AppError.__init__(self, host, attempts)
        self.host = host
        self.attempts = attempts
    def __str__(self):
        return 'could not reach %s after %d attempts' % (self.host, self.attempts)

def fail(kind):
    if kind == 'config':
        raise ConfigError('bad config')
    if kind == 'missing':
        raise MissingKeyError('db_url')
    if kind == 'network':
        raise NetworkError('example.org', 3)
    if kind == 'key':
        raise KeyError('plain')
    return 'ok'

for kind in ['config', 'missing', 'network', 'key', 'none']:
    try:
        print fail(kind)
    except MissingKeyError, e:
        print 'MissingKeyError', e, e.code, isinstance(e, KeyError)
    except ConfigError, e:
        print 'ConfigError', e, e.code
    except AppError, e:
        print 'AppError', type(e).__name__, e, e.code, e.args
    except LookupError, e:
        print 'LookupError', repr(e)

print [c.__name__ for c in MissingKeyError.__mro__]
try:
    fail('missing')
except KeyError, e:
    print 'caught as KeyError:', e
errors = []
for kind in ['config', 'network', 'none', 'key']:
    try:
        fail(kind)
    except (ConfigError, NetworkError), e:
        errors.append(type(e).__name__)
    except Exception, e:
        errors.append('other:' + type(e).__name__)
print errors

def translate():
    try:
        fail('key')
    except KeyError, e:
        raise ConfigError('translated from %r' % e.args[0])
try:
    translate()
except ConfigError, e:
    print 'ConfigError:', e
class WithRepr(Exception):
    def __repr__(self):
        return '<WithRepr %s>' % self.args
print repr(WithRepr('a')), str(WithRepr('a')), repr(NetworkError('h', 1)), str(NetworkError('h', 2))
