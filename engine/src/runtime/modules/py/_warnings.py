# Python part of the native `_warnings` module (run by warnings.rs): the filter list and
# `warn`/`warn_explicit` that warnings.py re-exports. Filters are CPython's defaults without
# -3/-b: DeprecationWarning, PendingDeprecationWarning, ImportWarning and BytesWarning ignored.
# Matching and actions ("error", "ignore", "always", "default", "module", "once") follow
# warnings.py's documented semantics; output goes through warnings.showwarning.

filters = [
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, BytesWarning, None, 0),
]
default_action = 'default'
once_registry = {}


def warn(message, category=None, stacklevel=1):
    import sys
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError('category is not a subclass of Warning')
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        g = sys.__dict__ if hasattr(sys, '__dict__') else {'__name__': 'sys'}
        lineno = 1
    else:
        g = frame.f_globals
        lineno = frame.f_lineno
    module = g.get('__name__', '<string>')
    filename = g.get('__file__')
    if filename:
        if filename.lower().endswith(('.pyc', '.pyo')):
            filename = filename[:-1]
    else:
        if module == '__main__':
            try:
                filename = sys.argv[0]
            except (AttributeError, IndexError):
                filename = '__main__'
        if not filename:
            filename = module
    registry = g.setdefault('__warningregistry__', {})
    warn_explicit(message, category, filename, lineno, module, registry, g)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None):
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    # As CPython's _warnings.c: once warnings.py is loaded, its module attributes (which
    # catch_warnings rebinds) are the filters, the default action and the once registry.
    import sys
    wmod = sys.modules.get('warnings')
    cur_filters = getattr(wmod, 'filters', filters)
    action = getattr(wmod, 'defaultaction', default_action)
    cur_once = getattr(wmod, 'onceregistry', once_registry)
    for item in cur_filters:
        act, msg, cat, mod, ln = item
        if ((msg is None or msg.match(text)) and issubclass(category, cat) and
                (mod is None or mod.match(module)) and (ln == 0 or lineno == ln)):
            action = act
            break
    if action == 'ignore':
        registry[key] = 1
        return
    import linecache
    linecache.getlines(filename, module_globals)
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if cur_once.get(oncekey):
            return
        cur_once[oncekey] = 1
    elif action == 'always':
        pass
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    else:
        raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %s' % (action, item))
    import warnings
    show = getattr(warnings, 'showwarning', None)
    if show is None:
        import sys
        sys.stderr.write('%s:%s: %s: %s\n' % (filename, lineno, category.__name__, text))
    else:
        show(message, category, filename, lineno)
