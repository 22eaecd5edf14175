d = {}
for i in range(20):
    d[i * 7 % 23] = i
print d
for k in [0, 7, 14, 21, 5]:
    del d[k]
print d
d[100] = 'x'
d[0] = 'back'
print d
print d.keys()
print d.values()
print d.items()

s = {}
for word in 'the quick brown fox jumps over the lazy dog and then some more words'.split():
    s[word] = s.get(word, 0) + 1
print s
for w in ['the', 'fox', 'lazy']:
    del s[w]
print s
s['fox'] = 99
print s

big = dict((i, i * i) for i in range(100))
for i in range(0, 100, 3):
    del big[i]
print big.keys()[:20]
print len(big)
for i in range(1000, 1010):
    big[i] = -i
print big.keys()[-15:]

strs = dict.fromkeys(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'], 0)
print strs
del strs['gamma']
strs['iota'] = 1
print strs
print list(strs)
print dict.fromkeys('abcdefghij')
t = {(1, 2): 'a', (2, 1): 'b', (0, 0): 'c', 'str': 'd', 3.5: 'e', -1: 'f', False: 'g'}
print t
neg = {-1: 'a', -2: 'b', 2 ** 40: 'c', 2 ** 64: 'd'}
print neg
