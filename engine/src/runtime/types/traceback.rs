//! `traceback` objects: one per frame an exception passed through, innermost last
//! (`tb_next` points inwards), and the printing of uncaught exceptions.

use super::super::exc::{self, ExcState};
use super::super::object::{alloc_value, mark, mark_opt, Header, Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::{code, frame, str as pystr};
use crate::gc;

#[repr(C)]
pub struct TracebackObj {
    pub head: Header,
    pub next: Option<Obj>,
    pub frame: Obj,
    pub lineno: i64,
}

unsafe fn trace_tb(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: a traceback object.
    unsafe {
        if *(p as *const usize) == 0 {
            return;
        }
        let t = &*(p as *const TracebackObj);
        mark_opt(m, t.next);
        mark(m, t.frame);
    }
}

pub static TB_KIND: gc::Kind = gc::Kind {
    name: "traceback",
    trace: Some(trace_tb),
    drop: None,
};

/// Adds an entry for `fr` at `line` in front of the pending exception's traceback.
pub fn add_here(fr: Obj, line: u32) {
    let Some(p) = exc::peek_pending() else { return };
    frame::escape(fr);
    let t = rt().types.traceback;
    if let Ok(tb) = alloc_value(
        &TB_KIND,
        t,
        TracebackObj {
            head: Header { class: t },
            next: p.tb,
            frame: fr,
            lineno: line as i64,
        },
    ) {
        // The allocation may have replaced the pending exception with MemoryError.
        if let Some(mut cur) = exc::peek_pending() {
            if cur.value == p.value {
                cur.tb = Some(tb);
                exc::set_pending(cur);
            }
        }
    }
}

#[inline]
pub fn obj(t: Obj) -> &'static TracebackObj {
    // SAFETY: the caller knows `t` is a traceback.
    unsafe { t.cast::<TracebackObj>() }
}

pub fn is_traceback(o: Obj) -> bool {
    o.class() == rt().types.traceback
}

/// The text CPython prints for an uncaught exception (`PyErr_Print`): the traceback entries
/// with source lines, then `Type: message`.
pub fn format_exception(e: ExcState) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    if let Some(tb) = e.tb {
        out.extend_from_slice(b"Traceback (most recent call last):\n");
        let mut cur = Some(tb);
        while let Some(t) = cur {
            let to = obj(t);
            let co = frame::code_of(to.frame);
            let c = code::obj(co);
            let filename = pystr::to_string_lossy(c.filename);
            let name = pystr::to_string_lossy(c.name);
            out.extend_from_slice(
                format!("  File \"{}\", line {}, in {}\n", filename, to.lineno, name).as_bytes(),
            );
            if let Some(src) = super::super::linecache::line(&filename, to.lineno as usize) {
                let s = src.trim_start_matches([' ', '\t', '\x0c']);
                let s = s.trim_end_matches(['\n', '\r']);
                out.extend_from_slice(b"    ");
                out.extend_from_slice(s.as_bytes());
                out.push(b'\n');
            }
            cur = to.next;
        }
    }
    out.extend_from_slice(&format_exception_only(e.ty, e.value)?);
    Ok(out)
}

/// The last line(s): `Type: message` (`traceback.format_exception_only`), with SyntaxError's
/// file/line/caret block.
pub fn format_exception_only(ty: Obj, value: Obj) -> PyResult<Vec<u8>> {
    let r = rt();
    let mut out = Vec::new();
    let is_syntax = super::classobj::issubclass_any(ty, r.exc.SyntaxError);
    let mut value = value;
    if is_syntax {
        if let Some(block) = super::exception::syntax_error_block(value)? {
            out.extend_from_slice(&block.0);
            value = block.1;
        }
    }
    let name = exception_type_name(ty)?;
    let text = match value_text(value) {
        Ok(t) => Some(t),
        Err(_) => {
            exc::clear_pending();
            None
        }
    };
    match text {
        Some(t) if !t.is_empty() => {
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(b": ");
            out.extend_from_slice(&t);
        }
        Some(_) => out.extend_from_slice(name.as_bytes()),
        None => {
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(b": <unprintable ");
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(b" object>");
        }
    }
    out.push(b'\n');
    Ok(out)
}

/// `str(value)` for the message line (unicode messages are encoded as ASCII with
/// backslash escapes, as CPython's file printing of unicode does on an ASCII stream).
fn value_text(value: Obj) -> PyResult<Vec<u8>> {
    if value == rt().none {
        return Ok(Vec::new());
    }
    let s = ops::str_or_unicode(value)?;
    if super::unicode::is_unicode(s) {
        let v = super::unicode::encode_default(s)?;
        return Ok(pystr::bytes(v).to_vec());
    }
    Ok(pystr::bytes(s).to_vec())
}

/// The name printed for an exception class: `module.Name` for every module but `exceptions`
/// (so `__main__.MyError`), as `PyErr_Display` does.
fn exception_type_name(ty: Obj) -> PyResult<String> {
    let r = rt();
    let name = if ty.class() == r.types.classobj {
        super::classobj::class_name(ty)
    } else if super::super::typeobj::is_type(ty) {
        super::super::typeobj::type_name(ty)
    } else {
        return ops::str_text(ty);
    };
    let module = ops::getattr_opt(ty, r.names.__module__)?;
    match module {
        Some(m) if pystr::is_str(m) => {
            let ms = pystr::to_string_lossy(m);
            if ms == "exceptions" {
                Ok(name)
            } else {
                Ok(format!("{ms}.{name}"))
            }
        }
        _ => Ok(name),
    }
}
