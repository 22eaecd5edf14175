# The print statement's softspace flag: a trailing comma leaves it set, and a
# newline is written at interpreter exit only if it is still set.
print 'line one'
print 'a', 'b',
print 'c'
print 'x',
print
print 'numbers:',
for i in range(3):
    print i,
print
print 'explicit newline in item\n',
print 'after'
import sys
print 'first',
print 'second',
sys.stdout.write('')
print 'third',
for i in range(3):
    print i,
