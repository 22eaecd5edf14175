import operator as op
print op.add(1, 2), op.sub(5, 3), op.mul('ab', 3), op.neg(4), op.pos(-4), op.abs(-2), op.mod(7, 3), op.pow(2, 5)
print op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(5), op.lshift(1, 4), op.rshift(32, 2), op.not_(0), op.truth([])
print op.lt(1, 2), op.le(2, 2), op.eq('a', 'a'), op.ne(1, 1), op.gt(3, 1), op.ge(0, 1), op.is_(None, None), op.is_not(1, None)
print op.concat([1], [2]), op.contains('abc', 'b'), op.countOf([1, 2, 1], 1), op.indexOf('xyz', 'z'), op.getitem([5, 6], 1)
l = [1, 2, 3]
op.setitem(l, 0, 'x')
op.delitem(l, 1)
print l, op.getslice if False else 'skip'
getname = op.attrgetter('name')
getboth = op.attrgetter('name', 'age')
class P(object):
    def __init__(self, name, age):
        self.name, self.age = name, age
        self.inner = self
people = [P('cy', 30), P('al', 25), P('bo', 30)]
print [getname(p) for p in people], getboth(people[0]), op.attrgetter('inner.inner.name')(people[1])
print [p.name for p in sorted(people, key=op.attrgetter('age', 'name'))]
rows = [('b', 2), ('a', 3), ('c', 1)]
print sorted(rows, key=op.itemgetter(1)), op.itemgetter(0, 1)(rows[0]), map(op.itemgetter(0), rows)
print op.methodcaller('upper')('abc'), op.methodcaller('split', ',')('a,b'), op.methodcaller('replace', 'a', b='x') if False else 'mc'
print reduce(op.mul, range(1, 6)), reduce(op.add, ['a', 'b', 'c'])
x = [1]
print op.iadd(x, [2]), x, op.iconcat([0], [9]), op.imul(3, 4)
print op.index(5), op.isSequenceType([]), op.isMappingType({}), op.isNumberType(1.5), op.div(7, 2), op.truediv(7, 2)
print op.__add__(2, 2), op.floordiv(-7, 2)
print sorted({'x': 3, 'y': 1, 'z': 2}.items(), key=op.itemgetter(1), reverse=True)
