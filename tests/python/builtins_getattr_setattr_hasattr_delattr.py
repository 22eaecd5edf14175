class Config(object):
    debug = False
    def __init__(self):
        self.level = 3
c = Config()
print getattr(c, 'level'), getattr(c, 'debug'), getattr(c, 'missing', None), getattr(Config, 'debug')
try:
    getattr(c, 'missing')
except AttributeError, e:
    print 'AttributeError:', e
setattr(c, 'level', 5)
setattr(c, 'new_attr', [1])
print c.level, c.new_attr, hasattr(c, 'new_attr'), hasattr(c, 'nope')
delattr(c, 'new_attr')
print hasattr(c, 'new_attr')
try:
    delattr(c, 'new_attr')
except AttributeError, e:
    print 'AttributeError:', e
setattr(Config, 'added', 'class level')
print c.added
for name in ['a', 'b', 'c']:
    setattr(c, 'field_' + name, name.upper())
print sorted(k for k in vars(c) if k.startswith('field_')), [getattr(c, 'field_' + n) for n in 'abc']
try:
    setattr(5, 'x', 1)
except AttributeError, e:
    print 'AttributeError:', e
try:
    setattr(c, 5, 1)
except TypeError, e:
    print 'TypeError:', e
try:
    getattr(c)
except TypeError, e:
    print 'TypeError:', e
print getattr('abc', 'upper')(), getattr([], 'append').__name__, hasattr(1, 'real'), getattr(1, 'imag')
setattr(c, 'with space', 'odd')
print getattr(c, 'with space')
print getattr(c, u'level'), hasattr(c, u'level')
try:
    getattr(c, u'\xe9')
except UnicodeEncodeError, e:
    print 'UnicodeEncodeError'
except AttributeError, e:
    print 'AttributeError:', e
class Frozen(object):
    def __setattr__(self, k, v):
        raise AttributeError('frozen: cannot set %s' % k)
try:
    setattr(Frozen(), 'x', 1)
except AttributeError, e:
    print 'AttributeError:', e
class Dispatcher(object):
    def do_start(self):
        return 'starting'
    def do_stop(self):
        return 'stopping'
    def dispatch(self, cmd):
        handler = getattr(self, 'do_' + cmd, None)
        if handler is None:
            return 'unknown command: ' + cmd
        return handler()
d = Dispatcher()
print [d.dispatch(x) for x in ['start', 'stop', 'jump']]
