# popitem/pop order of dicts and sets (CPython's table walk), dict order after many deletes and
# an update, equal keys of different numeric types, and sum() refusing unicode strings.
d = dict.fromkeys(range(10)); print [d.popitem() for _ in range(4)], d
d = dict((str(i), i) for i in range(20)); print [d.popitem()[0] for _ in range(5)]
d = {}; d['a'] = 1; del d['a']; d['b'] = 2; print d.popitem()
s = set(range(10)); print [s.pop() for _ in range(3)], s
s = set('abcdefgh'); print [s.pop() for _ in range(3)]
print sum([], u'a') if False else 'skip'
try:
    sum([u'a'], u'')
except TypeError as e: print e
d = {}
for i in range(100): d[i * 7 % 13, i] = i
print d.keys()[:10], len(d)
for i in range(0, 100, 2): del d[i * 7 % 13, i]
print d.keys()[:10], len(d)
d.update({(99, 99): 0}); print d.keys()[:5]
print {1: 1, 1.0: 2, True: 3}
