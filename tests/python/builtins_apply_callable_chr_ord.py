def f(a, b=2, *rest, **kw):
    return a, b, rest, sorted(kw.items())
print apply(f, (1,)), apply(f, (1, 3, 4)), apply(f, (1,), {'b': 7, 'z': 0}), apply(len, ['abc'])
try:
    apply(f, 1)
except TypeError, e:
    print 'TypeError:', e
print callable(f), callable(len), callable(1), callable(int), callable('s'), callable(lambda: 0)
class C(object):
    def __call__(self):
        return 'called'
class D(object):
    pass
class Old:
    pass
class OldCall:
    def __call__(self):
        return 'old called'
print callable(C), callable(C()), callable(D()), callable(Old), callable(Old()), callable(OldCall())
print C()(), OldCall()()
try:
    D()()
except TypeError, e:
    print 'TypeError:', e
try:
    Old()()
except AttributeError, e:
    print 'AttributeError:', e
try:
    5()
except TypeError, e:
    print 'TypeError:', e
print chr(65), chr(0) == '\x00', repr(chr(255)), repr(chr(10))
for bad in [256, -1]:
    try:
        chr(bad)
    except ValueError, e:
        print 'ValueError:', e
try:
    chr('a')
except TypeError, e:
    print 'TypeError:', e
print ord('a'), ord('\xff'), ord(u'\u20ac'), ord(u'a'), ord(chr(200))
for bad in ['ab', '', u'xy']:
    try:
        ord(bad)
    except TypeError, e:
        print 'TypeError:', e
try:
    ord(5)
except TypeError, e:
    print 'TypeError:', e
print ''.join(chr(ord(c) + 1) for c in 'HAL'), [ord(c) for c in 'Py']
print unichr(97), repr(unichr(0x263a)), repr(unichr(0))
def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha():
            base = ord('a') if c.islower() else ord('A')
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return ''.join(out)
print caesar('Hello, World!', 3), caesar(caesar('Hello, World!', 3), -3)
