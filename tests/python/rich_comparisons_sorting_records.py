# Rich comparison methods and sorting with key, cmp and reverse on records.

class Version(object):
    def __init__(self, s):
        self.s = s
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o):
        return self.parts == o.parts
    def __ne__(self, o):
        return self.parts != o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __repr__(self):
        return 'V%s' % self.s

vs = [Version(s) for s in ['1.10', '1.2', '1.2.1', '0.9.9', '2.0', '1.2']]
print sorted(vs)
print sorted(vs, reverse=True)
print max(vs), min(vs)
print Version('1.2') == Version('1.2'), Version('1.2') != Version('1.2.0'), Version('1.2') < Version('1.2.0')
print Version('3.0') >= Version('3.0'), Version('2.9') > Version('10.0')

people = [('alice', 31, 'nyc'), ('bob', 25, 'sf'), ('carol', 31, 'la'),
          ('dave', 25, 'nyc'), ('eve', 40, 'sf'), ('frank', 31, 'sf')]
print sorted(people, key=lambda p: p[1])
print sorted(people, key=lambda p: (-p[1], p[0]))
print sorted(people, cmp=lambda a, b: cmp(a[2], b[2]) or cmp(b[0], a[0]))
print sorted(people, key=lambda p: p[2], reverse=True)
by_city = sorted(people, key=lambda p: p[2])
by_city_age = sorted(by_city, key=lambda p: p[1])
print [p[0] for p in by_city_age]
words = 'The quick Brown fox Jumps over the lazy Dog'.split()
print sorted(words)
print sorted(words, key=str.lower)
print sorted(words, key=len, reverse=True)
print sorted(words, cmp=lambda a, b: cmp(len(a), len(b)) or cmp(a.lower(), b.lower()))
lst = [5, 3, 9, 1, 7]
lst.sort(reverse=True)
print lst
lst.sort(cmp=lambda a, b: (a % 3) - (b % 3))
print lst

class OnlyLt(object):
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return 'L%d' % self.v
print sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)])
print OnlyLt(1) > OnlyLt(0), OnlyLt(5) > OnlyLt(9)

class Reverse(object):
    def __init__(self, v):
        self.v = v
    def __cmp__(self, o):
        return cmp(o.v, self.v)
    def __repr__(self):
        return 'R%d' % self.v
print sorted([Reverse(i) for i in [2, 8, 1, 5]])
print Reverse(1) > Reverse(2), Reverse(3) == Reverse(3)
print [1, 2, 3] < [1, 2, 4], (1, 'a') < (1, 'b'), [1, 2] < [1, 2, 0], 'abc' < 'abd'
print cmp((1, 2), (1, 3)), cmp('b', 'a'), cmp(3, 3)
