import itertools
LOG = """2024-01-01 10:00:01 INFO server started
2024-01-01 10:00:05 WARN disk 80%
2024-01-01 10:01:00 ERROR connection lost
2024-01-01 10:01:02 INFO reconnected
2024-01-02 09:00:00 INFO daily job
2024-01-02 09:30:00 ERROR job failed
2024-01-02 09:31:00 ERROR retry failed
2024-01-03 12:00:00 INFO all good"""

def parse(lines):
    for line in lines:
        date, time, level, msg = line.split(' ', 3)
        yield {'date': date, 'time': time, 'level': level, 'msg': msg}

records = list(parse(LOG.splitlines()))
print len(records)
for date, group in itertools.groupby(records, key=lambda r: r['date']):
    group = list(group)
    levels = sorted(set(r['level'] for r in group))
    print date, len(group), levels
errors = [r for r in records if r['level'] == 'ERROR']
print [e['msg'] for e in errors]
counts = {}
for r in records:
    counts[r['level']] = counts.get(r['level'], 0) + 1
print sorted(counts.items(), key=lambda kv: -kv[1])
first_error = next(r for r in records if r['level'] == 'ERROR')
print first_error['time'], first_error['msg']
pairs = zip(records, records[1:])
print [(a['level'], b['level']) for a, b in pairs if a['level'] == b['level']]
print list(itertools.islice((r['msg'] for r in records), 2, 5))
by_level = sorted(records, key=lambda r: (r['level'], r['time']))
print [(lvl, [r['time'] for r in g]) for lvl, g in itertools.groupby(by_level, key=lambda r: r['level'])]
print list(itertools.takewhile(lambda r: r['level'] != 'ERROR', records))[-1]['msg']
windows = [records[i:i + 3] for i in range(len(records) - 2)]
print max(sum(1 for r in w if r['level'] == 'ERROR') for w in windows)
print ' | '.join(itertools.imap(lambda r: r['level'][0], records))
