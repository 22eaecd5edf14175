def average(values):
    return sum(values) / len(values)

groups = {'a': [1, 2, 3, 4], 'b': [10, 20], 'c': [7]}
for name in sorted(groups):
    print name, average(groups[name])
print 'float avg', average([1.0, 2.0])
results = []
for name, vals in sorted(groups.items()):
    results.append((name, average(vals) * 2))
print results
groups['empty'] = []
for name in sorted(groups):
    print 'group', name, average(groups[name])
