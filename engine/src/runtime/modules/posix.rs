//! The `posix` module: what `os.py`, `posixpath` and programs use of the OS (files by descriptor,
//! directories, stat, environment, processes). System calls go straight to the C library the
//! binary links (declared here); failures raise `OSError(errno, strerror[, filename])`.
//! `stat_result` is a tuple subclass defined by this module's Python part (`POSIX_PY`): the ten
//! integer fields by index, `st_atime`/`st_mtime`/`st_ctime` as floats by attribute.

use std::ffi::CString;
use std::mem::ManuallyDrop;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::MetadataExt;
use std::os::unix::io::FromRawFd;

use super::super::exc;
use super::super::object::{Obj, PyResult};
use super::super::rt::rt;
use super::super::types::{
    dict, file, float, int, list, str as pystr, tuple, unicode, Arity, NativeFn,
};

mod c {
    use std::os::raw::{c_char, c_int, c_long, c_uint, c_void};
    extern "C" {
        pub fn open(path: *const c_char, flags: c_int, mode: c_uint) -> c_int;
        pub fn close(fd: c_int) -> c_int;
        pub fn read(fd: c_int, buf: *mut c_void, n: usize) -> isize;
        pub fn write(fd: c_int, buf: *const c_void, n: usize) -> isize;
        pub fn lseek(fd: c_int, off: c_long, whence: c_int) -> c_long;
        pub fn unlink(path: *const c_char) -> c_int;
        pub fn rename(a: *const c_char, b: *const c_char) -> c_int;
        pub fn mkdir(path: *const c_char, mode: c_uint) -> c_int;
        pub fn rmdir(path: *const c_char) -> c_int;
        pub fn chdir(path: *const c_char) -> c_int;
        pub fn chmod(path: *const c_char, mode: c_uint) -> c_int;
        pub fn access(path: *const c_char, mode: c_int) -> c_int;
        pub fn symlink(a: *const c_char, b: *const c_char) -> c_int;
        pub fn umask(mode: c_uint) -> c_uint;
        pub fn getpid() -> c_int;
        pub fn getppid() -> c_int;
        pub fn getuid() -> c_uint;
        pub fn geteuid() -> c_uint;
        pub fn getgid() -> c_uint;
        pub fn getegid() -> c_uint;
        pub fn system(cmd: *const c_char) -> c_int;
        pub fn _exit(code: c_int) -> !;
        pub fn fork() -> c_int;
        pub fn waitpid(pid: c_int, status: *mut c_int, options: c_int) -> c_int;
        pub fn isatty(fd: c_int) -> c_int;
        pub fn dup(fd: c_int) -> c_int;
        pub fn dup2(a: c_int, b: c_int) -> c_int;
        pub fn pipe(fds: *mut c_int) -> c_int;
        pub fn kill(pid: c_int, sig: c_int) -> c_int;
        pub fn ftruncate(fd: c_int, len: c_long) -> c_int;
        pub fn fsync(fd: c_int) -> c_int;
        pub fn execv(path: *const c_char, argv: *const *const c_char) -> c_int;
        pub fn execve(
            path: *const c_char,
            argv: *const *const c_char,
            envp: *const *const c_char,
        ) -> c_int;
    }
}

/// Flushes sys.stdout and sys.stderr (before a child process writes to the same descriptors).
fn flush_std() {
    let r = rt();
    for n in [r.names.stdout, r.names.stderr] {
        if let Ok(Some(f)) = dict::get_item(super::super::types::module::dict_of(r.sys), n) {
            if file::is_file(f) {
                let _ = file::flush(f);
            } else {
                let _ = super::super::ops::call_method(f, "flush", &[]);
            }
            exc::clear_pending();
        }
    }
}

fn os_err(filename: Option<Obj>) -> super::super::object::Raised {
    exc::os_error(rt().exc.OSError, &std::io::Error::last_os_error(), filename)
}

/// A path argument: str (or unicode, encoded as UTF-8) without NUL bytes.
fn path_bytes(o: Obj) -> PyResult<Vec<u8>> {
    if pystr::is_str(o) {
        return Ok(pystr::bytes(o).to_vec());
    }
    if unicode::is_unicode(o) {
        return Ok(unicode::to_rust_lossy(o).into_bytes());
    }
    Err(exc::type_error(&format!(
        "coercing to Unicode: need string or buffer, {} found",
        super::super::ops::type_name_of(o)
    )))
}

