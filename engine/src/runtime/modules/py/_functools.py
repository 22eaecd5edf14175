# Python part of the native `_functools` module (run by functools.rs): `partial` and `reduce`.

class partial(object):
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords.
    """
    def __new__(*args, **keywords):
        if len(args) < 2:
            raise TypeError('type \'partial\' takes at least one argument')
        cls, func = args[0], args[1]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        self = object.__new__(cls)
        self.func = func
        self.args = tuple(args[2:])
        self.keywords = keywords or None
        return self
    def __init__(*args, **keywords):
        pass
    def __call__(*args, **keywords):
        self = args[0]
        if self.keywords:
            kw = self.keywords.copy()
            kw.update(keywords)
        else:
            kw = keywords
        return self.func(*(self.args + args[1:]), **kw)
    def __reduce__(self):
        return (type(self), (self.func,), (self.func, self.args, self.keywords or None, None))
    def __setstate__(self, state):
        self.func, self.args, self.keywords, d = state
partial.__module__ = 'functools'


def reduce(function, sequence, *initial):
    if len(initial) > 1:
        raise TypeError('reduce expected at most 3 arguments, got %d' % (2 + len(initial)))
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration')
    if initial:
        acc = initial[0]
    else:
        for acc in it:
            break
        else:
            raise TypeError('reduce() of empty sequence with no initial value')
    for x in it:
        acc = function(acc, x)
    return acc
