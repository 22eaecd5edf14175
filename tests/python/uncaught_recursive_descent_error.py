# A recursive JSON-like pretty printer that raises a custom error deep in the recursion.

class UnsupportedType(TypeError):
    pass

def render(obj, indent=0):
    pad = '  ' * indent
    if isinstance(obj, dict):
        lines = ['{']
        for k in sorted(obj):
            lines.append('%s  %r: %s' % (pad, k, render(obj[k], indent + 1)))
        lines.append(pad + '}')
        return '\n'.join(lines)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return '[]'
        return '[' + ', '.join(render(x, indent + 1) for x in obj) + ']'
    if isinstance(obj, (int, long, float, str, bool)) or obj is None:
        return repr(obj)
    raise UnsupportedType('cannot render %s at depth %d' % (type(obj).__name__, indent))

doc = {'name': 'cfg', 'values': [1, 2.5, None, True], 'nested': {'deep': {'x': [(), ['a']]}}}
print render(doc)
try:
    render({'bad': [1, {'set': set([1])}]})
except TypeError as e:
    print 'caught as TypeError:', e
print render([[], {}, [[[]]]])
print render({'outer': [{'k': 1j}]})
print 'not reached'