fn cpath(o: Obj) -> PyResult<CString> {
    CString::new(path_bytes(o)?)
        .map_err(|_| exc::type_error("must be encoded string without NULL bytes, not str"))
}

fn path_string(o: Obj) -> PyResult<String> {
    Ok(String::from_utf8_lossy(&path_bytes(o)?).into_owned())
}

fn int_arg(o: Obj) -> PyResult<i64> {
    int::as_i64(o, "Python int too large to convert to C long")
}

fn check(rc: i32, filename: Option<Obj>) -> PyResult<Obj> {
    if rc < 0 {
        Err(os_err(filename))
    } else {
        Ok(rt().none)
    }
}

fn getcwd(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    match std::env::current_dir() {
        Ok(p) => pystr::new(p.as_os_str().as_bytes()),
        Err(e) => Err(exc::os_error(rt().exc.OSError, &e, None)),
    }
}

fn listdir(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let p = path_string(a[0])?;
    let rd = std::fs::read_dir(if p.is_empty() { "." } else { &p })
        .map_err(|e| exc::os_error(rt().exc.OSError, &e, Some(a[0])))?;
    let l = list::new(&[])?;
    let uni = unicode::is_unicode(a[0]);
    for ent in rd.flatten() {
        let name = ent.file_name();
        let s = if uni {
            unicode::from_str(&name.to_string_lossy())?
        } else {
            pystr::new(name.as_bytes())?
        };
        list::append(l, s)?;
    }
    Ok(l)
}

fn stat_tuple(m: &std::fs::Metadata) -> PyResult<Obj> {
    let ft = |s: i64, ns: i64| s as f64 + ns as f64 * 1e-9;
    let vals = [
        int::new(m.mode() as i64)?,
        int::new(m.ino() as i64)?,
        int::new(m.dev() as i64)?,
        int::new(m.nlink() as i64)?,
        int::new(m.uid() as i64)?,
        int::new(m.gid() as i64)?,
        int::new(m.size() as i64)?,
        int::new(m.atime())?,
        int::new(m.mtime())?,
        int::new(m.ctime())?,
        float::new(ft(m.atime(), m.atime_nsec()))?,
        float::new(ft(m.mtime(), m.mtime_nsec()))?,
        float::new(ft(m.ctime(), m.ctime_nsec()))?,
        int::new(m.blksize() as i64)?,
        int::new(m.blocks() as i64)?,
        int::new(m.rdev() as i64)?,
    ];
    tuple::new(&vals)
}

fn stat_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let p = path_string(a[0])?;
    match std::fs::metadata(&p) {
        Ok(m) => stat_tuple(&m),
        Err(e) => Err(exc::os_error(rt().exc.OSError, &e, Some(a[0]))),
    }
}

fn lstat_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let p = path_string(a[0])?;
    match std::fs::symlink_metadata(&p) {
        Ok(m) => stat_tuple(&m),
        Err(e) => Err(exc::os_error(rt().exc.OSError, &e, Some(a[0]))),
    }
}

fn fstat_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let fd = int_arg(a[0])? as i32;
    // SAFETY: the File is never dropped, so the descriptor stays the caller's.
    let f = ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    match f.metadata() {
        Ok(m) => stat_tuple(&m),
        Err(e) => Err(exc::os_error(rt().exc.OSError, &e, None)),
    }
}

fn open_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let p = cpath(a[0])?;
    let flags = int_arg(a[1])? as i32;
    let mode = match a.get(2) {
        Some(&m) => int_arg(m)? as u32,
        None => 0o777,
    };
    // SAFETY: a NUL-terminated path.
    let fd = unsafe { c::open(p.as_ptr(), flags, mode) };
    if fd < 0 {
        return Err(os_err(Some(a[0])));
    }
    int::new(fd as i64)
}

fn close_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    // SAFETY: closing a descriptor number is memory-safe.
    check(unsafe { c::close(int_arg(a[0])? as i32) }, None)
}

fn read_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let fd = int_arg(a[0])? as i32;
    let n = int_arg(a[1])?;
    if n < 0 {
        return Err(os_err_code(22));
    }
    let mut buf = vec![0u8; n as usize];
    // SAFETY: buf has n writable bytes.
    let got = unsafe { c::read(fd, buf.as_mut_ptr() as *mut _, buf.len()) };
    if got < 0 {
        return Err(os_err(None));
    }
    pystr::new(&buf[..got as usize])
}

