//! The `time` module: wall and CPU clocks, `sleep`, and the broken-down time conversions over the
//! C library (`gmtime_r`, `localtime_r`, `mktime`, `strftime`, the `timezone`/`tzname` globals).
//! `struct_time` is a tuple subclass defined by the Python part (`TIME_PY`) with `tm_*`
//! attributes; the natives take and return plain 9-tuples (Python's field conventions:
//! full year, month 1-12, Monday = 0, day of year 1-366).

use std::os::raw::{c_char, c_int, c_long};

use super::super::exc;
use super::super::object::{Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::types::{dict, float, int, str as pystr, tuple, Arity, NativeFn};

#[repr(C)]
#[derive(Clone, Copy)]
struct Tm {
    tm_sec: c_int,
    tm_min: c_int,
    tm_hour: c_int,
    tm_mday: c_int,
    tm_mon: c_int,
    tm_year: c_int,
    tm_wday: c_int,
    tm_yday: c_int,
    tm_isdst: c_int,
    tm_gmtoff: c_long,
    tm_zone: *const c_char,
}

extern "C" {
    fn gmtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
    fn localtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
    fn mktime(tm: *mut Tm) -> i64;
    fn strftime(buf: *mut c_char, max: usize, fmt: *const c_char, tm: *const Tm) -> usize;
    fn tzset();
    fn clock() -> c_long;
}

fn zero_tm() -> Tm {
    Tm {
        tm_sec: 0,
        tm_min: 0,
        tm_hour: 0,
        tm_mday: 0,
        tm_mon: 0,
        tm_year: 0,
        tm_wday: 0,
        tm_yday: 0,
        tm_isdst: 0,
        tm_gmtoff: 0,
        tm_zone: std::ptr::null(),
    }
}

fn now() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

fn time_(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    float::new(now())
}

fn clock_(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    // SAFETY: plain C call.
    float::new(unsafe { clock() } as f64 / 1e6)
}

fn num(o: Obj) -> PyResult<f64> {
    if pystr::is_str(o) || super::super::types::unicode::is_unicode(o) {
        return Err(exc::type_error("a float is required"));
    }
    super::super::types::number_new::float_from(o)
}

fn sleep_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let s = num(a[0])?;
    if s < 0.0 || s.is_nan() {
        return Err(exc::os_error(
            rt().exc.IOError,
            &std::io::Error::from_raw_os_error(22),
            None,
        ));
    }
    // With other Python threads alive, only this green thread sleeps (they run meanwhile).
    if !super::thread::sleep(s) {
        std::thread::sleep(std::time::Duration::from_secs_f64(s.min(1e9)));
    }
    Ok(rt().none)
}

fn tm_tuple(tm: &Tm) -> PyResult<Obj> {
    let v = [
        tm.tm_year as i64 + 1900,
        tm.tm_mon as i64 + 1,
        tm.tm_mday as i64,
        tm.tm_hour as i64,
        tm.tm_min as i64,
        tm.tm_sec as i64,
        (tm.tm_wday as i64 + 6) % 7,
        tm.tm_yday as i64 + 1,
        tm.tm_isdst as i64,
    ];
    // Built in place: a Rust Vec of fresh ints would not keep them alive (the GC rule).
    tuple::from_fn(v.len(), |i| int::new(v[i]))
}

fn seconds_arg(a: &[Obj]) -> PyResult<i64> {
    match a.first() {
        Some(&o) if o != rt().none => {
            let f = num(o)?;
            if !f.is_finite() || f.abs() > 1e17 {
                return Err(exc::value_error(
                    "timestamp out of range for platform time_t",
                ));
            }
            Ok(f.trunc() as i64)
        }
        _ => Ok(now() as i64),
    }
}

fn gmtime_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let t = seconds_arg(a)?;
    let mut tm = zero_tm();
    // SAFETY: valid pointers.
    if unsafe { gmtime_r(&t, &mut tm) }.is_null() {
        return Err(exc::value_error(
            "timestamp out of range for platform time_t",
        ));
    }
    tm_tuple(&tm)
}

fn localtime_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let t = seconds_arg(a)?;
    let mut tm = zero_tm();
    // SAFETY: valid pointers.
    if unsafe { localtime_r(&t, &mut tm) }.is_null() {
        return Err(exc::value_error(
            "timestamp out of range for platform time_t",
        ));
    }
    tm_tuple(&tm)
}

/// A 9-tuple (Python conventions) to a C `struct tm`.
fn tuple_tm(o: Obj) -> PyResult<Tm> {
    let items = ops::iterate_to_list(o)?;
    let items = super::super::types::list::items(items);
    if items.len() != 9 {
        return Err(exc::type_error("function takes exactly 9 arguments"));
    }
    let mut v = [0i64; 9];
    for (i, &x) in items.iter().enumerate() {
        v[i] = ops::index_value(x)?;
    }
    let mut tm = zero_tm();
    tm.tm_year = (v[0] - 1900) as c_int;
    tm.tm_mon = (v[1] - 1) as c_int;
    tm.tm_mday = v[2] as c_int;
    tm.tm_hour = v[3] as c_int;
    tm.tm_min = v[4] as c_int;
    tm.tm_sec = v[5] as c_int;
    tm.tm_wday = ((v[6] + 1) % 7) as c_int;
    tm.tm_yday = (v[7] - 1) as c_int;
    tm.tm_isdst = v[8] as c_int;
    Ok(tm)
}

fn mktime_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let mut tm = tuple_tm(a[0])?;
    tm.tm_wday = -1;
    // SAFETY: valid pointer.
    let t = unsafe { mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(exc::overflow_error("mktime argument out of range"));
    }
    float::new(t as f64)
}

