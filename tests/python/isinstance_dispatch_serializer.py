def serialize(obj, indent=0):
    pad = '  ' * indent
    if obj is None:
        return 'null'
    if isinstance(obj, bool):
        return 'true' if obj else 'false'
    if isinstance(obj, (int, long)):
        return str(obj)
    if isinstance(obj, float):
        return repr(obj)
    if isinstance(obj, basestring):
        if isinstance(obj, unicode):
            obj = obj.encode('utf-8')
        return '"%s"' % obj.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')
    if isinstance(obj, dict):
        if not obj:
            return '{}'
        items = ['%s  %s: %s' % (pad, serialize(str(k)), serialize(v, indent + 1)) for k, v in sorted(obj.items())]
        return '{\n' + ',\n'.join(items) + '\n' + pad + '}'
    if isinstance(obj, (list, tuple, set, frozenset)):
        seq = sorted(obj) if isinstance(obj, (set, frozenset)) else obj
        return '[' + ', '.join(serialize(x, indent) for x in seq) + ']'
    if hasattr(obj, '__dict__'):
        return serialize(vars(obj), indent)
    raise TypeError('cannot serialize %s' % type(obj).__name__)

class User(object):
    def __init__(self, name, tags):
        self.name = name
        self.tags = tags
data = {
    'int': 1, 'long': 10L ** 20, 'float': 0.1, 'neg': -2.5e-8, 'bool': True, 'none': None,
    'str': 'quote " and \\ and\nnewline', 'uni': u'caf\xe9', 'list': [1, [2, (3,)]],
    'set': set([3, 1, 2]), 'empty': {}, 'user': User('ann', ['a', 'b']), 'nested': {'x': {'y': False}},
}
print serialize(data)
try:
    serialize(object())
except TypeError, e:
    print 'TypeError:', e
try:
    serialize([1, 2j])
except TypeError, e:
    print 'TypeError:', e
import json
print json.dumps({'b': [1, 2.5, None, True], 'a': u'\xe9', 'c': 'x"y'}, sort_keys=True)
print json.loads('{"k": [1, 2.0, "s", null, false], "u": "\\u00e9"}') == {u'k': [1, 2.0, u's', None, False], u'u': u'\xe9'}
print json.dumps([1, {'a': 2}], indent=2, sort_keys=True)
