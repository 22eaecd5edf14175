# datetime.date: construction and its errors, ordinals, calendars, formatting, arithmetic.
from datetime import date, timedelta, MINYEAR, MAXYEAR
import datetime as dt_mod
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

print MINYEAR, MAXYEAR, date.__module__, date.__name__
for e in ["date(2020, 2, 29)", "date(1, 1, 1)", "date(9999, 12, 31)", "date(2019, 2, 29)",
          "date(2000, 2, 29)", "date(1900, 2, 29)", "date(0, 1, 1)", "date(10000, 1, 1)",
          "date(2020, 0, 1)", "date(2020, 13, 1)", "date(2020, 4, 31)", "date(2020, 1, 0)",
          "date(2020.0, 1, 1)", "date('a', 1, 1)", "date(2020, 1)", "date(2020L, 1L, 2L)",
          "date(year=2001, month=3, day=4)", "date.min", "date.max", "date.resolution",
          "date.fromordinal(1)", "date.fromordinal(737484)", "date.fromordinal(3652059)",
          "date.fromordinal(0)", "date.fromordinal(3652060)", "date.max.toordinal()"]:
    show(e)

for d in [date(1, 1, 1), date(1970, 1, 1), date(2000, 2, 29), date(2004, 12, 31),
          date(2005, 1, 1), date(2008, 12, 29), date(2009, 12, 31), date(2010, 1, 3),
          date(2020, 2, 29), date(2021, 1, 3), date(1600, 3, 1), date(9999, 12, 31)]:
    o = d.toordinal()
    print d, repr(d), o, date.fromordinal(o) == d, d.weekday(), d.isoweekday(), d.isocalendar(),
    print d.isoformat(), d.ctime(), d.year, d.month, d.day
    print ' ', tuple(d.timetuple())

# Ordinal round trip over many days, against an independent day count.
d0 = date(1999, 12, 25)
n = d0.toordinal()
ok = True
prev = d0
for i in range(1, 800):
    d = date.fromordinal(n + i)
    if d - prev != timedelta(1) or d.toordinal() != n + i:
        ok = False
    prev = d
print 'round trip', ok, prev

d = date(2020, 2, 29)
for e in ["d + timedelta(1)", "d - timedelta(60)", "timedelta(days=365) + d",
          "d + timedelta(hours=47)", "d - timedelta(seconds=1)", "d - date(2019, 2, 28)",
          "date(2019, 2, 28) - d", "date.max + timedelta(1)", "date.min - timedelta(1)",
          "d == date(2020, 2, 29)", "d != date(2020, 2, 29)", "d < date(2020, 3, 1)",
          "d > date(2020, 3, 1)", "d >= d", "d == 5", "d != 5", "d < 5", "d > 'x'",
          "cmp(d, date(2021, 1, 1))", "sorted([date(2020, 1, 2), date(2019, 5, 5), d])",
          "hash(d) == hash(date(2020, 2, 29))", "{d: 1}[date(2020, 2, 29)]", "bool(date.min)",
          "d.replace(year=2021)", "d.replace(2024)", "d.replace(month=3, day=31)",
          "d.replace(day=30)", "d.replace(year=2019)", "format(d, '')", "format(d, '%d/%m/%Y')",
          "'{0:%Y}|{0}'.format(d)", "d.__format__(5)", "d.strftime('%Y-%m-%d %A %B %j %U %w')",
          "d.strftime('%H:%M:%S %f')", "date(1850, 1, 1).strftime('%Y')", "str(d)"]:
    show(e)

for e in ["d - 5", "d + d", "d + 1", "5 - d"]:
    err(e)

try:
    d.year = 5
except AttributeError as e:
    print 'AttributeError', e
try:
    d.foo = 5
except AttributeError as e:
    print 'AttributeError', e

print d.__reduce__()[1]
for proto in (0, 1, 2):
    print repr(pickle.loads(pickle.dumps(d, proto)))


class MyDate(date):
    def __repr__(self):
        return 'MyDate<%s>' % self.isoformat()

m = MyDate(2020, 5, 17)
print repr(m), repr(m.replace(day=1)), repr(m + timedelta(1)), repr(MyDate.fromordinal(5))
print isinstance(m, date), m == date(2020, 5, 17), m.weekday()


class D2(date):
    pass
print repr(D2(2001, 2, 3))
print dt_mod.date is date
