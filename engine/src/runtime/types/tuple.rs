//! `tuple`: immutable arrays. Layout: header, length (offset 8), items inline.
//!
//! Exact tuples of one to four items (the common `(a, b)` of enumerate, zip, dict items and
//! tuple displays) are allocated with a constant size ([`of`]), which the GC fast path folds
//! to a few instructions; the empty tuple is a shared singleton.

use super::super::object::{alloc, Header, Obj, PyResult};
use super::super::rt::rt;
use crate::gc;

#[repr(C)]
pub struct TupleObj {
    pub head: Header,
    pub len: usize,
    // items follow
}

pub const ITEMS_OFFSET: usize = std::mem::size_of::<TupleObj>();

unsafe fn trace_tuple(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: a tuple object (possibly all-zero: len 0).
    unsafe {
        let len = (*(p as *const TupleObj)).len;
        let items = p.add(ITEMS_OFFSET) as *const *mut u8;
        for i in 0..len {
            m.mark(*items.add(i));
        }
    }
}

pub static TUPLE_KIND: gc::Kind = gc::Kind {
    name: "tuple",
    trace: Some(trace_tuple),
    drop: None,
};

fn tuple_tail_offset(p: *mut u8) -> usize {
    // SAFETY: a tuple object.
    let len = unsafe { (*(p as *const TupleObj)).len };
    ITEMS_OFFSET + len * 8
}

crate::sub_kind!(
    TUPLE_SUB_KIND,
    "tuple subclass instance",
    Some(trace_tuple),
    None,
    tuple_tail_offset
);

/// A new tuple of class `cls` holding `items`.
pub fn new_of(cls: Obj, items: &[Obj]) -> PyResult<Obj> {
    let r = rt();
    if cls == r.types.tuple && items.is_empty() && r.chars.len() == 256 {
        return Ok(r.empty_tuple);
    }
    let base = ITEMS_OFFSET
        .checked_add(
            items
                .len()
                .checked_mul(8)
                .ok_or_else(super::super::exc::memory_error)?,
        )
        .ok_or_else(super::super::exc::memory_error)?;
    let (kind, extra) = if cls == r.types.tuple {
        (&TUPLE_KIND, 0)
    } else {
        (&TUPLE_SUB_KIND, super::super::class::tail_size(cls))
    };
    let o = alloc(kind, base + extra, cls)?;
    // SAFETY: fresh object with room for the items.
    unsafe {
        std::ptr::copy_nonoverlapping(
            items.as_ptr(),
            o.as_ptr().add(ITEMS_OFFSET) as *mut Obj,
            items.len(),
        );
        o.cast::<TupleObj>().len = items.len();
    }
    if extra > 0 {
        super::super::class::init_tail(o, cls, base);
    }
    Ok(o)
}

/// A new (exact) tuple holding `items`.
pub fn new(items: &[Obj]) -> PyResult<Obj> {
    match *items {
        [a] => of([a]),
        [a, b] => of([a, b]),
        [a, b, c] => of([a, b, c]),
        [a, b, c, d] => of([a, b, c, d]),
        _ => new_of(rt().types.tuple, items),
    }
}

/// A new exact tuple of `N >= 1` items: a constant-size allocation.
#[inline(always)]
pub fn of<const N: usize>(items: [Obj; N]) -> PyResult<Obj> {
    const { assert!(N > 0, "the empty tuple is a singleton") };
    let o = alloc(&TUPLE_KIND, ITEMS_OFFSET + N * 8, rt().types.tuple)?;
    // SAFETY: fresh tuple object with room for N items after the length word.
    unsafe {
        o.cast::<TupleObj>().len = N;
        (o.as_ptr().add(ITEMS_OFFSET) as *mut [Obj; N]).write(items);
    }
    Ok(o)
}

/// `(a, b)`.
#[inline]
pub fn pair(a: Obj, b: Obj) -> PyResult<Obj> {
    of([a, b])
}

/// Whether `o` is a tuple (or subclass instance).
#[inline]
pub fn is_tuple(o: Obj) -> bool {
    let c = o.class();
    let r = rt();
    c == r.types.tuple || super::super::typeobj::is_subtype(c, r.types.tuple)
}

/// The items of a tuple (the caller knows `o` is one).
#[inline]
pub fn items(o: Obj) -> &'static [Obj] {
    // SAFETY: `o` is a tuple: len items follow the header.
    unsafe {
        let len = o.cast::<TupleObj>().len;
        std::slice::from_raw_parts(o.as_ptr().add(ITEMS_OFFSET) as *const Obj, len)
    }
}

#[inline]
pub fn len(o: Obj) -> usize {
    // SAFETY: as above.
    unsafe { o.cast::<TupleObj>().len }
}

/// A tuple of `n` slots filled by `f` (used while building from iterators; the partial tuple
/// is a valid object at every step because unfilled slots are null and ignored by marking).
pub fn from_fn(n: usize, mut f: impl FnMut(usize) -> PyResult<Obj>) -> PyResult<Obj> {
    if n == 0 {
        return new(&[]);
    }
    let size = ITEMS_OFFSET
        .checked_add(
            n.checked_mul(8)
                .ok_or_else(super::super::exc::memory_error)?,
        )
        .ok_or_else(super::super::exc::memory_error)?;
    let o = alloc(&TUPLE_KIND, size, rt().types.tuple)?;
    // SAFETY: fresh tuple with n slots; len set first so marking sees (null) slots.
    unsafe { o.cast::<TupleObj>().len = n };
    let base = unsafe { o.as_ptr().add(ITEMS_OFFSET) as *mut Obj };
    for i in 0..n {
        let v = f(i)?;
        // SAFETY: i < n.
        unsafe { base.add(i).write(v) };
    }
    Ok(o)
}
