import sys
print sys.version_info[:2], sys.version_info.major, sys.version_info >= (2, 7), sys.version.startswith('2.7')
print sys.maxint == 2 ** 63 - 1, sys.maxsize == sys.maxint, sys.byteorder in ('little', 'big')
print type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith('sys_module_basics.py')
print type(sys.path).__name__, type(sys.modules).__name__, 'sys' in sys.modules, '__main__' in sys.modules
print sys.modules['__main__'].__name__, __name__
print sys.getrecursionlimit(), sys.getdefaultencoding(), sys.float_info.max > 1e308, sys.float_info.dig
print sys.platform.startswith('linux'), type(sys.executable).__name__
print hasattr(sys, 'exc_info'), hasattr(sys, 'exc_clear'), sys.exc_info()
print sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__
sys.stdout.write('written directly\n')
sys.stdout.write('no newline')
sys.stdout.write(' then newline\n')
print sys.stdout.softspace
print 'a',
print sys.stdout.softspace
print
print sys.maxunicode in (0xffff, 0x10ffff), sys.float_repr_style
print type(sys.getsizeof(1)).__name__
import os
print sys.modules.get('os') is os, sys.modules.get('nonexistent_module_xyz')
def f():
    return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name
print f()
print isinstance(sys.flags.optimize, int), sys.dont_write_bytecode in (True, False)
old = sys.stdout
class Capture(object):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
cap = Capture()
sys.stdout = cap
print 'captured', 1, 2
print >>old, 'to old stdout'
sys.stdout = old
print cap.parts
print >>sys.stderr, 'this goes to stderr'
sys.stderr.write('stderr write\n')
print sys.exit.__name__, sys.displayhook.__name__, callable(sys.excepthook)
print sys.api_version > 0, sys.hexversion >> 24, sys.subversion[0] if hasattr(sys, 'subversion') else 'CPython'
