# Per-group averages computed with dict/list code; an empty group divides by zero uncaught.

scores = {'red': [81, 92, 77], 'blue': [65, 70, 90, 88], 'green': [100]}
def average(xs):
    return sum(xs) / len(xs)
def spread(xs):
    return max(xs) - min(xs)
for team in sorted(scores):
    xs = scores[team]
    print '%-6s n=%d avg=%d spread=%d best=%d' % (team, len(xs), average(xs), spread(xs), max(xs))
def median(xs):
    s = sorted(xs)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2.0
def grade(avg):
    for cutoff, letter in [(90, 'A'), (80, 'B'), (70, 'C')]:
        if avg >= cutoff:
            return letter
    return 'F'
for team in sorted(scores):
    xs = scores[team]
    print '%-6s median=%s grade=%s float_avg=%.3f' % (team, median(xs), grade(average(xs)), float(sum(xs)) / len(xs))
ranking = sorted(scores, key=lambda t: average(scores[t]), reverse=True)
print 'ranking', ranking
print 'histogram'
for lo in range(60, 101, 10):
    n = sum(1 for xs in scores.values() for x in xs if lo <= x < lo + 10)
    print '  %3d-%3d %s' % (lo, lo + 9, '#' * n)
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
