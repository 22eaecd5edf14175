# datetime.datetime (naive): construction, conversions, formatting, arithmetic, comparisons.
from datetime import datetime, date, time, timedelta
import pickle


def show(expr):
    try:
        v = eval(expr)
        print expr, '->', repr(v)
    except Exception as e:
        print expr, '!!', type(e).__name__, e


def err(expr):
    try:
        print expr, '->', repr(eval(expr))
    except Exception as e:
        print expr, '!!', type(e).__name__

print datetime.__module__, datetime.__name__, issubclass(datetime, date)
for e in ["datetime(2020, 2, 29, 13, 45, 10)", "datetime(2020, 2, 29)", "datetime(2020, 2, 29, 1)",
          "datetime(2020, 2, 29, 0, 0, 0, 5)", "datetime(2020, 2, 29, 0, 0, 7)",
          "datetime(2020, 2, 30)", "datetime(2020, 2, 29, 24)", "datetime(2020, 2, 29, 1, 60)",
          "datetime(2020, 2, 29, 1, 1, 60)", "datetime(2020, 2, 29, 1, 1, 1, 1000000)",
          "datetime(2020, 2, 29, 1.0)", "datetime(2020, 2)", "datetime(2020, 1, 1, tzinfo=3)",
          "datetime(year=2001, month=2, day=3, hour=4, minute=5, second=6, microsecond=7)",
          "datetime.min", "datetime.max", "datetime.resolution",
          "datetime.utcfromtimestamp(0)", "datetime.utcfromtimestamp(1582983910)",
          "datetime.utcfromtimestamp(1582983910.25)", "datetime.utcfromtimestamp(-1.5)",
          "datetime.utcfromtimestamp(0.0000004)", "datetime.utcfromtimestamp(1.9999996)",
          "datetime.utcfromtimestamp(1582983910L)",
          "datetime.combine(date(2020, 2, 29), time(13, 45, 10, 5))",
          "datetime.combine(1, time())", "datetime.combine(date(2020, 1, 1), 2)",
          "datetime.fromordinal(737484)", "date.fromordinal(737484)"]:
    show(e)

x = datetime(2020, 2, 29, 13, 45, 10, 250000)
for e in ["x.year", "x.month", "x.day", "x.hour", "x.minute", "x.second", "x.microsecond",
          "x.tzinfo", "x.date()", "x.time()", "x.timetz()", "x.toordinal()", "x.weekday()",
          "x.isoweekday()", "x.isocalendar()", "tuple(x.timetuple())", "tuple(x.utctimetuple())",
          "x.isoformat()", "x.isoformat(' ')", "x.isoformat('_')", "x.isoformat('ab')",
          "x.isoformat(5)", "str(x)", "str(x.replace(microsecond=0))", "x.ctime()",
          "x.utcoffset()", "x.dst()", "x.tzname()",
          "x.replace(year=2021)", "x.replace(hour=0, minute=0, second=0, microsecond=0)",
          "x.replace(day=31)", "x + timedelta(hours=12)", "x - timedelta(days=60, microseconds=1)",
          "timedelta(1) + x", "x - datetime(2020, 1, 1)", "datetime(2020, 1, 1) - x",
          "datetime.max + timedelta(microseconds=1)", "datetime.min - timedelta(microseconds=1)",
          "x == datetime(2020, 2, 29, 13, 45, 10, 250000)", "x != x", "x < x.replace(year=2021)",
          "x > datetime(2020, 2, 29)", "x <= x", "x >= datetime.max", "x == 5", "x != 5",
          "x < 5", "x == date(2020, 2, 29)", "date(2020, 2, 29) == x", "x != date(2020, 2, 29)",
          "x < date(2020, 2, 29)", "date(2020, 2, 29) < x", "date(2020, 2, 29) >= x",
          "hash(x) == hash(datetime(2020, 2, 29, 13, 45, 10, 250000))",
          "sorted([datetime(2020, 1, 1, 5), datetime(2019, 12, 31, 23), datetime(2020, 1, 1)])",
          "datetime(2020, 1, 1) in set([datetime(2020, 1, 1, 0, 0)])", "bool(datetime.min)",
          "format(x, '')", "format(x, '%Y/%m/%d %H.%M.%S.%f')", "'{0:%H:%M}'.format(x)"]:
    show(e)

for e in ["x - date(2020, 1, 1)", "x + x", "x + 1", "date(2020, 1, 1) - x"]:
    err(e)

try:
    x.hour = 3
except AttributeError as e:
    print 'AttributeError', e

print x.__reduce__()[1]
for proto in (0, 1, 2):
    y = pickle.loads(pickle.dumps(x, proto))
    print repr(y), y == x


class MyDT(datetime):
    pass

m = MyDT(2020, 1, 2, 3, 4)
print repr(m), repr(m.replace(minute=5)), repr(m + timedelta(0)), repr(MyDT.combine(date(2000, 1, 1), time(1)))
print repr(MyDT.utcfromtimestamp(86400)), type(MyDT.strptime('2001', '%Y')).__name__

# now()/today() only checked for type and plausibility.
n = datetime.now()
u = datetime.utcnow()
print type(n).__name__, type(u).__name__, abs(n - u) < timedelta(days=1), type(date.today()).__name__
print type(datetime.today()).__name__, datetime.fromtimestamp(0) - datetime.utcfromtimestamp(0) < timedelta(1)
