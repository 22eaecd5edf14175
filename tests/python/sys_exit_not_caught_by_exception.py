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
