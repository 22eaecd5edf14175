//! The `fcntl` module: `fcntl(fd, cmd, arg=0)` with an integer argument over the C library's
//! fcntl (what subprocess uses for FD_CLOEXEC), plus the common command constants. `fd` may be
//! an int or an object with `fileno()`.

use super::super::exc;
use super::super::object::{Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::types::{dict, int, Arity, NativeFn};

extern "C" {
    fn fcntl(fd: i32, cmd: i32, arg: i64) -> i32;
}

pub fn fd_of(o: Obj) -> PyResult<i32> {
    if int::is_int(o) {
        return Ok(int::value(o) as i32);
    }
    let f = ops::call_method(o, "fileno", &[])?;
    if int::is_int(f) {
        Ok(int::value(f) as i32)
    } else {
        Err(exc::type_error("fileno() returned a non-integer"))
    }
}

fn fcntl_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let fd = fd_of(a[0])?;
    let cmd = int::as_i64(a[1], "Python int too large to convert to C long")? as i32;
    let arg = match a.get(2) {
        Some(&x) => int::as_i64(x, "Python int too large to convert to C long")?,
        None => 0,
    };
    // SAFETY: integer-argument fcntl commands only.
    let r = unsafe { fcntl(fd, cmd, arg) };
    if r < 0 {
        return Err(exc::os_error(
            rt().exc.IOError,
            &std::io::Error::last_os_error(),
            None,
        ));
    }
    int::new(r as i64)
}

const FUNCS: &[(&str, NativeFn, Arity)] = &[("fcntl", fcntl_, Arity::Range(2, 3))];

pub fn init(d: Obj) -> PyResult<()> {
    super::add_funcs(d, FUNCS)?;
    for (n, v) in [
        ("F_DUPFD", 0),
        ("F_GETFD", 1),
        ("F_SETFD", 2),
        ("F_GETFL", 3),
        ("F_SETFL", 4),
        ("FD_CLOEXEC", 1),
        ("LOCK_SH", 1),
        ("LOCK_EX", 2),
        ("LOCK_NB", 4),
        ("LOCK_UN", 8),
    ] {
        dict::set_str(d, n, int::new(v)?)?;
    }
    Ok(())
}
