# every binary operator over int, long, float, complex and bool operands: value, type, error
import sys
vals = [0, 7, -3, True, sys.maxint, -sys.maxint - 1, 5L, -(2 ** 70), 2.5, -0.0, 1e300, 3 + 4j, 0j]
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
       ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
       ('divmod', divmod), ('**', lambda a, b: a ** b), ('<<', lambda a, b: a << b),
       ('>>', lambda a, b: a >> b), ('&', lambda a, b: a & b), ('|', lambda a, b: a | b),
       ('^', lambda a, b: a ^ b), ('==', lambda a, b: a == b), ('<', lambda a, b: a < b)]
for name, f in ops:
    for a in vals:
        out = []
        for b in vals:
            if name == '**' and isinstance(b, (int, long)) and not isinstance(b, bool) and b > 64:
                continue
            if name == '<<' and isinstance(b, (int, long)) and b > 64:
                continue
            try:
                r = f(a, b)
                if isinstance(r, tuple):
                    out.append('(%s)' % ','.join('%r:%s' % (x, type(x).__name__[0]) for x in r))
                else:
                    out.append('%r:%s' % (r, type(r).__name__[0]))
            except Exception as e:
                out.append('%s(%s)' % (type(e).__name__, str(e)[:30]))
        print name, repr(a), ' '.join(out)
for a in vals:
    r = []
    for f in [lambda x: -x, lambda x: +x, abs, lambda x: ~x, int, long, float, complex, hash, bool, hex, oct]:
        try:
            v = f(a)
            r.append('%r:%s' % (v, type(v).__name__[0]))
        except Exception as e:
            r.append('%s(%s)' % (type(e).__name__, e))
    print repr(a), ' '.join(r)
