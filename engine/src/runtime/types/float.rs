//! `float`: an `f64` at offset 8. Arithmetic lives in `number.rs`.

use super::super::object::{alloc, Header, Obj, PyResult};
use super::super::rt::rt;
use crate::gc;

#[repr(C)]
pub struct FloatObj {
    pub head: Header,
    pub value: f64,
}

pub static FLOAT_KIND: gc::Kind = gc::Kind {
    name: "float",
    trace: None,
    drop: None,
};

fn float_tail_offset(_p: *mut u8) -> usize {
    std::mem::size_of::<FloatObj>()
}

crate::sub_kind!(
    FLOAT_SUB_KIND,
    "float subclass instance",
    None,
    None,
    float_tail_offset
);

/// A new `float` (the allocation fast path inline: the common case of float arithmetic).
#[inline]
pub fn new(v: f64) -> PyResult<Obj> {
    let o = alloc(
        &FLOAT_KIND,
        std::mem::size_of::<FloatObj>(),
        rt().types.float,
    )?;
    // SAFETY: fresh float object.
    unsafe { o.cast::<FloatObj>().value = v };
    Ok(o)
}

pub fn new_of(cls: Obj, v: f64) -> PyResult<Obj> {
    let base = std::mem::size_of::<FloatObj>();
    let o = if cls == rt().types.float {
        alloc(&FLOAT_KIND, base, cls)?
    } else {
        let o = alloc(
            &FLOAT_SUB_KIND,
            base + super::super::class::tail_size(cls),
            cls,
        )?;
        super::super::class::init_tail(o, cls, base);
        o
    };
    // SAFETY: fresh float object.
    unsafe { o.cast::<FloatObj>().value = v };
    Ok(o)
}

#[inline]
pub fn is_float(o: Obj) -> bool {
    let c = o.class();
    let r = rt();
    c == r.types.float || super::super::typeobj::is_subtype(c, r.types.float)
}

#[inline]
pub fn value(o: Obj) -> f64 {
    // SAFETY: the caller knows `o` is a float.
    unsafe { o.cast::<FloatObj>().value }
}
