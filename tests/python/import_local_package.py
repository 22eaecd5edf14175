import sys
sys.dont_write_bytecode = True
import import_local_package_pkg
from import_local_package_pkg import helpers
from import_local_package_pkg.helpers import double, CONSTANT as C
import import_local_package_pkg.helpers as h
print import_local_package_pkg.__name__, import_local_package_pkg.VERSION
print helpers.__name__, double(21), C, h is helpers
print import_local_package_pkg.helpers is helpers
print helpers.call_count
double(1)
print helpers.call_count, h.call_count
print 'import_local_package_pkg.helpers' in sys.modules
import import_local_package_pkg.helpers
print import_local_package_pkg.init_runs
reload(helpers)
print helpers.call_count
from import_local_package_pkg import *
print sorted(k for k in dir() if k in ('public_name', '_private_name', 'helpers'))
try:
    from import_local_package_pkg import missing_thing
except ImportError, e:
    print 'ImportError:', e
try:
    import import_local_package_pkg.no_module
except ImportError, e:
    print 'ImportError:', e
print helpers.__file__.endswith(('helpers.py', 'helpers.pyc'))
print import_local_package_pkg.__path__[0].endswith('import_local_package_pkg')
print __import__('import_local_package_pkg.helpers').__name__
print __import__('import_local_package_pkg.helpers', fromlist=['x']).__name__
