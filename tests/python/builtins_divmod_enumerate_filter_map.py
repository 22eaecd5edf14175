print divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 7), divmod(True, 2)
try:
    divmod('a', 1)
except TypeError, e:
    print 'TypeError:', e
class DM(object):
    def __divmod__(self, o):
        return 'dm', o
    def __rdivmod__(self, o):
        return 'rdm', o
print divmod(DM(), 3), divmod(3, DM())
print list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)), list(enumerate('ab', start=-1))
e = enumerate(x * 2 for x in range(3))
print e.next(), list(e)
print filter(None, [0, 1, '', 'x', [], [0], None]), filter(lambda c: c.isupper(), 'HeLLo'), filter(None, (0, 2, 3))
print type(filter(None, 'ab')).__name__, type(filter(None, (1,))).__name__, type(filter(None, u'ab')).__name__
print filter(lambda x: x > 1, set([1, 2, 3])) if False else sorted(filter(lambda x: x > 1, set([1, 2, 3])))
print map(str, [1, 2, 3]), map(None, [1, 2]), map(None, [1, 2], 'abc'), map(lambda a, b: a + b, [1, 2], [10, 20])
print map(len, ['a', 'bb']), map(lambda x: x * 2, 'ab'), map(max, [1, 5], [4, 2], [3, 3])
try:
    map(lambda a, b: a, [1], [1, 2])
except TypeError, e:
    print 'TypeError:', e
try:
    map(5, [1])
except TypeError, e:
    print 'TypeError:', e
words = ['Apple', 'bob', 'Cat', 'dog']
print map(str.upper, words), filter(str.istitle, words)
pairs = zip(range(5), 'abcde')
print map(lambda (i, c): c * i, pairs)
print reduce(lambda a, b: a + b, map(int, '12345')), sum(map(ord, 'abc'))
def gen():
    yield 1
    yield 2
print map(None, gen()), filter(None, gen())
