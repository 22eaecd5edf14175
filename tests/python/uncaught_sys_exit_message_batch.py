# A batch job validates inputs and aborts with sys.exit('message') after reporting.
import sys

def describe(job):
    name, size = job
    kind = 'empty' if size == 0 else ('invalid' if size < 0 else 'normal')
    return '%-8s size=%3d kind=%s' % (name, size, kind)

class JobLog(object):
    def __init__(self):
        self.entries = []
    def add(self, msg):
        self.entries.append(msg)
        return len(self.entries)
    def summary(self):
        return '%d entries, last=%r' % (len(self.entries), self.entries[-1] if self.entries else None)

log = JobLog()
try:
    sys.exit(0)
except SystemExit as e:
    print 'exit(0) caught, code =', e.code
try:
    sys.exit('soft')
except SystemExit as e:
    print 'exit(msg) caught, code =', repr(e.code), e.args

jobs = [('resize', 3), ('compress', 0), ('upload', 7), ('resize', -1), ('verify', 2)]
for j in jobs:
    print describe(j)
print sorted(jobs, key=lambda j: (j[1], j[0]))
done = []
for name, size in jobs:
    log.add('start ' + name)
    if size < 0:
        print log.summary()
        print 'job %s has negative size; done so far: %s' % (name, ', '.join(done))
        sys.stdout.flush()
        sys.exit('fatal: invalid job %s (size %d)' % (name, size))
    if size == 0:
        print 'skipping empty job', name
        continue
    done.append('%s:%d' % (name, size))
    print 'ran', name, 'x' * size
print 'not reached'
