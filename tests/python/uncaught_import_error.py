# Imports that work, including from-imports and aliases.
import sys
print 'math' in sys.modules or 'not yet', type(__import__('math')).__name__
m = __import__('os.path', fromlist=['join'])
print m.join('x', 'y')
import os.path as osp
from math import sqrt, pi as PI
print osp.join('a', 'b'), sqrt(9), round(PI, 2)
import string, math
print string.ascii_lowercase[:3], math.floor(2.5)
import os, sys
print 'os' in sys.modules
try:
    import no_such_module_here
except ImportError, e:
    print 'ImportError:', e
try:
    from os import no_such_name
except ImportError, e:
    print 'ImportError:', e
import this_module_does_not_exist_either
