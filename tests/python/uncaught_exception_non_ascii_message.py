# -*- coding: utf-8 -*-
# Messages with non-ASCII bytes, handled before the final plain failure.
msgs = {'en': 'error', 'fr': 'erreur'}
print sorted(msgs.items())
errors = []
for msg in ['plain', 'caf\xc3\xa9', 'tab\there']:
    try:
        raise ValueError(msg)
    except ValueError, e:
        errors.append(str(e))
print [repr(x) for x in errors]
print len(errors[1]), errors[1].decode('utf-8') == u'caf\xe9'
for e in [TypeError('t'), KeyError('k'), IOError(2, 'x')]:
    print type(e).__name__, str(e)
msg = 'caf\xc3\xa9 closed'
try:
    raise ValueError(msg)
except ValueError, e:
    print repr(str(e))
raise RuntimeError('plain message with digits 123 and symbols <>&')
