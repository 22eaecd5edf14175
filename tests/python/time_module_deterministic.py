import time
t0 = time.time()
print type(t0).__name__, t0 > 1e9
time.sleep(0.01)
print time.time() >= t0
st = time.gmtime(0)
print st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_yday, st.tm_wday, st[0], len(st)
print time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(86400 * 365))
print time.strftime('%a %b %d %j %U', time.gmtime(1000000000))
print time.asctime(time.gmtime(0))
t = time.strptime('2020-02-29 13:45:10', '%Y-%m-%d %H:%M:%S')
print t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday
print time.strftime('%d/%m/%y', t)
import calendar
print calendar.timegm(time.gmtime(123456789)), calendar.isleap(2000), calendar.isleap(1900)
print calendar.monthrange(2021, 2), calendar.weekday(2000, 1, 1)
c0 = time.clock()
print type(c0).__name__, c0 >= 0
try:
    time.strptime('not a date', '%Y')
except ValueError, e:
    print 'ValueError:', e
try:
    time.sleep(-1)
except (ValueError, IOError), e:
    print type(e).__name__, e
print time.struct_time((2001, 2, 3, 4, 5, 6, 0, 34, 0)).tm_min
print time.mktime(time.localtime(1000000)) == 1000000.0
import datetime
d = datetime.date(2024, 3, 15)
print d, d.year, d.weekday(), d.isoformat(), d + datetime.timedelta(days=20), d.replace(day=1)
dt = datetime.datetime(2021, 12, 31, 23, 59, 30)
print dt, dt + datetime.timedelta(seconds=45), (dt - datetime.datetime(2021, 1, 1)).days
print datetime.timedelta(days=1, hours=3, minutes=2), datetime.timedelta(seconds=-1), repr(datetime.timedelta(1))
print dt.strftime('%B %d, %Y %I:%M %p'), datetime.datetime.strptime('1999-01-02', '%Y-%m-%d')
print repr(d), repr(dt)
