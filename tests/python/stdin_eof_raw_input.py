# stdin is /dev/null under the harness: every read sees EOF at once.
import sys
print sys.stdin.closed, sys.stdin.isatty(), sys.stdin.name
import sys
print repr(sys.stdin.read())
print repr(sys.stdin.readline())
print sys.stdin.readlines()
print list(sys.stdin)
try:
    raw_input()
except EOFError, e:
    print 'EOFError:', e
try:
    input('prompt> ')
except EOFError, e:
    print
    print 'EOFError from input:', e
print 'asking once more without a handler'
name = raw_input('name? ')
print 'never', name
