class ProtocolError(Exception):
    pass
try:
    raise ProtocolError('bad header', 400)
except ProtocolError, e:
    print e.args, str(e)
print str(ProtocolError()), str(ProtocolError('one')), str(ProtocolError(1, 2))
raise ProtocolError('unexpected token', 17, 'line 3')
