import sys
class New(object):
    pass
class Old:
    pass
class WithSlots(object):
    __slots__ = ('a',)
cases = [
    ('int attr', lambda: (5).foo),
    ('str attr', lambda: 'x'.foo),
    ('list attr', lambda: [].foo),
    ('None attr', lambda: None.foo),
    ('new instance', lambda: New().foo),
    ('new class', lambda: New.foo),
    ('old instance', lambda: Old().foo),
    ('old class', lambda: Old.foo),
    ('module', lambda: sys.foo),
    ('type', lambda: int.foo),
    ('function', lambda: (lambda: 0).foo),
    ('slots unset', lambda: WithSlots().a),
    ('dict', lambda: {}.foo),
    ('tuple', lambda: ().foo),
    ('float', lambda: 1.5.foo),
    ('bool', lambda: True.foo),
    ('set readonly int', lambda: setattr(5, 'real', 1)),
    ('set on builtin type', lambda: setattr(int, 'foo', 1)),
    ('set on object()', lambda: setattr(object(), 'x', 1)),
    ('del missing', lambda: delattr(New(), 'nope')),
    ('list append attr set', lambda: setattr([], 'append', 1)),
]
for label, fn in cases:
    try:
        fn()
        print label, 'no error'
    except (AttributeError, TypeError), e:
        print '%-22s %s: %s' % (label, type(e).__name__, e)
