//! `int`: a machine integer (`i64` at offset 8) that promotes to `long` on overflow.
//! Small values (`SMALL_INT_MIN..=SMALL_INT_MAX`) are shared objects.

use super::super::exc;
use super::super::object::{alloc, Header, Obj, PyResult};
use super::super::rt::{rt, SMALL_INT_MAX, SMALL_INT_MIN};
use crate::gc;

#[repr(C)]
pub struct IntObj {
    pub head: Header,
    pub value: i64,
}

pub static INT_KIND: gc::Kind = gc::Kind {
    name: "int",
    trace: None,
    drop: None,
};

fn int_tail_offset(_p: *mut u8) -> usize {
    std::mem::size_of::<IntObj>()
}

crate::sub_kind!(
    INT_SUB_KIND,
    "int subclass instance",
    None,
    None,
    int_tail_offset
);

#[inline]
pub fn new(v: i64) -> PyResult<Obj> {
    let r = rt();
    // One unsigned compare for the range; `get` is None while the cache is being built.
    let i = v.wrapping_sub(SMALL_INT_MIN) as u64;
    if i <= (SMALL_INT_MAX - SMALL_INT_MIN) as u64 {
        if let Some(&o) = r.small_ints.get(i as usize) {
            return Ok(o);
        }
    }
    new_exact(v)
}

/// A new object of class `int` (not from the small-int cache).
#[inline]
fn new_exact(v: i64) -> PyResult<Obj> {
    let o = alloc(&INT_KIND, std::mem::size_of::<IntObj>(), rt().types.int)?;
    // SAFETY: fresh int object.
    unsafe { o.cast::<IntObj>().value = v };
    Ok(o)
}

/// A new int of class `cls` (int, bool during init, or a subclass).
pub fn new_of(cls: Obj, v: i64) -> PyResult<Obj> {
    let r = rt();
    let o = if cls == r.types.int || cls == r.types.bool {
        alloc(&INT_KIND, std::mem::size_of::<IntObj>(), cls)?
    } else {
        let base = std::mem::size_of::<IntObj>();
        let o = alloc(
            &INT_SUB_KIND,
            base + super::super::class::tail_size(cls),
            cls,
        )?;
        super::super::class::init_tail(o, cls, base);
        o
    };
    // SAFETY: fresh int object.
    unsafe { o.cast::<IntObj>().value = v };
    Ok(o)
}

/// Whether `o` is an int (bool and subclasses included).
#[inline]
pub fn is_int(o: Obj) -> bool {
    let c = o.class();
    let r = rt();
    c == r.types.int || c == r.types.bool || super::super::typeobj::is_subtype(c, r.types.int)
}

/// The value of an int (the caller knows `o` is one).
#[inline]
pub fn value(o: Obj) -> i64 {
    // SAFETY: `o` is an int.
    unsafe { o.cast::<IntObj>().value }
}

/// An int, or a long when `v` does not fit (i128 results of int arithmetic).
pub fn from_i128(v: i128) -> PyResult<Obj> {
    match i64::try_from(v) {
        Ok(x) => new(x),
        Err(_) => super::long::new(num_bigint::BigInt::from(v)),
    }
}

pub fn overflow_to_long(v: num_bigint::BigInt) -> PyResult<Obj> {
    super::long::new(v)
}

/// `int(x)`-style conversion of Python integers to i64 for indices and counts: OverflowError
/// with `msg` for longs out of range.
pub fn as_i64(o: Obj, msg: &str) -> PyResult<i64> {
    if is_int(o) {
        return Ok(value(o));
    }
    if super::long::is_long(o) {
        use num_traits::ToPrimitive;
        return super::long::value(o)
            .to_i64()
            .ok_or_else(|| exc::overflow_error(msg));
    }
    Err(exc::type_error("an integer is required"))
}
