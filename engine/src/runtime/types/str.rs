//! `str`: immutable byte strings. Layout: header, cached hash (-1 until computed), length, then
//! the bytes inline (plus a NUL, as CPython keeps one). Interning: `intern` maps equal strs to
//! one object through `rt().interned`.
//!
//! Making a str: `new(bytes)` copies a byte slice; `build(len, fill)` and `concat(parts)` write
//! the bytes straight into the fresh object (no intermediate Rust buffer). All three hand out
//! the shared empty string and the shared one-byte strings (`rt().chars`) as CPython does.
//!
//! The methods of `str` live in `str_methods.rs`; this file has the layout and the helpers the
//! rest of the runtime uses to make and read strs.

use std::cell::Cell;

use super::super::object::{alloc, Obj, PyResult};
use super::super::rt::rt;
use crate::gc;

#[repr(C)]
pub struct StrObj {
    pub head: super::super::object::Header,
    pub hash: Cell<i64>,
    pub len: usize,
    // bytes follow
}

pub const DATA_OFFSET: usize = std::mem::size_of::<StrObj>();

pub static STR_KIND: gc::Kind = gc::Kind {
    name: "str",
    trace: None,
    drop: None,
};

fn str_tail_offset(p: *mut u8) -> usize {
    // SAFETY: a str object: len is at its fixed offset.
    let len = unsafe { (*(p as *const StrObj)).len };
    (DATA_OFFSET + len + 1).next_multiple_of(8)
}

crate::sub_kind!(
    STR_SUB_KIND,
    "str subclass instance",
    None,
    None,
    str_tail_offset
);

/// A new str of class `cls` (str or a subclass) with `bytes`.
pub fn new_of(cls: Obj, bytes: &[u8]) -> PyResult<Obj> {
    let t = super::super::typeobj::tobj(cls);
    let (kind, extra) = if cls == rt().types.str {
        (&STR_KIND, 0)
    } else {
        (&STR_SUB_KIND, super::super::class::tail_size(cls))
    };
    let size = if extra > 0 {
        (DATA_OFFSET + bytes.len() + 1).next_multiple_of(8) + extra
    } else {
        DATA_OFFSET + bytes.len() + 1
    };
    let _ = t;
    let o = alloc(kind, size, cls)?;
    // SAFETY: fresh object of the right size.
    unsafe {
        let s = o.cast::<StrObj>();
        s.hash.set(-1);
        s.len = bytes.len();
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), o.as_ptr().add(DATA_OFFSET), bytes.len());
    }
    if extra > 0 {
        super::super::class::init_tail(o, cls, str_tail_offset(o.as_ptr()));
    }
    Ok(o)
}

/// A new `str`. Single bytes and the empty string are shared.
pub fn new(bytes: &[u8]) -> PyResult<Obj> {
    let r = rt();
    if r.chars.len() == 256 {
        match bytes.len() {
            0 => return Ok(r.empty_str),
            1 => return Ok(r.chars[bytes[0] as usize]),
            _ => {}
        }
    }
    new_of(r.types.str, bytes)
}

/// A new `str` of `len` bytes written in place by `fill` (given exactly `len` zeroed bytes).
/// `fill` must not allocate GC objects; what it reads must be held by the caller (on its
/// stack) across this call, as for any allocation. Empty and one-byte results are the shared
/// strs, as with [`new`].
pub fn build(len: usize, fill: impl FnOnce(&mut [u8])) -> PyResult<Obj> {
    if len <= 1 {
        let mut one = [0u8; 1];
        fill(&mut one[..len]);
        return new(&one[..len]);
    }
    let size = len
        .checked_add(DATA_OFFSET + 1)
        .filter(|&n| n <= isize::MAX as usize)
        .ok_or_else(super::super::exc::memory_error)?;
    let o = alloc(&STR_KIND, size, rt().types.str)?;
    // SAFETY: a fresh, zeroed str object of `size` bytes: `len` data bytes follow the header
    // (the NUL after them is already zero), and nothing else refers to it yet.
    unsafe {
        let s = o.cast::<StrObj>();
        s.hash.set(-1);
        s.len = len;
        fill(std::slice::from_raw_parts_mut(
            o.as_ptr().add(DATA_OFFSET),
            len,
        ));
    }
    Ok(o)
}

/// A new `str` holding `parts` one after the other (`a + b`, joins).
pub fn concat(parts: &[&[u8]]) -> PyResult<Obj> {
    let len = parts
        .iter()
        .try_fold(0usize, |n, p| n.checked_add(p.len()))
        .ok_or_else(super::super::exc::memory_error)?;
    build(len, |buf| {
        let mut at = 0;
        for p in parts {
            buf[at..at + p.len()].copy_from_slice(p);
            at += p.len();
        }
    })
}

/// A new str built from Rust text.
pub fn from_str(s: &str) -> PyResult<Obj> {
    new(s.as_bytes())
}

/// Whether `o` is a str (or subclass instance).
#[inline]
pub fn is_str(o: Obj) -> bool {
    let c = o.class();
    let r = rt();
    c == r.types.str || super::super::typeobj::is_subtype(c, r.types.str)
}

/// The bytes of a str. The caller knows `o` is a str.
#[inline]
pub fn bytes(o: Obj) -> &'static [u8] {
    // SAFETY: `o` is a str (caller's contract): len bytes follow the header.
    unsafe {
        let s = o.cast::<StrObj>();
        std::slice::from_raw_parts(o.as_ptr().add(DATA_OFFSET), s.len)
    }
}

#[inline]
pub fn len(o: Obj) -> usize {
    // SAFETY: as above.
    unsafe { o.cast::<StrObj>().len }
}

/// The cached hash of a str.
#[inline]
pub fn hash(o: Obj) -> i64 {
    // SAFETY: as above.
    let s = unsafe { o.cast::<StrObj>() };
    let h = s.hash.get();
    if h != -1 {
        return h;
    }
    let h = crate::pyhash::str_hash(bytes(o));
    s.hash.set(h);
    h
}

/// The bytes as Rust text (invalid UTF-8 replaced), for messages and names.
pub fn to_string_lossy(o: Obj) -> String {
    String::from_utf8_lossy(bytes(o)).into_owned()
}

/// Like `to_string_lossy`, for any object: strs give their text, others their class name.
pub fn as_str_lossy(o: Obj) -> String {
    if is_str(o) {
        to_string_lossy(o)
    } else {
        format!("<{}>", super::super::typeobj::class_name_of(o))
    }
}

/// The interned str equal to `s`.
pub fn intern(s: &str) -> PyResult<Obj> {
    let o = from_str(s)?;
    intern_obj(o)
}

/// Interns a str object: returns the canonical equal str.
pub fn intern_obj(o: Obj) -> PyResult<Obj> {
    if o.class() != rt().types.str {
        return Ok(o);
    }
    let table = rt().interned;
    if let Some(v) = super::dict::get_item(table, o)? {
        return Ok(v);
    }
    super::dict::set_item(table, o, o)?;
    Ok(o)
}

/// `str == str` by value.
#[inline]
pub fn eq(a: Obj, b: Obj) -> bool {
    a == b || bytes(a) == bytes(b)
}