fn os_err_code(code: i32) -> super::super::object::Raised {
    exc::os_error(
        rt().exc.OSError,
        &std::io::Error::from_raw_os_error(code),
        None,
    )
}

fn write_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let fd = int_arg(a[0])? as i32;
    let data = path_bytes(a[1])?;
    // SAFETY: data is readable for its length.
    let n = unsafe { c::write(fd, data.as_ptr() as *const _, data.len()) };
    if n < 0 {
        return Err(os_err(None));
    }
    int::new(n as i64)
}

fn lseek_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    // SAFETY: plain syscall.
    let r = unsafe { c::lseek(int_arg(a[0])? as i32, int_arg(a[1])?, int_arg(a[2])? as i32) };
    if r < 0 {
        return Err(os_err(None));
    }
    int::new(r)
}

fn unlink_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let p = cpath(a[0])?;
    // SAFETY: NUL-terminated path.
    check(unsafe { c::unlink(p.as_ptr()) }, Some(a[0]))
}

fn rename_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let (p, q) = (cpath(a[0])?, cpath(a[1])?);
    // SAFETY: NUL-terminated paths.
    check(unsafe { c::rename(p.as_ptr(), q.as_ptr()) }, Some(a[0]))
}

fn symlink_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let (p, q) = (cpath(a[0])?, cpath(a[1])?);
    // SAFETY: NUL-terminated paths.
    check(unsafe { c::symlink(p.as_ptr(), q.as_ptr()) }, None)
}

fn readlink_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    match std::fs::read_link(path_string(a[0])?) {
        Ok(p) => pystr::new(p.as_os_str().as_bytes()),
        Err(e) => Err(exc::os_error(rt().exc.OSError, &e, Some(a[0]))),
    }
}

fn mkdir_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let p = cpath(a[0])?;
    let mode = match a.get(1) {
        Some(&m) => int_arg(m)? as u32,
        None => 0o777,
    };
    // SAFETY: NUL-terminated path.
    check(unsafe { c::mkdir(p.as_ptr(), mode) }, Some(a[0]))
}

fn rmdir_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let p = cpath(a[0])?;
    // SAFETY: NUL-terminated path.
    check(unsafe { c::rmdir(p.as_ptr()) }, Some(a[0]))
}

fn chdir_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let p = cpath(a[0])?;
    // SAFETY: NUL-terminated path.
    check(unsafe { c::chdir(p.as_ptr()) }, Some(a[0]))
}

fn chmod_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let p = cpath(a[0])?;
    // SAFETY: NUL-terminated path.
    check(
        unsafe { c::chmod(p.as_ptr(), int_arg(a[1])? as u32) },
        Some(a[0]),
    )
}

fn access_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let p = cpath(a[0])?;
    // SAFETY: NUL-terminated path.
    let r = unsafe { c::access(p.as_ptr(), int_arg(a[1])? as i32) };
    Ok(super::super::ops::bool_obj(r == 0))
}

fn umask_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    // SAFETY: plain syscall.
    int::new(unsafe { c::umask(int_arg(a[0])? as u32) } as i64)
}

fn getpid_(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    // SAFETY: plain syscall.
    int::new(unsafe { c::getpid() } as i64)
}

fn getppid_(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    // SAFETY: plain syscall.
    int::new(unsafe { c::getppid() } as i64)
}

fn getuid_(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    // SAFETY: plain syscall.
    int::new(unsafe { c::getuid() } as i64)
}

fn geteuid_(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    // SAFETY: plain syscall.
    int::new(unsafe { c::geteuid() } as i64)
}

fn getgid_(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    // SAFETY: plain syscall.
    int::new(unsafe { c::getgid() } as i64)
}

fn getegid_(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    // SAFETY: plain syscall.
    int::new(unsafe { c::getegid() } as i64)
}

fn system_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let cmd = cpath(a[0])?;
    flush_std();
    // SAFETY: NUL-terminated command.
    int::new(unsafe { c::system(cmd.as_ptr()) } as i64)
}

