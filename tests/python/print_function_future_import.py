from __future__ import print_function
import sys
print('hello', 'world')
print('a', 'b', 'c', sep='-')
print('no newline', end='')
print(' <- continued')
print('multi', 'sep', sep=', ', end='!\n')
print()
print(1, 2.5, None, [1, 2], (3,), {'k': 'v'})
print('to stderr', file=sys.stderr)
class Sink(object):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
s = Sink()
print('captured', 42, file=s)
print('second', end='', file=s)
print(s.parts)
print(*range(5))
print(*['x', 'y'], sep='')
p = print
p('alias works')
print(print.__name__, callable(print))
try:
    print('x', bogus=1)
except TypeError as e:
    print('TypeError:', e)
try:
    print('x', sep=5)
except TypeError as e:
    print('TypeError:', e)
print('sep None', 'uses space', sep=None)
print('end None', end=None)
print('unicode', u'ok')
data = [('a', 1), ('b', 2)]
for k, v in data:
    print(k, v, sep='=', end='; ')
print()
print('%s and %d' % ('fmt', 3), '{0}'.format('braces'))
