# xrange: argument errors, C-long limits (sys.maxint items allowed, more is OverflowError),
# indexing, membership, reversed, reprs, __reduce__ and the iterator's __length_hint__.
import sys
def t(src):
    try:
        r = eval(src)
        print src, '->', repr(r)
    except Exception as e:
        print src, type(e).__name__, e
for src in ["xrange(1.5)", "xrange('a')", "xrange(1, 2, 0)", "xrange()", "xrange(1, 2, 3, 4)", "xrange(2**63)", "xrange(-2**63, 0)", "len(xrange(-2**62, 2**62))", "xrange(0, 10, 3)[-1]", "xrange(5)[5]", "xrange(5)[-6]",
  "xrange(5)['a']", "xrange(5)[1:2]", "3 in xrange(5)", "3.0 in xrange(5)", "'a' in xrange(5)", "list(reversed(xrange(0, 10, 3)))", "list(reversed(xrange(0)))", "xrange(3) == xrange(3)", "repr(xrange(0))", "repr(xrange(5, 1))", "repr(xrange(1, 2, -1))",
  "xrange(sys.maxint - 1, sys.maxint)[0]", "list(xrange(sys.maxint - 2, sys.maxint))", "xrange(10, -10, -7)", "list(xrange(10, -10, -7))", "xrange(True)", "xrange(2L)", "xrange(x=1)", "iter(xrange(3)).__length_hint__()", "sum(xrange(101))",
  "xrange(0, 10, 2).__reduce__()", "xrange(1).__len__()", "list(xrange(-5, -1))", "xrange(sys.maxint).__len__()", "xrange(-1, sys.maxint)"]:
    t(src)
