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
