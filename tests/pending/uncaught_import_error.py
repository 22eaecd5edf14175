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
