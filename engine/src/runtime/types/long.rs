//! `long`: arbitrary-precision integers (`num_bigint::BigInt`, kept in the object and freed
//! on sweep). Arithmetic lives in `number.rs`.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::super::object::{alloc, Header, Obj, PyResult};
use super::super::rt::rt;
use crate::gc;

#[repr(C)]
pub struct LongObj {
    pub head: Header,
    pub value: BigInt,
}

unsafe fn drop_long(p: *mut u8) {
    // SAFETY: a long being swept; its value was written when its class was.
    unsafe {
        if *(p as *const usize) == 0 {
            return;
        }
        std::ptr::drop_in_place(&mut (*(p as *mut LongObj)).value);
    }
}

pub static LONG_KIND: gc::Kind = gc::Kind {
    name: "long",
    trace: None,
    drop: Some(drop_long),
};

fn long_tail_offset(_p: *mut u8) -> usize {
    std::mem::size_of::<LongObj>()
}

crate::sub_kind!(
    LONG_SUB_KIND,
    "long subclass instance",
    None,
    Some(drop_long),
    long_tail_offset
);

pub fn new(v: BigInt) -> PyResult<Obj> {
    new_of(rt().types.long, v)
}

pub fn new_of(cls: Obj, v: BigInt) -> PyResult<Obj> {
    let base = std::mem::size_of::<LongObj>();
    let o = if cls == rt().types.long {
        alloc(&LONG_KIND, base, cls)?
    } else {
        let o = alloc(
            &LONG_SUB_KIND,
            base + super::super::class::tail_size(cls),
            cls,
        )?;
        super::super::class::init_tail(o, cls, base);
        o
    };
    // Big digits live in the Rust heap: count them toward the next collection.
    let digit_bytes = (v.bits() / 8) as usize;
    if digit_bytes > 64 {
        crate::gc::add_external(digit_bytes);
    }
    // SAFETY: fresh long object; nothing can observe it before the value is written.
    unsafe { std::ptr::write(&mut o.cast::<LongObj>().value, v) };
    Ok(o)
}

#[inline]
pub fn is_long(o: Obj) -> bool {
    let c = o.class();
    let r = rt();
    c == r.types.long || super::super::typeobj::is_subtype(c, r.types.long)
}

#[inline]
pub fn value(o: Obj) -> &'static BigInt {
    // SAFETY: the caller knows `o` is a long.
    unsafe { &o.cast::<LongObj>().value }
}

/// An int if the value fits, else a long (for functions that return "int or long").
pub fn int_or_long(v: BigInt) -> PyResult<Obj> {
    match v.to_i64() {
        Some(x) => super::int::new(x),
        None => new(v),
    }
}
