# Python part of the native `datetime` module (datetime.rs): CPython 2.7's date and time types,
# written from the documented behaviour.
# Input: constructor arguments, timestamps, format strings. Output: immutable `timedelta`,
# `date`, `time`, `datetime` values and the `tzinfo` base class, all with __module__ 'datetime'.
# Invariants: every value is normalised and range-checked at construction (fields in range,
# timedelta as days/seconds/microseconds with 0 <= seconds < 86400, 0 <= microseconds < 10**6);
# dates are proleptic Gregorian, ordinal 1 = 0001-01-01; error messages follow CPython 2.7.

import time as _time
import math as _math

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059  # date(9999, 12, 31).toordinal()
_US_PER_DAY = 86400 * 1000000

_DIM = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DBM = [0, 0]
for _m in range(2, 13):
    _DBM.append(_DBM[-1] + _DIM[_m - 1])
del _m

_ALL_SLOTS = frozenset(('_y', '_m', '_dd', '_h', '_mi', '_sec', '_us', '_tz', '_hash'))
_OURS = ()  # the module's classes, set at the end

_DAYNAMES = (None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHNAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DIM[m]


def _days_before_year(y):
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400


def _ymd_to_ord(y, m, d):
    return _days_before_year(y) + _DBM[m] + (m > 2 and _is_leap(y)) + d


def _ord_to_ymd(n):
    # 400 Gregorian years are exactly 146097 days; estimate the year, then correct.
    n0 = n - 1
    q, r = divmod(n0, 146097)
    y = q * 400 + r * 400 // 146097 + 1
    while _days_before_year(y) >= n:
        y -= 1
    while _days_before_year(y + 1) < n:
        y += 1
    doy = n - _days_before_year(y)  # 1-based day of year
    leap = _is_leap(y)
    m = 12
    while True:
        before = _DBM[m] + (m > 2 and leap)
        if before < doy:
            return y, m, doy - before
        m -= 1


def _tpname(o):
    t = type(o)
    if t in _OURS:
        return 'datetime.' + t.__name__
    return t.__name__


def _cmperror(a, b):
    raise TypeError("can't compare %s to %s" % (_tpname(a), _tpname(b)))


def _int_arg(x):
    if isinstance(x, (int, long)):
        return x
    if isinstance(x, float):
        raise TypeError("integer argument expected, got float")
    if hasattr(type(x), '__int__') and not isinstance(x, (str, unicode)):
        return int(x)
    raise TypeError("an integer is required")


def _check_date(y, m, d):
    if m is None:
        raise TypeError("Required argument 'month' (pos 2) not found")
    if d is None:
        raise TypeError("Required argument 'day' (pos 3) not found")
    y = _int_arg(y)
    m = _int_arg(m)
    d = _int_arg(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year is out of range")
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= _days_in_month(y, m):
        raise ValueError("day is out of range for month")
    return y, m, d


def _check_time(h, mi, s, us, tz):
    h = _int_arg(h)
    mi = _int_arg(mi)
    s = _int_arg(s)
    us = _int_arg(us)
    if not 0 <= h <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= mi <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= s <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    _check_tzinfo(tz)
    return h, mi, s, us


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % _tpname(tz))


def _check_offset(name, off):
    # Validates a tzinfo.utcoffset()/dst() result; returns it as whole minutes or None.
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, _tpname(off)))
    if off._us or off._s % 60:
        raise ValueError("tzinfo.%s() must return a whole number of minutes" % name)
    mins = off._d * 1440 + off._s // 60
    if not -1440 < mins < 1440:
        raise ValueError("tzinfo.%s() returned %d; must be in -1439 .. 1439" % (name, mins))
    return mins


def _call_offset(tz, name, arg):
    if tz is None:
        return None
    return _check_offset(name, getattr(tz, name)(arg))


def _call_tzname(tz, arg):
    if tz is None:
        return None
    n = tz.tzname(arg)
    if n is not None and not isinstance(n, (str, unicode)):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % _tpname(n))
    return n


def _fmt_offset(mins, sep):
    if mins is None:
        return ''
    sign = '+'
    if mins < 0:
        sign = '-'
        mins = -mins
    h, m = divmod(mins, 60)
    return '%s%02d%s%02d' % (sign, h, sep, m)


