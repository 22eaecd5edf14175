# A batch job validates inputs and aborts with sys.exit('message') after reporting.
import sys

jobs = [('resize', 3), ('compress', 0), ('upload', 7), ('resize', -1), ('verify', 2)]
done = []
for name, size in jobs:
    if size < 0:
        print 'job %s has negative size; done so far: %s' % (name, ', '.join(done))
        sys.stdout.flush()
        sys.exit('fatal: invalid job %s (size %d)' % (name, size))
    if size == 0:
        print 'skipping empty job', name
        continue
    done.append('%s:%d' % (name, size))
    print 'ran', name, 'x' * size
print 'not reached'
