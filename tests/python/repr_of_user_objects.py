class NoRepr(object):
    pass
class OldNoRepr:
    pass
r = repr(NoRepr())
print r.startswith('<__main__.NoRepr object at 0x'), r.endswith('>')
r = repr(OldNoRepr())
print r.startswith('<__main__.OldNoRepr instance at 0x')
print repr(NoRepr), repr(OldNoRepr).startswith('<class __main__.OldNoRepr at')
def func():
    pass
print repr(func).startswith('<function func at 0x'), repr(len), repr(int.__add__), repr(str.join)
print repr([].append).startswith('<built-in method append of list object at')
print repr(NoRepr.__init__), repr(object.__init__)
class M(object):
    def meth(self):
        pass
print repr(M.meth)
print repr(M().meth).startswith('<bound method M.meth of <__main__.M object at')
import sys
print repr(sys)[:20], repr(type(sys))
print repr(None), repr(Ellipsis), repr(NotImplemented), repr(type(None))
print repr(iter([])).startswith('<listiterator object at')
print repr((x for x in [])).startswith('<generator object <genexpr> at')
class Point(object):
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self.x, self.y)
class Point3(Point):
    pass
print Point(1, 'a'), Point3(2.5, None), [Point(0, 0)], {'p': Point(1, 1)}, (Point(1, 2),)
print str(Point(1, 2)), '%s and %r' % (Point(1, 2), Point(3, 4))
class Tree(object):
    def __init__(self, v, *kids):
        self.v, self.kids = v, list(kids)
    def __repr__(self):
        if not self.kids:
            return 'Tree(%r)' % self.v
        return 'Tree(%r, %s)' % (self.v, ', '.join(map(repr, self.kids)))
print Tree(1, Tree(2), Tree(3, Tree(4)))
class StrOnly(object):
    def __str__(self):
        return 'str!'
print str(StrOnly()), repr(StrOnly()).startswith('<__main__.StrOnly')
print repr(ValueError), repr(ValueError('m')), repr(KeyError()), repr(Exception(1, 'two'))
print repr(object), repr(type), repr(dict), repr(property), repr(Point)
print repr(u'\u1234abc'), repr('\x00\x7f\xff'), repr("'"), repr('"'), repr('\'"')
