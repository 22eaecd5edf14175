def merge(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
print merge([(1, 3), (2, 6), (8, 10), (15, 18)])
print merge([(1, 4), (4, 5)]), merge([]), merge([(5, 7), (1, 2), (2, 3), (6, 8)])

def max_non_overlapping(intervals):
    chosen = []
    last_end = float('-inf')
    for s, e in sorted(intervals, key=lambda iv: iv[1]):
        if s >= last_end:
            chosen.append((s, e))
            last_end = e
    return chosen
print max_non_overlapping([(1, 4), (3, 5), (0, 6), (5, 7), (3, 9), (5, 9), (6, 10), (8, 11), (8, 12), (2, 14), (12, 16)])

def rooms_needed(meetings):
    events = []
    for s, e in meetings:
        events.append((s, 1))
        events.append((e, -1))
    cur = best = 0
    for _, delta in sorted(events):
        cur += delta
        best = max(best, cur)
    return best
print rooms_needed([(0, 30), (5, 10), (15, 20)]), rooms_needed([(7, 10), (2, 4)]), rooms_needed([(1, 5), (2, 6), (3, 7), (4, 8)])

def to_minutes(hhmm):
    h, m = map(int, hhmm.split(':'))
    return h * 60 + m
def fmt(minutes):
    return '%02d:%02d' % divmod(minutes, 60)
busy = [('09:00', '10:30'), ('12:00', '13:00'), ('16:00', '18:00'), ('10:15', '11:00')]
busy_m = merge([(to_minutes(a), to_minutes(b)) for a, b in busy])
free = []
day_start, day_end = to_minutes('08:00'), to_minutes('18:00')
cursor = day_start
for s, e in busy_m:
    if s > cursor:
        free.append((fmt(cursor), fmt(s)))
    cursor = max(cursor, e)
if cursor < day_end:
    free.append((fmt(cursor), fmt(day_end)))
print [(fmt(a), fmt(b)) for a, b in busy_m]
print free
