def v(x):
    print 'eval(%r)' % (x,),
    return x
print v(0) or v('') or v('last')
print v(1) and v(2) and v(3)
print v(0) and v(1)
print v('x') or v('y')
print not v([]), not v([0])
print (v(1) and v(0)) or v('fallback')
print v(None) or v(0) or v([])
print 1 and 'a', 0 and 'a', '' or [], [] or (), None or 0
print [] and 1, {} or 'default', 'x' and None
print 1 if v(True) else v('never')
print v('never') if 0 else 'else branch'
x = 5
print 'small' if x < 3 else 'medium' if x < 10 else 'large'
print [i for i in range(10) if i % 2 and i % 3]
class Truth(object):
    def __init__(self, val, name):
        self.val, self.name = val, name
    def __nonzero__(self):
        print 'bool(%s)' % self.name,
        return self.val
    def __repr__(self):
        return self.name
r = Truth(False, 'F') or Truth(True, 'T')
print r
r = Truth(True, 'T1') and Truth(False, 'F1')
print r
print not Truth(True, 'N')
if Truth(False, 'A') or Truth(False, 'B'):
    print 'no'
else:
    print 'neither'
while Truth(False, 'W'):
    pass
print
print all([]) and any([1]), bool(0 or 0.0 or 0j or 0L)
print (1, 2) and [3], 0 or None, False or False is False
default = None
name = default or 'anonymous'
print name
cfg = {'debug': 0}
print cfg.get('debug') or 'not set', cfg.get('debug') is not None and 'set'
