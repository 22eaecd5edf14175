import sys, atexit
def goodbye(name):
    print 'atexit handler', name
atexit.register(goodbye, 'first')
atexit.register(goodbye, 'second')
try:
    sys.exit(True)
except SystemExit, e:
    print 'code True ->', e.code
try:
    sys.exit(None)
except SystemExit, e:
    print 'code None ->', e.code
print 'exiting with 2 via nested function'
def deep(n):
    if n == 0:
        sys.exit(2)
    try:
        deep(n - 1)
    finally:
        print 'unwinding', n
deep(3)
