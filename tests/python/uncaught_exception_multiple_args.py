# Exceptions with several args: str() of the exception shows the tuple.
e = Exception('a', 1)
print e.args[0], e.args[1], len(e.args)
class Warn(Exception):
    pass
for args in [(), ('one',), ('a', 2), (None, [1], {'k': 'v'})]:
    e = Warn(*args)
    print len(e.args), repr(str(e)), repr(e)
try:
    raise Warn('x', 'y')
except Warn, w:
    print 'caught', w.args
class ProtocolError(Exception):
    pass
try:
    raise ProtocolError('bad header', 400)
except ProtocolError, e:
    print e.args, str(e)
print str(ProtocolError()), str(ProtocolError('one')), str(ProtocolError(1, 2))
raise ProtocolError('unexpected token', 17, 'line 3')
