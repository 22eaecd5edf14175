import sys
print 'first',
print 'second',
sys.stdout.write('')
print 'third',
for i in range(3):
    print i,
