class OldError:
    def __init__(self, msg):
        self.msg = msg
    def __str__(self):
        return 'OldError: ' + self.msg
try:
    raise OldError('first')
except OldError, e:
    print 'caught old-style instance', e.msg
try:
    raise OldError, OldError('second')
except OldError, e:
    print 'caught via class, instance', e.msg
class NewError(Exception):
    pass
try:
    raise NewError, 'arg'
except NewError, e:
    print 'new style', e.args
raise NewError('final unhandled')
