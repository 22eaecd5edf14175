# cmath on finite arguments
import cmath
vals = [0j, 1, -1, 1j, -1j, 2 + 3j, -2.5 + 0.5j, 0.25 - 4j, 1e-300 + 1e-300j, 1e300 + 1e300j]
for f in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh',
          'asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh']:
    out = []
    for v in vals:
        try:
            out.append(repr(getattr(cmath, f)(v)))
        except (ValueError, OverflowError) as e:
            out.append('%s(%s)' % (type(e).__name__, e))
    print f, ' '.join(out)
print cmath.phase(-1), cmath.phase(-1 - 0j), cmath.phase(1j), cmath.polar(3 + 4j), cmath.rect(2, cmath.pi / 2)
print cmath.log(8, 2), cmath.log(1j, 1j), cmath.isinf(complex(1, float('inf'))), cmath.isnan(1j)
print cmath.pi, cmath.e
try:
    cmath.sqrt('x')
except TypeError as e:
    print e
