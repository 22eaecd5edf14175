//! The `print` statement (softspace rules) and `sys.displayhook`.
//!
//! CPython 2.7's PRINT_ITEM: write a space first if the file's softspace is set; write
//! `str(item)`; then set softspace unless the item is a str/unicode ending in a whitespace
//! character other than ' ' (CPython: `isspace(c) && c != ' '`). PRINT_NEWLINE writes "\n" and
//! clears softspace. Files other than builtin file objects keep softspace as an attribute.

use super::exc;
use super::object::{Obj, PyResult};
use super::ops;
use super::rt::rt;
use super::types::{file, str as pystr, unicode};

/// `sys.stdout` (RuntimeError `lost sys.stdout` if it is gone).
pub fn stdout() -> PyResult<Obj> {
    let r = rt();
    match super::types::dict::get_item(super::types::module::dict_of(r.sys), r.names.stdout)? {
        Some(f) => Ok(f),
        None => Err(exc::runtime_error("lost sys.stdout")),
    }
}

fn get_softspace(f: Obj) -> PyResult<bool> {
    if file::is_file(f) {
        return Ok(file::softspace(f));
    }
    match ops::getattr_opt(f, rt().names.softspace)? {
        Some(v) => ops::truthy(v),
        None => Ok(false),
    }
}

fn set_softspace(f: Obj, v: bool) -> PyResult<()> {
    if file::is_file(f) {
        file::set_softspace(f, v);
        return Ok(());
    }
    let val = super::types::int::new(v as i64)?;
    match ops::setattr(f, rt().names.softspace, val) {
        Ok(()) => Ok(()),
        Err(e) => {
            if exc::pending_is(rt().exc.AttributeError) {
                exc::clear_pending();
                Ok(())
            } else {
                Err(e)
            }
        }
    }
}

fn write(f: Obj, s: Obj) -> PyResult<()> {
    if file::is_file(f) {
        if pystr::is_str(s) {
            return file::write_bytes(f, pystr::bytes(s));
        }
        let b = unicode::encode_default(s)?;
        return file::write_bytes(f, pystr::bytes(b));
    }
    ops::call_method(f, "write", &[s]).map(|_| ())
}

fn dest_or_stdout(dest: Option<Obj>) -> PyResult<Obj> {
    match dest {
        Some(d) if d != rt().none => Ok(d),
        _ => stdout(),
    }
}

pub fn print_item(dest: Option<Obj>, v: Obj) -> PyResult<()> {
    let f = dest_or_stdout(dest)?;
    if get_softspace(f)? {
        write(f, pystr::from_str(" ")?)?;
    }
    let s = if unicode::is_unicode(v) && file::is_file(f) {
        v
    } else {
        ops::str_or_unicode(v)?
    };
    write(f, s)?;
    let ends_ws = if pystr::is_str(s) {
        pystr::bytes(s)
            .last()
            .is_some_and(|&c| c != b' ' && (c.is_ascii_whitespace() || c == b'\x0b'))
    } else {
        unicode::code_points(s).last().is_some_and(|&c| {
            c != ' ' as u32 && char::from_u32(c).is_some_and(|x| x.is_whitespace())
        })
    };
    set_softspace(f, !ends_ws)
}

pub fn print_newline(dest: Option<Obj>) -> PyResult<()> {
    let f = dest_or_stdout(dest)?;
    write(f, pystr::from_str("\n")?)?;
    set_softspace(f, false)
}

/// `sys.displayhook(value)` for interactive statements.
pub fn display_hook(v: Obj) -> PyResult<()> {
    let r = rt();
    if v == r.none {
        return Ok(());
    }
    let f = stdout()?;
    let s = ops::repr(v)?;
    write(f, s)?;
    write(f, pystr::from_str("\n")?)?;
    super::types::dict::set_item(r.builtins_dict, pystr::intern("_")?, v)
}

/// Writes to the process's stderr directly (after flushing sys.stdout's buffer is not needed:
/// the harness compares the streams separately).
/// Writes `b` to `sys.stderr` (whatever object the program put there, as CPython's
/// `PyErr_Display` does); to the process's stderr when `sys.stderr` is gone or None.
pub fn write_sys_stderr(b: &[u8]) -> PyResult<()> {
    let r = rt();
    let f = super::types::dict::get_item(super::types::module::dict_of(r.sys), r.names.stderr)?;
    match f {
        Some(f) if f != r.none => {
            let s = pystr::new(b)?;
            write(f, s)?;
            if file::is_file(f) {
                // The builtin file may buffer; stderr output must not wait.
                file::flush(f)?;
            }
            Ok(())
        }
        _ => {
            write_stderr(b);
            Ok(())
        }
    }
}

pub fn write_stderr(b: &[u8]) {
    use std::io::Write;
    let mut e = std::io::stderr().lock();
    let _ = e.write_all(b);
    let _ = e.flush();
}

/// `Py_FlushLine`: ends a pending `print x,` line on sys.stdout (at exit and before a traceback).
pub fn flush_line() {
    let Ok(f) = stdout() else {
        exc::clear_pending();
        return;
    };
    match get_softspace(f) {
        Ok(true) => {
            let _ = pystr::from_str("\n").and_then(|nl| write(f, nl));
            let _ = set_softspace(f, false);
        }
        Ok(false) => {}
        Err(_) => exc::clear_pending(),
    }
    if exc::peek_pending().is_some() {
        exc::clear_pending();
    }
}
