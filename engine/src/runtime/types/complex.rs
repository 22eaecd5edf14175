//! `complex`: two `f64`s. Arithmetic lives in `number.rs`.

use super::super::object::{alloc, Header, Obj, PyResult};
use super::super::rt::rt;
use crate::gc;

#[repr(C)]
pub struct ComplexObj {
    pub head: Header,
    pub real: f64,
    pub imag: f64,
}

pub static COMPLEX_KIND: gc::Kind = gc::Kind {
    name: "complex",
    trace: None,
    drop: None,
};

fn complex_tail_offset(_p: *mut u8) -> usize {
    std::mem::size_of::<ComplexObj>()
}

crate::sub_kind!(
    COMPLEX_SUB_KIND,
    "complex subclass instance",
    None,
    None,
    complex_tail_offset
);

pub fn new(real: f64, imag: f64) -> PyResult<Obj> {
    new_of(rt().types.complex, real, imag)
}

pub fn new_of(cls: Obj, real: f64, imag: f64) -> PyResult<Obj> {
    let base = std::mem::size_of::<ComplexObj>();
    let o = if cls == rt().types.complex {
        alloc(&COMPLEX_KIND, base, cls)?
    } else {
        let o = alloc(
            &COMPLEX_SUB_KIND,
            base + super::super::class::tail_size(cls),
            cls,
        )?;
        super::super::class::init_tail(o, cls, base);
        o
    };
    // SAFETY: fresh complex object.
    unsafe {
        let c = o.cast::<ComplexObj>();
        c.real = real;
        c.imag = imag;
    }
    Ok(o)
}

#[inline]
pub fn is_complex(o: Obj) -> bool {
    let c = o.class();
    let r = rt();
    c == r.types.complex || super::super::typeobj::is_subtype(c, r.types.complex)
}

#[inline]
pub fn value(o: Obj) -> (f64, f64) {
    // SAFETY: the caller knows `o` is a complex.
    let c = unsafe { o.cast::<ComplexObj>() };
    (c.real, c.imag)
}
