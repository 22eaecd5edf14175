# Validate inputs, reporting problems; the last check exits via sys.exit(msg).
def describe(cfg):
    return ', '.join('%s=%r' % kv for kv in sorted(cfg.items()))
print describe({'port': 80, 'host': 'h'})
import sys
required = ('host', 'port', 'user')
print 'required keys:', ', '.join(required)
for cfg in [{'host': 'a'}, {'host': 'a', 'port': 1, 'user': 'u', 'extra': 0}]:
    missing = sorted(set(required) - set(cfg))
    print 'missing:', missing or 'none', 'extra:', sorted(set(cfg) - set(required))
import sys
def check(config):
    missing = [k for k in ('host', 'port', 'user') if k not in config]
    if missing:
        sys.exit('error: missing keys: %s' % ', '.join(missing))
    return 'ok'
print check({'host': 'h', 'port': 1, 'user': 'u'})
print 'checking incomplete config'
sys.stdout.flush()
check({'host': 'h'})
print 'not reached'
