# cmath.sqrt and cmath.exp on infinities and NaNs
import cmath
inf = float('inf')
nan = float('nan')
parts = [0.0, -0.0, 1.5, -2.0, inf, -inf, nan]
for f in [cmath.sqrt, cmath.exp]:
    for re in parts:
        out = []
        for im in parts:
            try:
                out.append(repr(f(complex(re, im))))
            except (ValueError, OverflowError) as e:
                out.append('%s(%s)' % (type(e).__name__, e))
        print f.__name__, repr(re), ' '.join(out)
