# Mixing str and numbers needs explicit conversion.
n = 42
print 'n = ' + str(n), 'n = %d' % n, 'n = {}'.format(n), 'n =', n
try:
    'n = ' + n
except TypeError, e:
    print 'TypeError:', e
try:
    n + ' apples'
except TypeError, e:
    print 'TypeError:', e
def describe(name, age):
    return name + ' is ' + str(age) + ' years old'

print describe('Ann', 31)
people = [('Bob', 40), ('Cy', 7)]
for p in people:
    print describe(*p)
label = 'count: '
n = 3
print label + str(n)
print label + n
