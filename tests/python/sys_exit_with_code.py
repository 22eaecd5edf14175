import sys
def cleanup():
    print 'cleanup in finally'
try:
    print 'before exit'
    try:
        sys.exit(5)
    except SystemExit, e:
        print 'caught SystemExit with code', e.code, e.args
    try:
        raise SystemExit
    except SystemExit, e:
        print 'bare SystemExit code:', e.code
    try:
        sys.exit()
    except SystemExit, e:
        print 'sys.exit() code:', e.code
    try:
        sys.exit('msg')
    except SystemExit, e:
        print 'string code:', repr(e.code)
    try:
        sys.exit(1, 2) if False else sys.exit((1, 2))
    except SystemExit, e:
        print 'tuple code:', e.code
    try:
        sys.exit(0)
    except Exception:
        print 'not reached: SystemExit is not an Exception'
    except BaseException, e:
        print 'BaseException caught', type(e).__name__
    sys.exit(3)
finally:
    cleanup()
print 'never printed'
