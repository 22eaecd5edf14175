class Version(object):
    def __init__(self, text):
        self.text = text
        self.parts = tuple(int(p) for p in text.split('.'))
    def _cmp(self, other):
        a, b = list(self.parts), list(other.parts)
        while len(a) < len(b):
            a.append(0)
        while len(b) < len(a):
            b.append(0)
        return cmp(a, b)
    def __lt__(self, o): return self._cmp(o) < 0
    def __le__(self, o): return self._cmp(o) <= 0
    def __eq__(self, o): return isinstance(o, Version) and self._cmp(o) == 0
    def __ne__(self, o): return not self == o
    def __gt__(self, o): return self._cmp(o) > 0
    def __ge__(self, o): return self._cmp(o) >= 0
    def __hash__(self):
        p = list(self.parts)
        while p and p[-1] == 0:
            p.pop()
        return hash(tuple(p))
    def __repr__(self):
        return 'V(%s)' % self.text
vs = [Version(s) for s in ['1.10', '1.2', '1.2.0', '0.9.9', '2', '1.2.1', '10.0']]
print sorted(vs)
print max(vs), min(vs)
print Version('1.2') == Version('1.2.0'), Version('1.2') != Version('1.2.0.0'), Version('1.2') < Version('1.10')
print Version('2.0') >= Version('2'), Version('3') <= Version('2.9'), Version('1') > Version('0.99')
print len(set(vs)), sorted(set(vs))
print [v for v in vs if Version('1.0') <= v < Version('2.0')]
print Version('1.2') in vs, vs.index(Version('1.2.0')), vs.count(Version('1.2'))
print Version('1.0') == '1.0', Version('1.0') != '1.0'
print sorted(vs, reverse=True)[:3]
import bisect
ordered = sorted(vs)
print bisect.bisect(ordered, Version('1.5')), bisect.bisect_left(ordered, Version('1.2'))
