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
