import os
log = []
class Connection(object):
    opened = 0
    def __init__(self, name, fail_on=None):
        self.name = name
        self.fail_on = fail_on
        Connection.opened += 1
        log.append('open %s' % name)
    def query(self, q):
        if q == self.fail_on:
            raise IOError('query failed: %s' % q)
        return '%s:%s' % (self.name, q.upper())
    def close(self):
        Connection.opened -= 1
        log.append('close %s' % self.name)

def run_queries(name, queries, fail_on=None):
    conn = Connection(name, fail_on)
    results = []
    try:
        for q in queries:
            results.append(conn.query(q))
    except IOError, e:
        log.append('error %s' % e)
        results.append(None)
    else:
        log.append('all ok')
    finally:
        conn.close()
    return results

print run_queries('db1', ['a', 'b'])
print run_queries('db2', ['a', 'bad', 'c'], fail_on='bad')
print Connection.opened
print log

def acquire_all(names):
    acquired = []
    try:
        for n in names:
            if n.startswith('!'):
                raise RuntimeError('cannot acquire %s' % n)
            acquired.append(n)
            log.append('acquired ' + n)
    except RuntimeError:
        for n in reversed(acquired):
            log.append('released ' + n)
        raise
    return acquired
del log[:]
print acquire_all(['x', 'y'])
try:
    acquire_all(['p', 'q', '!r', 's'])
except RuntimeError, e:
    print 'RuntimeError:', e
print log
path = '/tmp/pyston_test_exceptions_cleanup_patterns.txt'
def write_atomic(data):
    tmp = path + '.tmp'
    f = open(tmp, 'w')
    try:
        f.write(data)
        if 'fail' in data:
            raise ValueError('refusing to write %r' % data)
    except:
        f.close()
        os.remove(tmp)
        raise
    f.close()
    os.rename(tmp, path)
write_atomic('good data')
try:
    write_atomic('please fail')
except ValueError, e:
    print 'ValueError:', e
print open(path).read(), os.path.exists(path + '.tmp')
os.remove(path)
print os.path.exists(path)