fn exit_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let code = int_arg(a[0])? as i32;
    // SAFETY: ends the process.
    unsafe { c::_exit(code) }
}

fn fork_(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    flush_std();
    // SAFETY: the child continues this single-threaded interpreter.
    let pid = unsafe { c::fork() };
    if pid < 0 {
        return Err(os_err(None));
    }
    int::new(pid as i64)
}

fn waitpid_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let mut status = 0i32;
    // SAFETY: status is a valid out pointer.
    let pid = unsafe { c::waitpid(int_arg(a[0])? as i32, &mut status, int_arg(a[1])? as i32) };
    if pid < 0 {
        return Err(os_err(None));
    }
    tuple::new(&[int::new(pid as i64)?, int::new(status as i64)?])
}

fn kill_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    // SAFETY: plain syscall.
    check(
        unsafe { c::kill(int_arg(a[0])? as i32, int_arg(a[1])? as i32) },
        None,
    )
}

fn isatty_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    // SAFETY: plain syscall.
    Ok(super::super::ops::bool_obj(
        unsafe { c::isatty(int_arg(a[0])? as i32) } == 1,
    ))
}

fn dup_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    // SAFETY: plain syscall.
    let r = unsafe { c::dup(int_arg(a[0])? as i32) };
    if r < 0 {
        return Err(os_err(None));
    }
    int::new(r as i64)
}

fn dup2_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    // SAFETY: plain syscall.
    check(
        unsafe { c::dup2(int_arg(a[0])? as i32, int_arg(a[1])? as i32) },
        None,
    )
}

fn pipe_(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let mut fds = [0i32; 2];
    // SAFETY: fds has room for two descriptors.
    if unsafe { c::pipe(fds.as_mut_ptr()) } < 0 {
        return Err(os_err(None));
    }
    tuple::new(&[int::new(fds[0] as i64)?, int::new(fds[1] as i64)?])
}

fn ftruncate_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    // SAFETY: plain syscall.
    check(
        unsafe { c::ftruncate(int_arg(a[0])? as i32, int_arg(a[1])?) },
        None,
    )
}

fn fsync_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    // SAFETY: plain syscall.
    check(unsafe { c::fsync(int_arg(a[0])? as i32) }, None)
}

fn strerror_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    pystr::from_str(&super::errno::strerror(int_arg(a[0])? as i32))
}

fn urandom_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let n = int_arg(a[0])?;
    if n < 0 {
        return Err(exc::value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    use std::io::Read;
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| exc::os_error(rt().exc.OSError, &e, None))?;
    pystr::new(&buf)
}

fn putenv_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let k = path_string(a[0])?;
    let v = path_string(a[1])?;
    if k.is_empty() || k.contains('=') || k.contains('\0') || v.contains('\0') {
        return Err(os_err_code(22));
    }
    std::env::set_var(k, v);
    Ok(rt().none)
}

fn unsetenv_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let k = path_string(a[0])?;
    if !k.is_empty() && !k.contains('=') && !k.contains('\0') {
        std::env::remove_var(k);
    }
    Ok(rt().none)
}

fn uname_(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let rd = |p: &str| {
        std::fs::read_to_string(p)
            .map(|s| s.trim_end().to_string())
            .unwrap_or_default()
    };
    let items = [
        rd("/proc/sys/kernel/ostype"),
        rd("/proc/sys/kernel/hostname"),
        rd("/proc/sys/kernel/osrelease"),
        rd("/proc/sys/kernel/version"),
        std::env::consts::ARCH.to_string(),
    ];
    tuple::from_fn(items.len(), |i| pystr::from_str(&items[i]))
}

fn fdopen_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let fd = int_arg(a[0])? as i32;
    let mode = match a.get(1) {
        Some(&m) => pystr::to_string_lossy(m),
        None => "r".to_string(),
    };
    let readable = mode.contains('r') || mode.contains('+');
    let writable = mode.contains('w') || mode.contains('a') || mode.contains('+');
    // SAFETY: the file object takes ownership of the descriptor (closing it on close).
    let f = unsafe { std::fs::File::from_raw_fd(fd) };
    file::new_file(file::Target::Disk(f), "<fdopen>", &mode, readable, writable)
}

/// A list or tuple of strings as NUL-terminated C strings.
fn cstrings(seq: Obj) -> PyResult<Vec<CString>> {
    let l = super::super::ops::iterate_to_list(seq)?;
    list::items(l).iter().map(|&o| cpath(o)).collect()
}

