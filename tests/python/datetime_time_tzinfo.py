# datetime.time and tzinfo: fields, formatting, comparisons, aware datetimes, astimezone.
from datetime import time, datetime, date, timedelta, tzinfo
import pickle


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
        return timedelta(0)

    def tzname(self, dt):
        return self.name

    def __repr__(self):
        return 'Fixed(%r)' % self.name


class Bad(tzinfo):
    def __init__(self, v):
        self.v = v

    def utcoffset(self, dt):
        return self.v

    def dst(self, dt):
        return None

    def tzname(self, dt):
        return 5


class Naive(tzinfo):
    def utcoffset(self, dt):
        return None


class Eastern(tzinfo):
    # A toy DST rule: +1 hour from April to October.
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is not None and 4 <= dt.month <= 10:
            return timedelta(hours=1)
        return timedelta(0)

    def tzname(self, dt):
        if self.dst(dt):
            return 'EDT'
        return 'EST'

IST = Fixed(330, 'IST')
UTC = Fixed(0, 'UTC')
NYC = Fixed(-300, 'NYC')
EAST = Eastern()

print time.__module__, tzinfo.__module__
for e in ["time()", "time(13, 45)", "time(13, 45, 10)", "time(13, 45, 10, 5)", "time(24)",
          "time(1, 60)", "time(1, 1, 60)", "time(1, 1, 1, 10**6)", "time(-1)", "time(1.5)",
          "time(1, tzinfo=5)", "time(hour=3, second=4)", "time.min", "time.max", "time.resolution",
          "str(time(1, 2, 3))", "str(time(1, 2, 3, 40))", "time(1, 2, 3, 40).isoformat()",
          "time(1, 2, 3).hour + time(1, 2, 3).minute + time(1, 2, 3).second",
          "time(1, 2, 3, 4).microsecond", "time(1).tzinfo", "time(1).utcoffset()",
          "time(1).dst()", "time(1).tzname()", "time(1, 2).replace(minute=30)",
          "time(1, 2).replace(second=61)", "time(1) < time(2)", "time(1) == time(1, 0)",
          "time(1) != time(1)", "time(3) >= time(2, 59, 59, 999999)", "time(1) == 5",
          "time(1) != 5", "time(1) < 5", "bool(time())", "bool(time(0, 0, 0, 1))",
          "hash(time(5, 6)) == hash(time(5, 6, 0))", "format(time(9, 8, 7), '%H-%M-%S')",
          "time(1, 2, 3, 4).__reduce__()[1]", "pickle.loads(pickle.dumps(time(1, 2, 3, 4)))",
          "tzinfo().utcoffset(None)", "tzinfo().dst(None)", "tzinfo().tzname(None)",
          "tzinfo().fromutc(datetime(2020, 1, 1))", "isinstance(IST, tzinfo)"]:
    show(e)

for e in ["time(12, 0, tzinfo=IST)", "str(time(12, 0, tzinfo=IST))", "time(12, 0, 0, 1, NYC).isoformat()",
          "time(12, 0, tzinfo=IST).utcoffset()", "time(12, 0, tzinfo=IST).tzname()",
          "time(12, 0, tzinfo=IST).dst()", "time(12, 0, tzinfo=IST) == time(6, 30, tzinfo=UTC)",
          "time(12, 0, tzinfo=IST) < time(6, 31, tzinfo=UTC)", "time(12, 0, tzinfo=IST) == time(12)",
          "time(12, 0, tzinfo=IST) < time(12)", "bool(time(5, 30, tzinfo=IST))",
          "bool(time(0, 0, tzinfo=IST))", "time(12, tzinfo=IST).strftime('%H:%M %z %Z')",
          "time(1, tzinfo=Bad(5)).utcoffset()", "time(1, tzinfo=Bad(timedelta(seconds=30))).utcoffset()",
          "time(1, tzinfo=Bad(timedelta(hours=24))).utcoffset()", "time(1, tzinfo=Bad(None)).tzname()",
          "time(1, tzinfo=Naive()) == time(1)", "time(1, tzinfo=Naive()).isoformat()",
          "hash(time(12, 0, tzinfo=IST)) == hash(time(6, 30, tzinfo=UTC))",
          "time(12, 0, tzinfo=IST).replace(tzinfo=None)"]:
    show(e)

a = datetime(2020, 2, 29, 12, 0, tzinfo=IST)
b = datetime(2020, 2, 29, 6, 30, tzinfo=UTC)
for e in ["a", "str(a)", "a.isoformat()", "datetime(2020, 1, 1, tzinfo=NYC).isoformat('T')",
          "a.utcoffset()", "a.dst()", "a.tzname()", "a == b", "a != b", "a < b", "hash(a) == hash(b)",
          "a - b", "a - datetime(2020, 2, 29, 0, 0, tzinfo=NYC)", "a - datetime(2020, 2, 29)",
          "a == datetime(2020, 2, 29, 12)", "a < datetime(2020, 2, 29, 12)",
          "a + timedelta(hours=1)", "a.astimezone(UTC)", "a.astimezone(NYC)", "a.astimezone(IST) is a",
          "b.astimezone(IST) == a", "datetime(2020, 1, 1).astimezone(UTC)", "a.astimezone(5)",
          "tuple(a.timetuple())", "tuple(a.utctimetuple())", "a.timetz()", "a.time()", "a.date()",
          "a.replace(tzinfo=None)", "a.replace(tzinfo=NYC) - a", "a.strftime('%Y-%m-%d %H:%M %z %Z')",
          "a.ctime()", "datetime.combine(date(2020, 1, 1), time(5, tzinfo=IST))",
          "datetime.utcfromtimestamp(0).replace(tzinfo=UTC).astimezone(IST)",
          "datetime.fromtimestamp(0, IST)", "datetime.fromtimestamp(1582983910, NYC)",
          "datetime.now(UTC).tzinfo", "UTC.fromutc(datetime(2020, 1, 1, tzinfo=UTC))",
          "IST.fromutc(datetime(2020, 1, 1, tzinfo=IST))", "IST.fromutc(5)",
          "datetime(2020, 1, 1, tzinfo=Bad(5)).utcoffset()",
          "datetime(2020, 1, 1, tzinfo=Bad(timedelta(minutes=-1440))).isoformat()",
          "datetime(2020, 1, 1, tzinfo=Naive()) == datetime(2020, 1, 1)"]:
    show(e)

# A zone with DST: conversions through fromutc.
for m in (1, 7):
    u = datetime(2020, m, 15, 12, tzinfo=UTC)
    e = u.astimezone(EAST)
    print e, e.tzname(), e.utcoffset(), e.dst(), tuple(e.timetuple())[-1], e.astimezone(UTC) == u
print datetime(2020, 1, 1, tzinfo=EAST).strftime('%z %Z'), tuple(datetime(2020, 7, 1, tzinfo=EAST).utctimetuple())

x = datetime(2020, 2, 29, 12, 0, 1, 2, tzinfo=UTC)
print x.__reduce__()[1][0] == datetime(2020, 2, 29, 12, 0, 1, 2).__reduce__()[1][0]
