config = {
    'name': 'service',
    'version': (1, 4, 2),
    'servers': [
        {'host': 'a.example', 'ports': [80, 443], 'tags': set(['web', 'prod'])},
        {'host': 'b.example', 'ports': [8080], 'tags': set(['dev'])},
    ],
    'limits': {'cpu': 2.5, 'memory': {'soft': 512, 'hard': 1024}},
    'enabled': True,
    'notes': None,
}
def walk(obj, path=()):
    if isinstance(obj, dict):
        for k in sorted(obj):
            for item in walk(obj[k], path + (k,)):
                yield item
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            for item in walk(v, path + (i,)):
                yield item
    elif isinstance(obj, (set, frozenset)):
        for v in sorted(obj):
            yield path + ('{}',), v
    else:
        yield path, obj
for path, value in walk(config):
    print '.'.join(map(str, path)), '=', repr(value)
def get_path(obj, dotted):
    for part in dotted.split('.'):
        obj = obj[int(part)] if isinstance(obj, (list, tuple)) else obj[part]
    return obj
print get_path(config, 'servers.1.host'), get_path(config, 'limits.memory.hard'), get_path(config, 'version.2')
try:
    get_path(config, 'servers.5.host')
except IndexError, e:
    print 'IndexError:', e
try:
    get_path(config, 'limits.gpu')
except KeyError, e:
    print 'KeyError:', e
def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
merged = deep_merge(config['limits'], {'memory': {'hard': 2048, 'swap': 0}, 'io': 'fast'})
print sorted(merged.items())
print sorted(merged['memory'].items())
all_ports = sorted(p for s in config['servers'] for p in s['ports'])
all_tags = set().union(*[s['tags'] for s in config['servers']])
print all_ports, sorted(all_tags)
flat = dict(('.'.join(map(str, p)), v) for p, v in walk(config) if not isinstance(v, bool))
print len(flat), sorted(flat)[:4]
