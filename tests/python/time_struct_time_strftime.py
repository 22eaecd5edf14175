import time
st = time.gmtime(1234567890)
print st
print tuple(st), st.tm_year, st.tm_wday, st.tm_yday, st.tm_isdst, st[3:6]
print time.strftime('%Y-%m-%d %H:%M:%S %A %B %j %p %%', st)
print time.asctime(st), time.asctime(time.gmtime(0))
print time.strftime('%y%m%d', (2001, 2, 3, 4, 5, 6, 0, 34, 0)), repr(time.strftime('', st))
t = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print t, len(t), t == (2020, 1, 2, 3, 4, 5, 3, 2, 0)
try:
    time.struct_time((1, 2, 3))
except TypeError, e:
    print 'TypeError:', e
for bad in [(2001, 13, 1, 0, 0, 0, 0, 1, 0), (2001, 1, 1, 25, 0, 0, 0, 1, 0)]:
    try:
        time.strftime('%Y', bad)
    except ValueError, e:
        print 'ValueError:', e
print time.mktime(time.localtime(86400 * 400)) == 86400 * 400
print type(time.time()), type(time.clock()), time.gmtime(0.9)[5], time.gmtime(-1)[:6]
try:
    time.sleep('x')
except TypeError, e:
    print 'TypeError:', e
print type(time.timezone), type(time.altzone), len(time.tzname), time.daylight in (0, 1)
