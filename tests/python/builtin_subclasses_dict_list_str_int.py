class DefaultDict(dict):
    def __init__(self, default, *a, **kw):
        dict.__init__(self, *a, **kw)
        self.default = default
    def __missing__(self, key):
        self[key] = value = self.default()
        return value
dd = DefaultDict(list, a=[1])
dd['b'].append(2)
dd['a'].append(3)
print sorted(dd.items()), isinstance(dd, dict), type(dd).__name__, len(dd)
print dd.get('zzz'), 'zzz' in dd

class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
    def __setattr__(self, k, v):
        self[k] = v
ad = AttrDict(x=1)
ad.y = 2
print ad.x, ad.y, sorted(ad.items())
try:
    ad.nope
except AttributeError, e:
    print 'AttributeError:', e

class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print s, s.peek(), len(s), s[1:3], type(s[1:3]).__name__, type(s + [5]).__name__
print isinstance(s, list), sorted(s, reverse=True)

class Name(str):
    def __new__(cls, value):
        return str.__new__(cls, value.strip().title())
    def initials(self):
        return ''.join(w[0] for w in self.split())
n = Name('  ada lovelace ')
print n, repr(n), n.initials(), len(n), n.upper(), type(n.upper()).__name__, n == 'Ada Lovelace'
print n + '!', type(n + '!').__name__

class Celsius(float):
    def __new__(cls, v):
        if v < -273.15:
            raise ValueError('too cold')
        return float.__new__(cls, v)
    def to_f(self):
        return self * 9 / 5 + 32
c = Celsius(100)
print c, c.to_f(), c + 1, type(c + 1).__name__, isinstance(c, float)
try:
    Celsius(-300)
except ValueError, e:
    print 'ValueError:', e

class Even(int):
    def __new__(cls, v):
        return int.__new__(cls, v - v % 2)
    def __repr__(self):
        return 'Even(%d)' % self
e = Even(7)
print e, repr(e), e + 1, type(e + 1).__name__, e * 2, Even(10) == 10, hash(Even(4)) == hash(4)
class Tup(tuple):
    def __new__(cls, *items):
        return tuple.__new__(cls, items)
    def first(self):
        return self[0]
t = Tup(3, 4, 5)
print t, t.first(), len(t), type(t[:2]).__name__
class MySet(set):
    pass
ms = MySet([1, 2])
print sorted(ms | set([3])), type(ms | set([3])).__name__, type(ms.copy()).__name__
