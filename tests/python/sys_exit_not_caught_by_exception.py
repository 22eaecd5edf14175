# except Exception does not catch SystemExit (a BaseException); finally
# clauses still run while it propagates.
print issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException)
try:
    try:
        raise SystemExit(1)
    except Exception:
        print 'wrong handler'
except SystemExit, e:
    print 'outer caught SystemExit', e.code
import sys
def risky_operation(step):
    if step == 3:
        print 'step 3 requests exit'
        sys.exit(4)
    return step * 2
results = []
for step in range(5):
    try:
        results.append(risky_operation(step))
    except Exception, e:
        print 'generic handler (should not see SystemExit)', e
    finally:
        print 'finally for step', step
    print 'results so far', results
print 'unreachable'
