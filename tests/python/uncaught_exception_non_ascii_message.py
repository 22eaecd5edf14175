# -*- coding: utf-8 -*-
msg = 'caf\xc3\xa9 closed'
try:
    raise ValueError(msg)
except ValueError, e:
    print repr(str(e))
raise RuntimeError('plain message with digits 123 and symbols <>&')
