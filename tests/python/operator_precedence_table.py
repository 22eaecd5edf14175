print -2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -2
print 2 + 3 * 4 ** 2, (2 + 3) * 4, 2 * 3 % 4, 2 * (3 % 4), 17 % 5 * 3, 17 // 5 * 3
print 1 + 2 << 3, 1 + (2 << 3), 1 << 2 + 3, 6 & 3 | 8, 6 & (3 | 8), 6 ^ 3 & 1, (6 ^ 3) & 1
print 1 | 2 == 3, (1 | 2) == 3, 1 < 2 == 2, not 1 == 2, not (1 == 2), not 1 + 1
print True or False and False, (True or False) and False, not True or True, not (True or True)
print 1 if True else 2 + 10, (1 if True else 2) + 10, [x for x in 1, 2] if False else 'skip'
f = lambda x: x + 1 if x else -1
print f(0), f(5)
print 'a' + 'b' * 3, ('a' + 'b') * 3, -3 % 5, -(3 % 5), ~1 + 1, ~(1 + 1)
print 2 * 3 ** 2, (2 * 3) ** 2, 2 ** 3 ** 0, 10 - 5 - 2, 10 - (5 - 2), 100 / 10 / 5, 100 / (10 / 5)
print 1 <> 2, 1 <> 1, `1 + 2`, `[1, 2]` + 'x'
a = [1, 2, 3]
print a[1] ** 2, -a[0], not a, a and a[0], a[1:][0]
print 3 in a and 4 not in a, (3 in a) == True, 3 in a == True
x = 5
print 0 < x < 10 == True, (0 < x < 10) == True
print 2 + 2 == 4 and 'yes' or 'no', None or [] or 0 or 'last'
print -x ** 2, (-x) ** 2, +x - -x, x---x if False else 'skip', - - x
d = {'k': [10, 20]}
print d['k'][1] * 2, len(d['k']) + 1, 'k' in d and d['k'][0]
print 7 // 2 * 2 + 7 % 2, divmod(7, 2)[0] * 2 + divmod(7, 2)[1]
print 1e2 ** 0.5, 4 ** .5, 8 ** 1 / 3, 8 ** (1.0 / 3)
print (lambda: 1)() + 1, [lambda: 2][0]()
