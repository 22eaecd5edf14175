class BadEq(object):
    def __eq__(self, other):
        raise RuntimeError('eq exploded')
class BadHash(object):
    def __hash__(self):
        raise ValueError('hash exploded')
class BadIter(object):
    def __iter__(self):
        raise IOError('iter exploded')
class BadLen(object):
    def __len__(self):
        raise KeyError('len exploded')
class BadStr(object):
    def __str__(self):
        raise TypeError('str exploded')
class BadGetattr(object):
    def __getattr__(self, name):
        raise IndexError('getattr exploded for ' + name)
class BadNonzero(object):
    def __nonzero__(self):
        raise ZeroDivisionError('nonzero exploded')
class BadInit(object):
    def __init__(self):
        raise ValueError('init exploded')

tests = [
    ('== in list.index', lambda: [BadEq()].index(1)),
    ('in list', lambda: 1 in [BadEq()]),
    ('dict key', lambda: {BadHash(): 1}),
    ('set add', lambda: set().add(BadHash())),
    ('list()', lambda: list(BadIter())),
    ('for loop', lambda: [x for x in BadIter()]),
    ('len()', lambda: len(BadLen())),
    ('bool via len', lambda: bool(BadLen())),
    ('str()', lambda: str(BadStr())),
    ('%s', lambda: '%s' % BadStr()),
    ('print >>', lambda: __import__('StringIO').StringIO().write(str(BadStr()))),
    ('getattr default', lambda: getattr(BadGetattr(), 'x', 'default')),
    ('hasattr', lambda: hasattr(BadGetattr(), 'x')),
    ('if obj', lambda: 1 if BadNonzero() else 0),
    ('not obj', lambda: not BadNonzero()),
    ('constructor', lambda: BadInit()),
    ('sorted with bad key', lambda: sorted([3, 1, 2], key=lambda x: 1 / (x - 2))),
    ('map raising', lambda: map(lambda x: {}[x], [1])),
    ('dict == dict', lambda: {1: BadEq()} == {1: BadEq()}),
]
for label, fn in tests:
    try:
        result = fn()
        print '%-20s ok: %r' % (label, result)
    except Exception, e:
        print '%-20s %s: %s' % (label, type(e).__name__, e)
