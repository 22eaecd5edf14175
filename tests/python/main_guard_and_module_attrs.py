"""Module docstring for the test."""
import sys
print __name__, __doc__
print __file__.endswith('main_guard_and_module_attrs.py')
print sorted(k for k in globals() if k.startswith('__'))
print type(__builtins__).__name__ in ('module', 'dict')
this = sys.modules[__name__]
print this.__doc__ == __doc__, hasattr(this, 'this')
def helper():
    return 'helper called'
if __name__ == '__main__':
    print 'running as main:', helper()
else:
    print 'imported'
print __debug__
try:
    assert False, 'asserts are enabled'
except AssertionError, e:
    print 'AssertionError:', e
print this.helper(), getattr(this, 'helper') is helper
setattr(this, 'injected', 99)
print injected
def uses_local_import():
    import math
    from os import path as p
    return math.floor(2.7), p.basename('/a/b')
print uses_local_import()
print 'math' in globals(), 'math' in sys.modules
import __main__
print __main__ is this, __main__.__name__
