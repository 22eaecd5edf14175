rows = ['alice,30', 'bob,25', 'carol,41,extra']
ages = {}
for row in rows:
    name, age = row.split(',')
    ages[name] = int(age)
    print name, ages[name]
print 'never', ages
