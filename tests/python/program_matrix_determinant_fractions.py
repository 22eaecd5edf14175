from fractions import Fraction
def det(m):
    n = len(m)
    m = [[Fraction(x) for x in row] for row in m]
    sign = 1
    result = Fraction(1)
    for col in range(n):
        pivot = None
        for r in range(col, n):
            if m[r][col] != 0:
                pivot = r
                break
        if pivot is None:
            return Fraction(0)
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            sign = -sign
        result *= m[col][col]
        for r in range(col + 1, n):
            factor = m[r][col] / m[col][col]
            for c in range(col, n):
                m[r][c] -= factor * m[col][c]
    return sign * result
print det([[1, 2], [3, 4]]), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[1, 2], [2, 4]])
print det([[0, 1], [1, 0]]), det([[Fraction(1, 2), Fraction(1, 3)], [Fraction(1, 4), Fraction(1, 5)]])
hilbert = [[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)]
print det(hilbert)
f = Fraction(3, 4)
print f, f + 1, f * f, f / 3, f - Fraction(1, 4), -f, abs(-f), f ** 2, float(f), int(Fraction(7, 2))
print Fraction('0.125'), Fraction(0.5), Fraction(10, -4), Fraction(1, 3) < Fraction(1, 2), Fraction(2, 4) == Fraction(1, 2)
print repr(Fraction(1, 3)), str(Fraction(6, 3)), Fraction(1, 3).numerator, Fraction(1, 3).denominator
print sum(Fraction(1, n) for n in range(1, 11)), Fraction(1, 3) + 0.5, Fraction(5) == 5
try:
    Fraction(1, 0)
except ZeroDivisionError, e:
    print 'ZeroDivisionError:', e
print Fraction(355, 113).limit_denominator(10), Fraction(3.141592653589793).limit_denominator(1000)
from decimal import Decimal, getcontext
print Decimal('0.1') + Decimal('0.2'), Decimal('1') / Decimal('3'), Decimal('2.50') * 2, Decimal(10) ** -2
getcontext().prec = 6
print Decimal(1) / Decimal(7), Decimal('1.23456789') + 0, Decimal('-0'), Decimal('1e3'), repr(Decimal('3.0'))
print Decimal('1.005').quantize(Decimal('0.01')), sorted([Decimal('2'), Decimal('1.5'), Decimal('-3')])
