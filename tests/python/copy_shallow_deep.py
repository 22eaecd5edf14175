import copy
orig = {'nums': [1, 2, [3, 4]], 'name': 'orig', 't': (1, [2])}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig['nums'][2].append(5)
orig['t'][1].append(3)
orig['name'] = 'changed'
print sh
print dp
print sh['nums'] is orig['nums'], dp['nums'] is orig['nums'], dp['t'] is orig['t']

class Node(object):
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return 'Node(%r, %r)' % (self.val, self.children)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
t2.children[1].children[0].val = 'changed'
print tree
print t2
t3 = copy.copy(tree)
t3.children.append(Node(5))
print len(tree.children), t3.val

a = [1]
a.append(a)
b = copy.deepcopy(a)
print b[1] is b, b is not a, len(b)

class Custom(object):
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print '__copy__ called'
        return Custom(self.v + ' (copied)')
    def __deepcopy__(self, memo):
        print '__deepcopy__ called'
        return Custom(self.v + ' (deep)')
print copy.copy(Custom('x')).v, copy.deepcopy([Custom('y')])[0].v

class Old:
    def __init__(self):
        self.items = [1]
o = Old()
o2 = copy.deepcopy(o)
o2.items.append(2)
print o.items, o2.items, o2.__class__.__name__
print copy.copy(5), copy.copy('s'), copy.deepcopy((1, 2)), copy.copy([1, 2]) == [1, 2]
tup = (1, 2)
print copy.copy(tup) is tup, copy.deepcopy(tup) is tup
shared = [0]
pair = [shared, shared]
dpair = copy.deepcopy(pair)
print dpair[0] is dpair[1]
s = set([1, 2])
print copy.copy(s), copy.deepcopy({'k': set([3])})
class Slots(object):
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
        self.b = 2
sc = copy.deepcopy(Slots())
print sc.a, sc.b
d = dict(x=[1])
print copy.copy(d)['x'] is d['x'], d.copy()['x'] is d['x']
