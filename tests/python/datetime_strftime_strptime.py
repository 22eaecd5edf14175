# strftime (%f, %z, %Z and the C directives) on date/time/datetime; strptime through _strptime.
from datetime import datetime, date, time, timedelta, tzinfo
import time as _time


def show(expr):
    try:
        v = eval(expr)
        print expr, '->', repr(v)
    except Exception as e:
        print expr, '!!', type(e).__name__, e


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return None

    def tzname(self, dt):
        return self.name

x = datetime(2020, 2, 29, 13, 45, 10, 250)
d = date(2021, 12, 5)
t = time(7, 8, 9, 123456)
fmts = ['%Y-%m-%d %H:%M:%S', '%a %A %b %B %d %j', '%U %W %w %y %p %I', '%f', '%%f %%%f %%',
        '%z|%Z', 'plain text', '', '%c', '%x %X', '%H%M%S.%f']
for f in fmts:
    print repr(f), '->', repr(x.strftime(f)), repr(d.strftime(f)), repr(t.strftime(f))

ist = Fixed(330, 'IST')
neg = Fixed(-90, 'A%Z')
for f in ['%z', '%Z', '%H:%M%z %Z', '%%z %z']:
    print repr(f), repr(x.replace(tzinfo=ist).strftime(f)), repr(x.replace(tzinfo=neg).strftime(f)),
    print repr(t.replace(tzinfo=ist).strftime(f))

for e in ["date(1899, 12, 31).strftime('%Y')", "datetime(1, 1, 1).strftime('%d')",
          "time(1).strftime('%Y %m %d')", "d.strftime(5)", "d.strftime('100%')", "t.strftime('%')", "x.strftime(u'%Y')",
          "'{0:%Y %f}'.format(x)", "format(t, '%f')", "format(t, '')"]:
    show(e)

for e in ["datetime.strptime('2020-02-29 13:45:10', '%Y-%m-%d %H:%M:%S')",
          "datetime.strptime('29/02/20 1:05 PM', '%d/%m/%y %I:%M %p')",
          "datetime.strptime('2020-02-29T13:45:10.250000', '%Y-%m-%dT%H:%M:%S.%f')",
          "datetime.strptime('2020 060', '%Y %j')", "datetime.strptime('2020 9 1', '%Y %U %w')",
          "datetime.strptime('Sat Feb 29 13:45:10 2020', '%a %b %d %H:%M:%S %Y')",
          "datetime.strptime('March 3, 1999', '%B %d, %Y')", "datetime.strptime('12', '%H')",
          "datetime.strptime('2020-02-30', '%Y-%m-%d')", "datetime.strptime('2020', '%Y %m')",
          "datetime.strptime('2020-01-01 junk', '%Y-%m-%d')", "datetime.strptime('x', '%Q')",
          "_time.strptime('2020-02-29 13:45:10', '%Y-%m-%d %H:%M:%S')",
          "tuple(_time.strptime('1 Jan 2001', '%d %b %Y'))",
          "_time.strptime('2020-13-01', '%Y-%m-%d')"]:
    show(e)

# Round trip strftime -> strptime.
f = '%Y-%m-%d %H:%M:%S.%f'
for v in [datetime(1900, 1, 1), datetime(2000, 2, 29, 23, 59, 59, 999999), datetime(9999, 12, 31, 1, 2, 3, 4)]:
    print v.strftime(f), datetime.strptime(v.strftime(f), f) == v
