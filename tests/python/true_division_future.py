from __future__ import division
print 7 / 2, -7 / 2, 7 // 2, -7 // 2
print 1 / 3, 2 / 1, type(4 / 2).__name__
print 10L / 4, 10 ** 20 / 10 ** 19
print 7.5 / 2.5, 7.5 // 2
x = 9
x /= 2
print x
import operator
print operator.truediv(1, 4), operator.div(1, 4)
try:
    1 / 0
except ZeroDivisionError, e:
    print 'ZeroDivisionError:', e
try:
    1 // 0
except ZeroDivisionError, e:
    print 'ZeroDivisionError:', e
try:
    (10 ** 400) / 1
except OverflowError, e:
    print 'OverflowError:', e
print (10 ** 400) // (10 ** 399)
print 2 ** 53 / 1
class Num(object):
    def __init__(self, v):
        self.v = v
    def __truediv__(self, other):
        return 'truediv(%s, %s)' % (self.v, other)
    def __div__(self, other):
        return 'div'
    def __rtruediv__(self, other):
        return 'rtruediv(%s, %s)' % (other, self.v)
    def __floordiv__(self, other):
        return 'floordiv'
print Num(1) / 2, 3 / Num(4), Num(5) // 6
code = compile('print 1 / 2', '<s>', 'exec')
exec code
exec 'print 1 / 2'
print eval('3 / 4')
