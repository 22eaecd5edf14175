# Module attribute access: present, missing-with-default, then missing.
import sys
mod = sys.modules['os']
print mod.__name__, hasattr(mod, 'getcwd'), callable(getattr(mod, 'getcwd'))
print sorted(n for n in ['path', 'sep', 'nope'] if hasattr(mod, n))
print type(sys).__name__, sys.__name__
print getattr(sys, 'maxint') > 0
import os
print hasattr(os, 'path'), hasattr(os, 'no_such_function')
print getattr(os, 'sep'), getattr(os.path, 'nope', 'default value')
for mod in (os, os.path):
    print mod.__name__, type(mod).__name__
try:
    os.no_such_function()
except AttributeError, e:
    print 'AttributeError:', e
import math, string
print math.sqrt(16), string.upper('abc')
print hasattr(math, 'tau'), getattr(math, 'tau', 'no tau in 2.7')
print math.tau