def _wrap_strftime(obj, fmt, tt):
    # Replaces %z, %Z and %f (which time.strftime does not know about) before calling it.
    if isinstance(fmt, unicode):
        fmt = str(fmt)
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be string or read-only buffer, not %s"
                        % _tpname(fmt))
    if tt[0] < 1900:
        raise ValueError("year=%d is before 1900; the datetime strftime() methods require "
                         "year >= 1900" % tt[0])
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%':
            out.append(c)
            continue
        if i >= n:
            raise ValueError("strftime format ends with raw %")
        c = fmt[i]
        i += 1
        if c == 'z':
            mins = None
            if isinstance(obj, (time, datetime)):
                mins = obj._offset()
            out.append(_fmt_offset(mins, ''))
        elif c == 'Z':
            name = None
            if isinstance(obj, time):
                name = _call_tzname(obj._tz, None)
            elif isinstance(obj, datetime):
                name = _call_tzname(obj._tz, obj)
            if name:
                out.append(name.replace('%', '%%'))
        elif c == 'f':
            us = 0
            if isinstance(obj, (time, datetime)):
                us = obj._us
            out.append('%06d' % us)
        else:
            out.append('%' + c)
    return _time.strftime(''.join(out), tt)


def _format(self, fmt):
    if not isinstance(fmt, (str, unicode)):
        raise ValueError("__format__ expects str or unicode, not %s" % _tpname(fmt))
    if len(fmt) == 0:
        return str(self)
    return self.strftime(fmt)


# ---------------------------------------------------------------------------------------------
# timedelta

_TD_UNITS = (('days', _US_PER_DAY), ('seconds', 1000000), ('microseconds', 1),
             ('milliseconds', 1000), ('minutes', 60000000), ('hours', 3600000000),
             ('weeks', 7 * _US_PER_DAY))


def _td_from_us(cls, us):
    d, rest = divmod(us, _US_PER_DAY)
    s, u = divmod(rest, 1000000)
    if not -999999999 <= d <= 999999999:
        raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
    self = object.__new__(cls)
    self._d = int(d)
    self._s = int(s)
    self._us = int(u)
    self._hash = -1
    return self


