# Unpacking rows of a fixed width, with a handled mismatch first.
rows = [('a', 1), ('b', 2)]
for name, value in rows:
    print name, value
try:
    for name, value in [('c', 3, 'extra')]:
        pass
except ValueError, e:
    print 'ValueError:', e
first, second = 'xy'
print first, second
try:
    a, b, c = [1, 2]
except ValueError, e:
    print 'ValueError:', e
rows = ['alice,30', 'bob,25', 'carol,41,extra']
ages = {}
for row in rows:
    name, age = row.split(',')
    ages[name] = int(age)
    print name, ages[name]
print 'never', ages
