# Python 2 classic division and floor-modulo semantics.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, 7), (-1, 7), (6, 3), (-6, 3)]
for a, b in pairs:
    print a, b, '/', a / b, '//', a // b, '%', a % b, 'divmod', divmod(a, b)

print 'longs'
for a, b in [(7L, 2), (-7L, 2L), (7, -2L), (-10 ** 20, 7), (10 ** 20, -7), (-(10 ** 20), -7)]:
    print a / b, a // b, a % b, divmod(a, b)

print 'floats'
for a, b in [(7.0, 2), (-7.0, 2), (7, -2.0), (-7.5, -2), (5.5, 1.5), (-5.5, 1.5), (1e10, 3.0)]:
    print repr(a / b), repr(a // b), repr(a % b), divmod(a, b)

print repr(-0.0 % 5), repr(0.0 % -5), repr(-1e-20 % 1.0)
print repr(3 % -0.5), repr(-3 % 0.5)

for expr in ['1 / 0', '1 % 0', '1 // 0', '1.0 / 0', '1 % 0.0', 'divmod(1, 0)', '5L / 0', 'divmod(2.0, 0.0)', '0 ** -1']:
    try:
        eval(expr)
    except ZeroDivisionError, e:
        print expr, '->', 'ZeroDivisionError:', e

print 7 / 2.0, 1 / 3.0, 2 ** -1, -2 ** 2, (-2) ** 2
print 10 / 4 * 4, 10 // 4 * 4 + 10 % 4
print -7 / 2 * 2 + -7 % 2
import operator
print operator.div(9, 4), operator.truediv(9, 4), operator.floordiv(-9, 4), operator.mod(-9, 4)
print int(-7 / 2.0), int(7 / -2.0), round(-3.5), round(3.5), round(2.5)
print divmod(-17, 5), divmod(17, -5), divmod(-17.0, 5), divmod(17, -5.0)
x = 17
x /= 3
print x
x = -17
x %= 3
print x
x = 17.0
x //= -3
print x