fn strftime_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let fmt = pystr::bytes(a[0]).to_vec();
    let tm = match a.get(1) {
        Some(&t) => tuple_tm(t)?,
        None => {
            let t = now() as i64;
            let mut tm = zero_tm();
            // SAFETY: valid pointers.
            unsafe { localtime_r(&t, &mut tm) };
            tm
        }
    };
    if tm.tm_mon < 0 || tm.tm_mon > 11 {
        return Err(exc::value_error("month out of range"));
    }
    if tm.tm_mday < 0 || tm.tm_mday > 31 {
        return Err(exc::value_error("day of month out of range"));
    }
    if tm.tm_hour < 0 || tm.tm_hour > 23 {
        return Err(exc::value_error("hour out of range"));
    }
    if tm.tm_min < 0 || tm.tm_min > 59 {
        return Err(exc::value_error("minute out of range"));
    }
    if tm.tm_sec < 0 || tm.tm_sec > 61 {
        return Err(exc::value_error("seconds out of range"));
    }
    if tm.tm_yday < -1 || tm.tm_yday > 365 {
        return Err(exc::value_error("day of year out of range"));
    }
    let mut tm = tm;
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    }
    if tm.tm_wday < 0 {
        return Err(exc::value_error("day of week out of range"));
    }
    if fmt.is_empty() {
        return pystr::new(b"");
    }
    let cfmt = std::ffi::CString::new(fmt.clone())
        .map_err(|_| exc::type_error("must be string without null bytes, not str"))?;
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: buf has `size` bytes; the format is NUL-terminated.
        let n = unsafe { strftime(buf.as_mut_ptr() as *mut c_char, size, cfmt.as_ptr(), &tm) };
        if n > 0 || size >= 256 * fmt.len() {
            return pystr::new(&buf[..n]);
        }
        size *= 2;
    }
}

fn tzinfo() -> (i64, i64, i64, String, String) {
    // SAFETY: tzset reads TZ; localtime_r writes into our struct.
    unsafe { tzset() };
    let year_start = {
        let t = now() as i64;
        let mut tm = zero_tm();
        // SAFETY: valid pointers.
        unsafe { gmtime_r(&t, &mut tm) };
        // January 1st of this year, roughly.
        t - (tm.tm_yday as i64) * 86400
    };
    let get = |t: i64| {
        let mut tm = zero_tm();
        // SAFETY: valid pointers; tm_zone points to static storage.
        unsafe { localtime_r(&t, &mut tm) };
        let zone = if tm.tm_zone.is_null() {
            String::new()
        } else {
            // SAFETY: a NUL-terminated C string.
            unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
                .to_string_lossy()
                .into_owned()
        };
        (-(tm.tm_gmtoff as i64), zone)
    };
    let (jan, janz) = get(year_start);
    let (jul, julz) = get(year_start + 183 * 86400);
    if jan < jul {
        // Southern hemisphere: January is summer.
        (jul, jan, (jan != jul) as i64, julz, janz)
    } else {
        (jan, jul, (jan != jul) as i64, janz, julz)
    }
}

const FUNCS: &[(&str, NativeFn, Arity)] = &[
    ("time", time_, Arity::None),
    ("clock", clock_, Arity::None),
    ("sleep", sleep_, Arity::One),
    ("_gmtime", gmtime_, Arity::Range(0, 1)),
    ("_localtime", localtime_, Arity::Range(0, 1)),
    ("mktime", mktime_, Arity::One),
    ("_strftime", strftime_, Arity::Range(1, 2)),
];

const TIME_PY: &str = r#"
class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 9
    n_unnamed_fields = 0
    _names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
              'tm_yday', 'tm_isdst')
    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) != 9:
            raise TypeError('time.struct_time() takes a 9-sequence (%d-sequence given)' % len(seq))
        return tuple.__new__(cls, seq)
    tm_year = property(lambda s: s[0])
    tm_mon = property(lambda s: s[1])
    tm_mday = property(lambda s: s[2])
    tm_hour = property(lambda s: s[3])
    tm_min = property(lambda s: s[4])
    tm_sec = property(lambda s: s[5])
    tm_wday = property(lambda s: s[6])
    tm_yday = property(lambda s: s[7])
    tm_isdst = property(lambda s: s[8])
    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join(['%s=%r' % (n, v) for n, v in zip(self._names, self)])
    def __reduce__(self):
        return (struct_time, (tuple(self),))
struct_time.__module__ = 'time'

def gmtime(seconds=None):
    return struct_time(_gmtime(seconds))
def localtime(seconds=None):
    return struct_time(_localtime(seconds))
def strftime(format, t=None):
    if t is None:
        return _strftime(format)
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    return _strftime(format, t)

_days = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_months = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
def asctime(t=None):
    if t is None:
        t = localtime()
    return '%s %s %2d %02d:%02d:%02d %d' % (_days[t[6]], _months[t[1] - 1], t[2], t[3], t[4], t[5], t[0])
def ctime(seconds=None):
    return asctime(localtime(seconds))
def strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    import _strptime
    return _strptime._strptime_time(data_string, format)
def tzset():
    pass
accept2dyear = 1
"#;

pub fn init(d: Obj) -> PyResult<()> {
    super::add_funcs(d, FUNCS)?;
    let (tz, alt, dst, std_name, dst_name) = tzinfo();
    dict::set_str(d, "timezone", int::new(tz)?)?;
    dict::set_str(d, "altzone", int::new(alt)?)?;
    dict::set_str(d, "daylight", int::new(dst)?)?;
    let names = tuple::new(&[pystr::from_str(&std_name)?, pystr::from_str(&dst_name)?])?;
    dict::set_str(d, "tzname", names)?;
    super::run_source(d, "time", TIME_PY)
}