fn exec_common(a: &[Obj], env: Option<Obj>) -> PyResult<Obj> {
    let path = cpath(a[0])?;
    if !(list::is_list(a[1]) || tuple::is_tuple(a[1])) {
        return Err(exc::type_error("execv() arg 2 must be a tuple or list"));
    }
    let args = cstrings(a[1])?;
    if args.is_empty() {
        return Err(exc::value_error("execv() arg 2 must not be empty"));
    }
    let mut argv: Vec<*const std::os::raw::c_char> = args.iter().map(|c| c.as_ptr()).collect();
    argv.push(std::ptr::null());
    match env {
        None => {
            // SAFETY: NUL-terminated strings and a null-terminated array, alive during the call.
            unsafe { c::execv(path.as_ptr(), argv.as_ptr()) };
        }
        Some(e) => {
            let mut pairs = Vec::new();
            let keys = super::super::ops::iterate_to_list(super::super::ops::call_method(
                e,
                "keys",
                &[],
            )?)?;
            for &k in list::items(keys) {
                let v = super::super::ops::getitem(e, k)?;
                let mut b = path_bytes(k)?;
                b.push(b'=');
                b.extend(path_bytes(v)?);
                pairs.push(CString::new(b).map_err(|_| exc::type_error("embedded NUL character"))?);
            }
            let mut envp: Vec<*const std::os::raw::c_char> =
                pairs.iter().map(|c| c.as_ptr()).collect();
            envp.push(std::ptr::null());
            // SAFETY: as above.
            unsafe { c::execve(path.as_ptr(), argv.as_ptr(), envp.as_ptr()) };
        }
    }
    Err(os_err(None))
}

fn execv_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    exec_common(a, None)
}

fn execve_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    exec_common(a, Some(a[2]))
}

fn closerange_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let lo = int_arg(a[0])?.max(0);
    let hi = int_arg(a[1])?.min(1 << 20);
    for fd in lo..hi {
        // SAFETY: closing descriptor numbers; errors ignored as in CPython.
        unsafe { c::close(fd as i32) };
    }
    Ok(rt().none)
}

const FUNCS: &[(&str, NativeFn, Arity)] = &[
    ("execv", execv_, Arity::Range(2, 2)),
    ("execve", execve_, Arity::Range(3, 3)),
    ("closerange", closerange_, Arity::Range(2, 2)),
    ("getcwd", getcwd, Arity::None),
    ("listdir", listdir, Arity::One),
    ("_stat", stat_, Arity::One),
    ("_lstat", lstat_, Arity::One),
    ("_fstat", fstat_, Arity::One),
    ("open", open_, Arity::Range(2, 3)),
    ("close", close_, Arity::One),
    ("read", read_, Arity::Range(2, 2)),
    ("write", write_, Arity::Range(2, 2)),
    ("lseek", lseek_, Arity::Range(3, 3)),
    ("unlink", unlink_, Arity::One),
    ("remove", unlink_, Arity::One),
    ("rename", rename_, Arity::Range(2, 2)),
    ("symlink", symlink_, Arity::Range(2, 2)),
    ("readlink", readlink_, Arity::One),
    ("mkdir", mkdir_, Arity::Range(1, 2)),
    ("rmdir", rmdir_, Arity::One),
    ("chdir", chdir_, Arity::One),
    ("chmod", chmod_, Arity::Range(2, 2)),
    ("access", access_, Arity::Range(2, 2)),
    ("umask", umask_, Arity::One),
    ("getpid", getpid_, Arity::None),
    ("getppid", getppid_, Arity::None),
    ("getuid", getuid_, Arity::None),
    ("geteuid", geteuid_, Arity::None),
    ("getgid", getgid_, Arity::None),
    ("getegid", getegid_, Arity::None),
    ("system", system_, Arity::One),
    ("_exit", exit_, Arity::One),
    ("fork", fork_, Arity::None),
    ("waitpid", waitpid_, Arity::Range(2, 2)),
    ("kill", kill_, Arity::Range(2, 2)),
    ("isatty", isatty_, Arity::One),
    ("dup", dup_, Arity::One),
    ("dup2", dup2_, Arity::Range(2, 2)),
    ("pipe", pipe_, Arity::None),
    ("ftruncate", ftruncate_, Arity::Range(2, 2)),
    ("fsync", fsync_, Arity::One),
    ("strerror", strerror_, Arity::One),
    ("urandom", urandom_, Arity::One),
    ("putenv", putenv_, Arity::Range(2, 2)),
    ("unsetenv", unsetenv_, Arity::One),
    ("uname", uname_, Arity::None),
    ("fdopen", fdopen_, Arity::Range(1, 3)),
];

