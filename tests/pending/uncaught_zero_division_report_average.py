# Per-group averages computed with dict/list code; an empty group divides by zero uncaught.

scores = {'red': [81, 92, 77], 'blue': [65, 70, 90, 88], 'green': [100]}
def average(xs):
    return sum(xs) / len(xs)
def spread(xs):
    return max(xs) - min(xs)
for team in sorted(scores):
    xs = scores[team]
    print '%-6s n=%d avg=%d spread=%d best=%d' % (team, len(xs), average(xs), spread(xs), max(xs))
overall = [x for xs in scores.values() for x in xs]
print 'overall', average(sorted(overall)), sorted(overall)
try:
    spread([])
except ValueError as e:
    print 'ValueError:', e
scores['yellow'] = []
for team in sorted(scores, key=lambda t: len(scores[t]), reverse=True):
    print team, average(scores[team])
print 'not reached'
