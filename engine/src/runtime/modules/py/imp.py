# Python part of the native `imp` module (run by imp.rs): module search and loading for
# source files and packages on top of the engine's import machinery (`__import__`, sys.modules).
# Only source modules exist here: get_suffixes() lists '.py'; there are no compiled or
# extension modules, and the import lock is a no-op.

import sys as _sys

SEARCH_ERROR = 0
PY_SOURCE = 1
PY_COMPILED = 2
C_EXTENSION = 3
PY_RESOURCE = 4
PKG_DIRECTORY = 5
C_BUILTIN = 6
PY_FROZEN = 7
PY_CODERESOURCE = 8
IMP_HOOK = 9


def get_suffixes():
    return [('.py', 'U', PY_SOURCE)]


def get_magic():
    return '\x03\xf3\r\n'


def new_module(name):
    return type(_sys)(name)


def acquire_lock():
    pass


def release_lock():
    pass


def lock_held():
    return False


def is_builtin(name):
    if name in ('sys', '__builtin__'):
        return -1
    return 1 if name in _sys.builtin_module_names else 0


def _mode(path):
    import posix
    try:
        return posix.stat(path).st_mode & 0o170000
    except OSError:
        return 0


def _join(d, name):
    if not d or d.endswith('/'):
        return d + name
    return d + '/' + name


def is_frozen(name):
    return False


def find_module(name, path=None):
    if path is None:
        if is_builtin(name):
            return (None, name, ('', '', C_BUILTIN))
        path = _sys.path
    for d in path:
        if not isinstance(d, basestring):
            continue
        base = _join(d, name)
        if _mode(base) == 0o040000 and _mode(_join(base, '__init__.py')) == 0o100000:
            return (None, base, ('', '', PKG_DIRECTORY))
        f = base + '.py'
        if _mode(f) == 0o100000:
            return (open(f, 'U'), f, ('.py', 'U', PY_SOURCE))
    raise ImportError('No module named ' + name)


def load_source(name, pathname, file=None):
    m = _sys.modules.get(name)
    if m is None:
        m = new_module(name)
        _sys.modules[name] = m
    m.__file__ = pathname
    if file is None:
        file = open(pathname, 'U')
    try:
        src = file.read()
    finally:
        file.close()
    code = compile(src, pathname, 'exec')
    try:
        exec code in _module_dict(m)
    except:
        if _sys.modules.get(name) is m:
            del _sys.modules[name]
        raise
    return _sys.modules.get(name, m)


def load_package(name, path):
    m = _sys.modules.get(name)
    if m is None:
        m = new_module(name)
        _sys.modules[name] = m
    m.__path__ = [path]
    m.__package__ = name
    return load_source(name, _join(path, '__init__.py'))


def load_module(name, file, pathname, description):
    suffix, mode, kind = description
    if kind == PY_SOURCE:
        return load_source(name, pathname, file)
    if kind == PKG_DIRECTORY:
        return load_package(name, pathname)
    if kind == C_BUILTIN:
        return init_builtin(name)
    raise ImportError("Don't know how to import %s (type code %d)" % (name, kind))


def init_builtin(name):
    if not is_builtin(name):
        return None
    return __import__(name)


_builtin_reload = reload
def reload(module):
    return _builtin_reload(module)


class NullImporter(object):
    def __init__(self, path):
        if not path:
            raise ImportError('empty pathname')
        if _mode(path) == 0o040000:
            raise ImportError('existing directory')

    def find_module(self, fullname, path=None):
        return None
