d = dict((i, i * i) for i in range(10))
for k in d.keys():
    if k % 2:
        del d[k]
print d
for k, v in d.items():
    d[k + 100] = v
print sorted(d.items())
try:
    for k in d:
        del d[k]
except RuntimeError, e:
    print 'RuntimeError:', e
print len(d) < 10
d = {'a': 1, 'b': 2}
try:
    for k in d.iterkeys():
        d[k] = 99
    print 'value update during iteration allowed', sorted(d.items())
except RuntimeError, e:
    print 'RuntimeError:', e
d = {'x': 1}
it = d.iteritems()
d['y'] = 2
try:
    it.next()
except RuntimeError, e:
    print 'RuntimeError:', e
s = set([1, 2, 3])
try:
    for x in s:
        s.discard(x)
except RuntimeError, e:
    print 'RuntimeError:', e
l = [1, 2, 3, 4, 5, 6]
for x in l:
    if x % 2 == 0:
        l.remove(x)
print l
l = [1, 2, 3]
for i, x in enumerate(l):
    if i < 3:
        l.append(x * 10)
print l
counts = {}
for word in 'a b a c b a'.split():
    counts[word] = counts.get(word, 0) + 1
for word in list(counts):
    if counts[word] == 1:
        del counts[word]
print counts
d = dict.fromkeys(range(20))
for k in list(d):
    if k > 2:
        d.pop(k)
print d
