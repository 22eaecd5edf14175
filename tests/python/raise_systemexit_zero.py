import sys
count = 0
for i in range(10):
    count += i
    if count > 20:
        print 'stopping at', i, count
        raise SystemExit(0)
print 'not reached'
