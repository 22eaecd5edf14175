def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print 'found', target, 'at', i
            break
    else:
        print target, 'not found'
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)

def primes_below(n):
    out = []
    for c in range(2, n):
        for d in range(2, c):
            if c % d == 0:
                break
        else:
            out.append(c)
    return out
print primes_below(40)

i = 0
while i < 3:
    i += 1
else:
    print 'while ended normally, i =', i
i = 0
while True:
    i += 1
    if i > 5:
        break
else:
    print 'never printed'
print 'broke at', i

n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n == 8:
        break
    print 'even', n
else:
    print 'not reached'

for x in []:
    print 'no iterations'
else:
    print 'else runs on empty loop'

for x in range(3):
    try:
        if x == 1:
            continue
    finally:
        print 'finally', x
else:
    print 'loop else after continue'

def nested_break():
    for a in range(3):
        for b in range(3):
            if a * b == 2:
                return a, b
    return None
print nested_break()
count = 0
for line in ['a', '', 'b', '#c', 'd']:
    if not line or line.startswith('#'):
        continue
    count += 1
print 'counted', count
x = 10
while x:
    x -= 3
    if x < 0:
        print 'went negative', x
        break
