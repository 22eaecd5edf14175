# datetime.timedelta: normalisation, arithmetic, comparisons, str/repr, limits and errors.
from datetime import timedelta
import pickle


def show(expr):
    try:
        v = eval(expr)
        print expr, '->', repr(v)
    except Exception as e:
        print expr, '!!', type(e).__name__, e


def err(expr):
    # Binary-operator TypeErrors name the type; print the exception class only.
    try:
        print expr, '->', repr(eval(expr))
    except Exception as e:
        print expr, '!!', type(e).__name__


for e in ["timedelta()", "timedelta(1, 3600)", "timedelta(0, 0, 1)", "timedelta(-1)",
          "timedelta(seconds=-1)", "timedelta(microseconds=-1)", "timedelta(hours=25)",
          "timedelta(weeks=1, days=1, hours=1, minutes=1, seconds=1, milliseconds=1, microseconds=1)",
          "timedelta(days=1.5)", "timedelta(seconds=0.5)", "timedelta(microseconds=0.5)",
          "timedelta(microseconds=1.5)", "timedelta(microseconds=2.5)",
          "timedelta(microseconds=-0.5)", "timedelta(seconds=0.0000015)",
          "timedelta(days=-1, seconds=0.5)", "timedelta(hours=-1.25)", "timedelta(10L, 5L)",
          "timedelta(days=1e9)", "timedelta(1000000000)", "timedelta(-1000000000)",
          "timedelta('a')", "timedelta(seconds=None)",
          "timedelta.min", "timedelta.max", "timedelta.resolution",
          "timedelta.max + timedelta.resolution", "timedelta.min - timedelta(1)"]:
    show(e)

for td in [timedelta(0), timedelta(1), timedelta(2, 5), timedelta(-1, 86399, 500000),
           timedelta(-3, 7, 8), timedelta(0, 3661, 1000), timedelta(999999999)]:
    print str(td), '|', repr(td), td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td)

a = timedelta(1, 2, 3)
b = timedelta(0, 86399, 999999)
for e in ["a + b", "a - b", "b - a", "-a", "+a", "abs(-a)", "a * 3", "3 * a", "a * -2",
          "a * 10L", "a // 7", "a / 7", "b // 1000000", "a / 0", "a // 0", "a == timedelta(1, 2, 3)",
          "a != b", "a < b", "a > b", "a <= a", "a >= b", "a == 5", "a != 5", "a < 5", "a >= 'x'",
          "cmp(a, b)", "cmp(b, a)", "sorted([a, b, -a])", "max(a, b)",
          "hash(a) == hash(timedelta(days=1, seconds=2, microseconds=3))",
          "hash(timedelta(hours=24)) == hash(timedelta(1))", "timedelta(1) in {timedelta(days=1): 1}"]:
    show(e)

for e in ["a * 1.5", "a / a", "a % 3", "divmod(a, 3)", "a + 5", "5 - a"]:
    err(e)

for name in ['days', 'seconds', 'microseconds']:
    try:
        setattr(a, name, 5)
        print 'set', name
    except (AttributeError, TypeError) as e:
        print type(e).__name__, name, e

print a.__reduce__()[1]
for proto in (0, 1, 2):
    print repr(pickle.loads(pickle.dumps(a, proto))), pickle.loads(pickle.dumps(b, proto)) == b


class Sub(timedelta):
    pass

s = Sub(hours=1)
print repr(s), str(s), isinstance(s, timedelta), repr(s + s)
print timedelta.__module__, timedelta.__name__