/// The Python-level part: stat_result, wrappers over the natives, constants.
const POSIX_PY: &str = r#"
error = OSError
class stat_result(tuple):
    n_sequence_fields = 10
    n_fields = 16
    n_unnamed_fields = 3
    def __new__(cls, t):
        self = tuple.__new__(cls, t[:10])
        self._extra = tuple(t[10:])
        return self
    st_mode = property(lambda s: s[0])
    st_ino = property(lambda s: s[1])
    st_dev = property(lambda s: s[2])
    st_nlink = property(lambda s: s[3])
    st_uid = property(lambda s: s[4])
    st_gid = property(lambda s: s[5])
    st_size = property(lambda s: s[6])
    st_atime = property(lambda s: s._extra[0])
    st_mtime = property(lambda s: s._extra[1])
    st_ctime = property(lambda s: s._extra[2])
    st_blksize = property(lambda s: s._extra[3])
    st_blocks = property(lambda s: s._extra[4])
    st_rdev = property(lambda s: s._extra[5])
    def __repr__(self):
        names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
                 'st_atime', 'st_mtime', 'st_ctime')
        return 'posix.stat_result(%s)' % ', '.join(['%s=%r' % (n, v) for n, v in zip(names, self)])
    def __reduce__(self):
        return (stat_result, (tuple(self) + self._extra,))
stat_result.__module__ = 'posix'

def stat(path):
    return stat_result(_stat(path))
def lstat(path):
    return stat_result(_lstat(path))
def fstat(fd):
    return stat_result(_fstat(fd))
def getcwdu():
    return getcwd().decode('utf-8')
def stat_float_times(newval=None):
    return True
def WIFEXITED(status):
    return (status & 0x7f) == 0
def WEXITSTATUS(status):
    return (status >> 8) & 0xff
def WIFSIGNALED(status):
    return ((status & 0x7f) + 1) >> 1 > 0 and (status & 0x7f) != 0x7f and (status & 0x7f) != 0
def WTERMSIG(status):
    return status & 0x7f
def WIFSTOPPED(status):
    return (status & 0xff) == 0x7f
def WSTOPSIG(status):
    return (status >> 8) & 0xff
def times():
    import time
    t = time.clock()
    return (t, 0.0, 0.0, 0.0, time.time())

F_OK = 0; R_OK = 4; W_OK = 2; X_OK = 1
O_RDONLY = 0; O_WRONLY = 1; O_RDWR = 2; O_CREAT = 64; O_EXCL = 128; O_NOCTTY = 256
O_TRUNC = 512; O_APPEND = 1024; O_NONBLOCK = 2048; O_NDELAY = 2048; O_SYNC = 1052672
O_DSYNC = 4096; O_RSYNC = 1052672; O_DIRECTORY = 65536; O_NOFOLLOW = 131072
O_LARGEFILE = 0; O_DIRECT = 16384; O_NOATIME = 262144; O_ASYNC = 8192
WNOHANG = 1; WUNTRACED = 2; WCONTINUED = 8
EX_OK = 0
SEEK_SET = 0; SEEK_CUR = 1; SEEK_END = 2
NGROUPS_MAX = 65536
TMP_MAX = 238328
# `from posix import *` goes through __all__ (modules have no __dict__ attribute yet).
__all__ = [_n for _n in list(globals()) if not _n.startswith('_')]
del _n
"#;

pub fn init(d: Obj) -> PyResult<()> {
    super::add_funcs(d, FUNCS)?;
    let env = dict::new()?;
    for (k, v) in std::env::vars_os() {
        let ko = pystr::new(k.as_bytes())?;
        let vo = pystr::new(v.as_bytes())?;
        dict::set_item(env, ko, vo)?;
    }
    dict::set_str(d, "environ", env)?;
    super::run_source(d, "posix", POSIX_PY)
}