class timedelta(object):
    """Difference between two datetime values."""
    __slots__ = ('_d', '_s', '_us', '_hash')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        vals = (days, seconds, microseconds, milliseconds, minutes, hours, weeks)
        total = 0
        left = 0.0
        for v, (name, factor) in zip(vals, _TD_UNITS):
            if isinstance(v, (int, long)):
                total += v * factor
            elif isinstance(v, float):
                if v != v or v in (float('inf'), float('-inf')):
                    raise OverflowError("cannot convert float %s to integer" % v)
                ip = int(v)
                x = (v - ip) * factor
                ip2 = int(x)
                total += ip * factor + ip2
                left += x - ip2
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, _tpname(v)))
        if left:
            total += int(round(left))
        return _td_from_us(cls, total)

    days = property(lambda self: self._d, doc="Number of days.")
    seconds = property(lambda self: self._s, doc="Number of seconds (>= 0 and less than 1 day).")
    microseconds = property(lambda self: self._us,
                            doc="Number of microseconds (>= 0 and less than 1 second).")

    def _total_us(self):
        return (self._d * 86400 + self._s) * 1000000 + self._us

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._total_us() / 1e6

    def __repr__(self):
        name = type(self).__name__
        if type(self) is timedelta:
            name = 'datetime.' + name
        if self._us:
            return '%s(%d, %d, %d)' % (name, self._d, self._s, self._us)
        if self._s:
            return '%s(%d, %d)' % (name, self._d, self._s)
        return '%s(%d)' % (name, self._d)

    def __str__(self):
        m, s = divmod(self._s, 60)
        h, m = divmod(m, 60)
        r = '%d:%02d:%02d' % (h, m, s)
        if self._d:
            plural = ''
            if abs(self._d) != 1:
                plural = 's'
            r = '%d day%s, %s' % (self._d, plural, r)
        if self._us:
            r += '.%06d' % self._us
        return r

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, self._total_us() + other._total_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, self._total_us() - other._total_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, other._total_us() - self._total_us())
        return NotImplemented

    def __neg__(self):
        return _td_from_us(timedelta, -self._total_us())

    def __pos__(self):
        return _td_from_us(timedelta, self._total_us())

    def __abs__(self):
        return _td_from_us(timedelta, abs(self._total_us()))

    def __mul__(self, other):
        if isinstance(other, (int, long)):
            return _td_from_us(timedelta, self._total_us() * other)
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, (int, long)):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(timedelta, self._total_us() // other)
        return NotImplemented

    __div__ = __floordiv__
    __truediv__ = __floordiv__

    def __nonzero__(self):
        return bool(self._d or self._s or self._us)

    def _key(self):
        return (self._d, self._s, self._us)

    def _cmp(self, other, op):
        if isinstance(other, timedelta):
            return op(self._key(), other._key())
        return None

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return False

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return True

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        _cmperror(self, other)

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        _cmperror(self, other)

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        _cmperror(self, other)

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        _cmperror(self, other)

    def __hash__(self):
        if self._hash == -1:
            self._hash = hash(self._key())
        return self._hash

    def __reduce__(self):
        return (type(self), self._key())

    def __setattr__(self, name, value):
        if name in timedelta.__slots__:
            object.__setattr__(self, name, value)
        elif name in ('days', 'seconds', 'microseconds'):
            raise TypeError("readonly attribute")
        else:
            object.__setattr__(self, name, value)


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------------------------------
# date

def _ro_setattr(self, name, value):
    if name.startswith('_') and name in _ALL_SLOTS:
        object.__setattr__(self, name, value)
    elif hasattr(type(self), name) and type(self) in _OURS:
        raise AttributeError("attribute '%s' of '%s' objects is not writable"
                             % (name, _tpname(self)))
    elif type(self) in _OURS:
        raise AttributeError("'%s' object has no attribute '%s'" % (_tpname(self), name))
    else:
        object.__setattr__(self, name, value)


def _new_date(cls, y, m, d):
    self = object.__new__(cls)
    self._y = y
    self._m = m
    self._dd = d
    self._hash = -1
    return self


def _date_from_ord(cls, n):
    if not 1 <= n <= _MAXORDINAL:
        raise OverflowError("date value out of range")
    y, m, d = _ord_to_ymd(n)
    return _new_date(cls, y, m, d)


class date(object):
    """date(year, month, day) --> date object"""
    __slots__ = ('_y', '_m', '_dd', '_hash')

    def __new__(cls, year, month=None, day=None):
        if month is None and isinstance(year, str) and len(year) == 4 and \
                1 <= ord(year[2]) <= 12:
            b = map(ord, year)
            return _new_date(cls, b[0] * 256 + b[1], b[2], b[3])
        y, m, d = _check_date(year, month, day)
        return _new_date(cls, y, m, d)

    __setattr__ = _ro_setattr

    year = property(lambda self: self._y)
    month = property(lambda self: self._m)
    day = property(lambda self: self._dd)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        """timestamp -> local date from a POSIX timestamp (like time.time())."""
        tm = _time.localtime(t)
        return cls(tm[0], tm[1], tm[2])

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _int_arg(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year is out of range")
        y, m, d = _ord_to_ymd(n)
        return cls(y, m, d)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd_to_ord(self._y, self._m, self._dd)

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        return self.weekday() + 1

    def isocalendar(self):
        """Return a 3-tuple containing ISO year, week number, and weekday."""
        y = self._y
        n = self.toordinal()
        # ISO week 1 is the week (Monday first) holding the year's first Thursday.

        def week1_monday(year):
            jan4 = _ymd_to_ord(year, 1, 4)
            return jan4 - (jan4 + 6) % 7
        start = week1_monday(y)
        if n < start:
            y -= 1
            start = week1_monday(y)
        elif y < MAXYEAR and n >= week1_monday(y + 1):
            y += 1
            start = week1_monday(y)
        week, wd = divmod(n - start, 7)
        return (y, week + 1, wd + 1)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return '%04d-%02d-%02d' % (self._y, self._m, self._dd)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        name = type(self).__name__
        if type(self) in _OURS:
            name = 'datetime.' + name
        return '%s(%d, %d, %d)' % (name, self._y, self._m, self._dd)

    def ctime(self):
        """Return ctime() style string."""
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[self.isoweekday()],
                                            _MONTHNAMES[self._m], self._dd, self._y)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _time.struct_time((self._y, self._m, self._dd, 0, 0, 0, self.weekday(),
                                  self.toordinal() - _ymd_to_ord(self._y, 1, 1) + 1, -1))

    def strftime(self, fmt):
        """format -> strftime() style string."""
        return _wrap_strftime(self, fmt, self.timetuple())

    __format__ = _format

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        if year is None:
            year = self._y
        if month is None:
            month = self._m
        if day is None:
            day = self._dd
        return type(self)(year, month, day)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ord(date, self.toordinal() + other._d)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ord(date, self.toordinal() - other._d)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def _key(self):
        return (self._y, self._m, self._dd)

    def _compare(self, other):
        # Returns the comparison key of `other`, or None if the types are not comparable.
        if isinstance(other, date) and not isinstance(other, datetime):
            return other._key()
        return None

    def __eq__(self, other):
        k = self._compare(other)
        if k is None:
            if hasattr(other, 'timetuple') and not isinstance(other, date):
                return NotImplemented
            return False
        return self._key() == k

    def __ne__(self, other):
        k = self._compare(other)
        if k is None:
            if hasattr(other, 'timetuple') and not isinstance(other, date):
                return NotImplemented
            return True
        return self._key() != k

    def _order(self, other):
        k = self._compare(other)
        if k is None:
            if hasattr(other, 'timetuple') and not isinstance(other, date):
                return None
            if isinstance(other, datetime):
                _cmperror(other, self)
            _cmperror(self, other)
        return k

    def __lt__(self, other):
        k = self._order(other)
        if k is None:
            return NotImplemented
        return self._key() < k

    def __le__(self, other):
        k = self._order(other)
        if k is None:
            return NotImplemented
        return self._key() <= k

    def __gt__(self, other):
        k = self._order(other)
        if k is None:
            return NotImplemented
        return self._key() > k

    def __ge__(self, other):
        k = self._order(other)
        if k is None:
            return NotImplemented
        return self._key() >= k

    def __hash__(self):
        if self._hash == -1:
            self._hash = hash(self._key())
        return self._hash

    def __nonzero__(self):
        return True

    def _state(self):
        return '%c%c%c%c' % (self._y // 256, self._y % 256, self._m, self._dd)

    def __reduce__(self):
        return (type(self), (self._state(),))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(1)


# ---------------------------------------------------------------------------------------------
# tzinfo

class tzinfo(object):
    """Abstract base class for time zone info objects."""

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> minutes east of UTC (negative for west of UTC)."""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset in minutes east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tz is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _call_offset(self, 'utcoffset', dt)
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _call_offset(self, 'dst', dt)
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - dst
        if delta:
            dt = dt + timedelta(minutes=delta)
            dst = _call_offset(self, 'dst', dt)
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        if dst:
            dt = dt + timedelta(minutes=dst)
        return dt

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = ()
        if getinitargs is not None:
            args = getinitargs()
        getstate = getattr(self, '__getstate__', None)
        if getstate is not None:
            state = getstate()
        else:
            state = getattr(self, '__dict__', None) or None
        if state is None:
            return (type(self), args)
        return (type(self), args, state)


_tzinfo_base = tzinfo  # (methods below have parameters named `tzinfo`)


# ---------------------------------------------------------------------------------------------
# time

def _new_time(cls, h, mi, s, us, tz):
    self = object.__new__(cls)
    self._h = h
    self._mi = mi
    self._sec = s
    self._us = us
    self._tz = tz
    self._hash = -1
    return self


def _hms_iso(h, mi, s, us):
    r = '%02d:%02d:%02d' % (h, mi, s)
    if us:
        r += '.%06d' % us
    return r


def _tz_repr(r, tz):
    if tz is not None:
        r = r[:-1] + ', tzinfo=%r)' % (tz,)
    return r


class time(object):
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""
    __slots__ = ('_h', '_mi', '_sec', '_us', '_tz', '_hash')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        if isinstance(hour, str) and len(hour) == 6 and ord(hour[0]) < 24:
            b = map(ord, hour)
            if minute == 0 and not isinstance(minute, _tzinfo_base):
                minute = None
            _check_tzinfo(minute)
            return _new_time(cls, b[0], b[1], b[2], (b[3] << 16) | (b[4] << 8) | b[5], minute)
        h, mi, s, us = _check_time(hour, minute, second, microsecond, tzinfo)
        return _new_time(cls, h, mi, s, us, tzinfo)

    __setattr__ = _ro_setattr

    hour = property(lambda self: self._h)
    minute = property(lambda self: self._mi)
    second = property(lambda self: self._sec)
    microsecond = property(lambda self: self._us)
    tzinfo = property(lambda self: self._tz)

    def _offset(self):
        return _call_offset(self._tz, 'utcoffset', None)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        m = self._offset()
        if m is None:
            return None
        return timedelta(minutes=m)

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        m = _call_offset(self._tz, 'dst', None)
        if m is None:
            return None
        return timedelta(minutes=m)

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tz, None)

    def isoformat(self):
        """Return string in ISO 8601 format, HH:MM:SS[.mmmmmm][+HH:MM]."""
        return _hms_iso(self._h, self._mi, self._sec, self._us) + \
            _fmt_offset(self._offset(), ':')

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        name = type(self).__name__
        if type(self) in _OURS:
            name = 'datetime.' + name
        if self._us:
            r = '%s(%d, %d, %d, %d)' % (name, self._h, self._mi, self._sec, self._us)
        elif self._sec:
            r = '%s(%d, %d, %d)' % (name, self._h, self._mi, self._sec)
        else:
            r = '%s(%d, %d)' % (name, self._h, self._mi)
        return _tz_repr(r, self._tz)

    def strftime(self, fmt):
        """format -> strftime() style string."""
        tt = (1900, 1, 1, self._h, self._mi, self._sec, 0, 1, -1)
        return _wrap_strftime(self, fmt, tt)

    __format__ = _format

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True):
        """Return time with new specified fields."""
        if hour is None:
            hour = self._h
        if minute is None:
            minute = self._mi
        if second is None:
            second = self._sec
        if microsecond is None:
            microsecond = self._us
        if tzinfo is True:
            tzinfo = self._tz
        return type(self)(hour, minute, second, microsecond, tzinfo)

    def _base(self):
        return ((self._h * 60 + self._mi) * 60 + self._sec) * 1000000 + self._us

    def _cmpkey(self, other):
        # Returns (mine, theirs) comparable keys; raises TypeError for naive vs aware.
        if self._tz is other._tz:
            return self._base(), other._base()
        a = self._offset()
        b = other._offset()
        if a == b:
            return self._base(), other._base()
        if a is None or b is None:
            raise TypeError("can't compare offset-naive and offset-aware times")
        return self._base() - a * 60000000, other._base() - b * 60000000

    def __eq__(self, other):
        if not isinstance(other, time):
            return False
        a, b = self._cmpkey(other)
        return a == b

    def __ne__(self, other):
        if not isinstance(other, time):
            return True
        a, b = self._cmpkey(other)
        return a != b

    def __lt__(self, other):
        if not isinstance(other, time):
            _cmperror(self, other)
        a, b = self._cmpkey(other)
        return a < b

    def __le__(self, other):
        if not isinstance(other, time):
            _cmperror(self, other)
        a, b = self._cmpkey(other)
        return a <= b

    def __gt__(self, other):
        if not isinstance(other, time):
            _cmperror(self, other)
        a, b = self._cmpkey(other)
        return a > b

    def __ge__(self, other):
        if not isinstance(other, time):
            _cmperror(self, other)
        a, b = self._cmpkey(other)
        return a >= b

    def __hash__(self):
        if self._hash == -1:
            off = self._offset()
            if off is None:
                self._hash = hash((self._h, self._mi, self._sec, self._us))
            else:
                self._hash = hash(self._base() - off * 60000000)
        return self._hash

    def __nonzero__(self):
        off = self._offset() or 0
        return ((self._h * 60 + self._mi - off) * 60 + self._sec) * 1000000 + self._us != 0

    def _state(self):
        us = self._us
        return '%c%c%c%c%c%c' % (self._h, self._mi, self._sec, us >> 16, (us >> 8) & 255,
                                 us & 255)

    def __reduce__(self):
        if self._tz is None:
            return (type(self), (self._state(),))
        return (type(self), (self._state(), self._tz))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------------------------------
# datetime

def _new_datetime(cls, y, m, d, h, mi, s, us, tz):
    self = object.__new__(cls)
    self._y = y
    self._m = m
    self._dd = d
    self._h = h
    self._mi = mi
    self._sec = s
    self._us = us
    self._tz = tz
    self._hash = -1
    return self


def _dt_from_us(cls, total, tz):
    # total: microseconds since 0001-01-01T00:00 minus one day (ordinal-based).
    days, rest = divmod(total, _US_PER_DAY)
    if not 1 <= days <= _MAXORDINAL:
        raise OverflowError("date value out of range")
    y, m, d = _ord_to_ymd(days)
    secs, us = divmod(rest, 1000000)
    mins, s = divmod(secs, 60)
    h, mi = divmod(mins, 60)
    return _new_datetime(cls, y, m, d, int(h), int(mi), int(s), int(us), tz)


def _from_ts(cls, t, conv, tz):
    if isinstance(t, float):
        whole = int(t)
        us = int(round((t - whole) * 1e6))
        if us < 0:
            whole -= 1
            us += 1000000
        if us == 1000000:
            whole += 1
            us = 0
    else:
        whole = _int_arg(t)
        us = 0
    tm = conv(whole)
    return cls(tm[0], tm[1], tm[2], tm[3], tm[4], min(tm[5], 59), us, tz)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""
    __slots__ = ('_h', '_mi', '_sec', '_us', '_tz')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None):
        if isinstance(year, str) and len(year) == 10 and 1 <= ord(year[2]) <= 12:
            b = map(ord, year)
            _check_tzinfo(month)
            return _new_datetime(cls, b[0] * 256 + b[1], b[2], b[3], b[4], b[5], b[6],
                                 (b[7] << 16) | (b[8] << 8) | b[9], month)
        y, m, d = _check_date(year, month, day)
        h, mi, s, us = _check_time(hour, minute, second, microsecond, tzinfo)
        return _new_datetime(cls, y, m, d, h, mi, s, us, tzinfo)

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        if tz is None:
            return _from_ts(cls, t, _time.localtime, None)
        return tz.fromutc(_from_ts(cls, t, _time.gmtime, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        """timestamp -> UTC datetime from a POSIX timestamp (like time.time())."""
        return _from_ts(cls, t, _time.gmtime, None)

    @classmethod
    def now(cls, tz=None):
        """[tz] -> new datetime with tz's local day and time."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date_, time_):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date_, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % _tpname(date_))
        if not isinstance(time_, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % _tpname(time_))
        return cls(date_._y, date_._m, date_._dd, time_._h, time_._mi, time_._sec, time_._us,
                   time_._tz)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        import _strptime
        tt, frac = _strptime._strptime(date_string, format)
        return cls(*(tuple(tt[:6]) + (frac,)))

    def _offset(self):
        return _call_offset(self._tz, 'utcoffset', self)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        m = self._offset()
        if m is None:
            return None
        return timedelta(minutes=m)

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        m = _call_offset(self._tz, 'dst', self)
        if m is None:
            return None
        return timedelta(minutes=m)

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tz, self)

    def date(self):
        """Return date object with same year, month and day."""
        return date(self._y, self._m, self._dd)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return time(self._h, self._mi, self._sec, self._us)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return time(self._h, self._mi, self._sec, self._us, self._tz)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = _call_offset(self._tz, 'dst', self)
        if dst is None:
            flag = -1
        elif dst:
            flag = 1
        else:
            flag = 0
        return _time.struct_time((self._y, self._m, self._dd, self._h, self._mi, self._sec,
                                  self.weekday(),
                                  self.toordinal() - _ymd_to_ord(self._y, 1, 1) + 1, flag))

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        off = self._offset()
        dt = self
        if off:
            dt = _dt_from_us(datetime, self._total_us() - off * 60000000, None)
        return _time.struct_time((dt._y, dt._m, dt._dd, dt._h, dt._mi, dt._sec, dt.weekday(),
                                  dt.toordinal() - _ymd_to_ord(dt._y, 1, 1) + 1, 0))

    def isoformat(self, sep='T'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDTHH:MM:SS[.mmmmmm][+HH:MM]."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be char, not %s" % _tpname(sep))
        return '%04d-%02d-%02d%s%s%s' % (self._y, self._m, self._dd, sep,
                                         _hms_iso(self._h, self._mi, self._sec, self._us),
                                         _fmt_offset(self._offset(), ':'))

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        name = type(self).__name__
        if type(self) in _OURS:
            name = 'datetime.' + name
        f = [self._y, self._m, self._dd, self._h, self._mi, self._sec, self._us]
        if not self._us:
            f.pop()
            if not self._sec:
                f.pop()
        r = '%s(%s)' % (name, ', '.join(['%d' % x for x in f]))
        return _tz_repr(r, self._tz)

    def ctime(self):
        """Return ctime() style string."""
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAYNAMES[self.isoweekday()], _MONTHNAMES[self._m], self._dd, self._h, self._mi,
            self._sec, self._y)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True):
        """Return datetime with new specified fields."""
        f = [year, month, day, hour, minute, second, microsecond]
        cur = (self._y, self._m, self._dd, self._h, self._mi, self._sec, self._us)
        for i in range(7):
            if f[i] is None:
                f[i] = cur[i]
        if tzinfo is True:
            tzinfo = self._tz
        return type(self)(*(f + [tzinfo]))

    def astimezone(self, tz):
        """tz -> convert to local time in new timezone tz"""
        if not isinstance(tz, tzinfo):
            raise TypeError("astimezone() argument 1 must be datetime.tzinfo, not %s"
                            % _tpname(tz))
        if self._tz is None:
            raise ValueError("astimezone() cannot be applied to a naive datetime")
        if self._tz is tz:
            return self
        off = self._offset()
        if off is None:
            raise ValueError("astimezone() cannot be applied to a naive datetime")
        utc = _dt_from_us(datetime, self._total_us() - off * 60000000, tz)
        return tz.fromutc(utc)

    def _total_us(self):
        return ((((self.toordinal() * 24 + self._h) * 60 + self._mi) * 60 + self._sec)
                * 1000000 + self._us)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _dt_from_us(datetime, self._total_us() + other._total_us(), self._tz)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _dt_from_us(datetime, self._total_us() - other._total_us(), self._tz)
        if isinstance(other, datetime):
            a = self._total_us()
            b = other._total_us()
            if self._tz is not other._tz:
                x = self._offset()
                y = other._offset()
                if (x is None) != (y is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                if x is not None:
                    a -= x * 60000000
                    b -= y * 60000000
            return _td_from_us(timedelta, a - b)
        return NotImplemented

    def _cmpkey(self, other):
        a = self._total_us()
        b = other._total_us()
        if self._tz is not other._tz:
            x = self._offset()
            y = other._offset()
            if x != y:
                if x is None or y is None:
                    raise TypeError("can't compare offset-naive and offset-aware datetimes")
                a -= x * 60000000
                b -= y * 60000000
        return a, b

    def _other(self, other, op_is_eq):
        # None: compare; otherwise the result to return for a non-datetime `other`.
        if isinstance(other, datetime):
            return None
        if hasattr(other, 'timetuple') and not isinstance(other, date):
            return NotImplemented
        if op_is_eq:
            return False
        _cmperror(self, other)

    def __eq__(self, other):
        r = self._other(other, True)
        if r is not None:
            return r
        a, b = self._cmpkey(other)
        return a == b

    def __ne__(self, other):
        r = self._other(other, True)
        if r is not None:
            return r is False or r
        a, b = self._cmpkey(other)
        return a != b

    def __lt__(self, other):
        r = self._other(other, False)
        if r is not None:
            return r
        a, b = self._cmpkey(other)
        return a < b

    def __le__(self, other):
        r = self._other(other, False)
        if r is not None:
            return r
        a, b = self._cmpkey(other)
        return a <= b

    def __gt__(self, other):
        r = self._other(other, False)
        if r is not None:
            return r
        a, b = self._cmpkey(other)
        return a > b

    def __ge__(self, other):
        r = self._other(other, False)
        if r is not None:
            return r
        a, b = self._cmpkey(other)
        return a >= b

    def __hash__(self):
        if self._hash == -1:
            off = self._offset()
            if off is None:
                self._hash = hash((self._y, self._m, self._dd, self._h, self._mi, self._sec,
                                   self._us))
            else:
                self._hash = hash(self._total_us() - off * 60000000)
        return self._hash

    def _state(self):
        us = self._us
        return date._state(self) + '%c%c%c%c%c%c' % (self._h, self._mi, self._sec, us >> 16,
                                                     (us >> 8) & 255, us & 255)

    def __reduce__(self):
        if self._tz is None:
            return (type(self), (self._state(),))
        return (type(self), (self._state(), self._tz))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_OURS = (timedelta, date, tzinfo, time, datetime)
