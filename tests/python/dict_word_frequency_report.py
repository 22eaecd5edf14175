# Word counts with dicts, Counter and defaultdict; a formatted frequency report.
from collections import Counter, defaultdict

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""

def words(text):
    out = []
    for raw in text.split():
        w = raw.strip('.,;:!?').lower()
        if w:
            out.append(w)
    return out

ws = words(TEXT)
print len(ws), len(set(ws))
counts = {}
for w in ws:
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for w, n in ranked[:8]:
    print '%-12s %3d %s' % (w, n, '*' * n)
c = Counter(ws)
print sorted(c.most_common(3))
print c['was'], c['missing']
by_len = defaultdict(list)
for w in sorted(set(ws)):
    by_len[len(w)].append(w)
for n in sorted(by_len):
    print n, by_len[n]
first_letter = defaultdict(int)
for w in ws:
    first_letter[w[0]] += 1
print sorted(first_letter.items())
bigrams = Counter(zip(ws, ws[1:]))
print sorted(bg for bg, n in bigrams.items() if n >= 3)
inverse = {}
for w, n in counts.items():
    inverse.setdefault(n, []).append(w)
for n in sorted(inverse, reverse=True):
    print n, sorted(inverse[n])
c2 = Counter('abracadabra')
print sorted(c2.items()), sum(c2.values())
c3 = c2 + Counter('banana')
print sorted(c3.items())
print sorted((c2 - Counter('aaab')).items())
print sorted(c2.elements())[:6]
total = float(len(ws))
print ['%s=%.3f' % (w, counts[w] / total) for w in ['it', 'was', 'of', 'light']]
