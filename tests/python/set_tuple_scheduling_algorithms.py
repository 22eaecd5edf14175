# Sets and tuples in algorithms: meeting scheduling, course prerequisites, friend suggestions.

meetings = [('standup', 9, 10), ('design', 9, 11), ('lunch', 12, 13), ('review', 10, 12),
            ('retro', 13, 14), ('1on1', 11, 12), ('demo', 13, 15)]

def schedule(ms):
    rooms = []
    assignment = {}
    for name, start, end in sorted(ms, key=lambda m: (m[1], m[2], m[0])):
        for i, room_end in enumerate(rooms):
            if room_end <= start:
                rooms[i] = end
                assignment[name] = i
                break
        else:
            rooms.append(end)
            assignment[name] = len(rooms) - 1
    return len(rooms), sorted(assignment.items(), key=lambda kv: (kv[1], kv[0]))
print schedule(meetings)
overlaps = set()
for a in meetings:
    for b in meetings:
        if a < b and a[1] < b[2] and b[1] < a[2]:
            overlaps.add((a[0], b[0]))
print sorted(overlaps)

prereq = {'calc2': set(['calc1']), 'calc1': set(['algebra']), 'linalg': set(['algebra']),
          'ml': set(['linalg', 'calc2', 'prog']), 'prog': set(), 'algebra': set()}
def order(prereq):
    done, result = set(), []
    remaining = set(prereq)
    while remaining:
        ready = sorted(c for c in remaining if prereq[c] <= done)
        if not ready:
            raise ValueError('cycle among %s' % sorted(remaining))
        result.append(tuple(ready))
        done |= set(ready)
        remaining -= set(ready)
    return result
print order(prereq)
prereq['algebra'] = set(['ml'])
try:
    order(prereq)
except ValueError as e:
    print 'ValueError:', e

friends = {'ann': {'bob', 'cy'}, 'bob': {'ann', 'dee', 'eve'}, 'cy': {'ann', 'dee'},
           'dee': {'bob', 'cy', 'fay'}, 'eve': {'bob'}, 'fay': {'dee'}}
for person in sorted(friends):
    fof = set()
    for f in friends[person]:
        fof |= friends[f]
    fof -= friends[person] | {person}
    ranked = sorted(fof, key=lambda x: (-len(friends[x] & friends[person]), x))
    print person, '->', ranked
print sorted(friends['bob'] & friends['cy']), sorted(friends['bob'] ^ friends['dee']), sorted(set.union(*friends.values()))
print frozenset('ab') in {frozenset('ba'): 1}, set('abc') < set('abcd'), set('abc').isdisjoint('xyz'), {1, 2} | frozenset([3])
t = (3, 1, 2)
print t + (4,), t * 2, t.index(2), t.count(1), sorted(t), tuple(reversed(t)), t[::-1], (1,) < (1, 0), max(t)
points = {(0, 0), (1, 2), (2, 1), (1, 2)}
print sorted(points), len(points), (1, 2) in points, sorted({(x, y) for x, y in points if x <= y})
inter = reduce(set.intersection, [set('abcde'), set('bcdef'), set('cdefg')])
print sorted(inter), sorted(set('hello') - set('world')), sorted(set([1, 2, 3]).symmetric_difference([2, 3, 4]))
