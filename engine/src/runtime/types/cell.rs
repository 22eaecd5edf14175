//! `cell` objects: the shared storage of a variable closed over by nested functions.

use super::super::object::{alloc_value, mark_opt, Header, Obj, PyResult};
use super::super::rt::rt;
use crate::gc;

#[repr(C)]
pub struct CellObj {
    pub head: Header,
    pub value: Option<Obj>,
}

unsafe fn trace_cell(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: a cell object.
    unsafe { mark_opt(m, (*(p as *const CellObj)).value) };
}

pub static CELL_KIND: gc::Kind = gc::Kind {
    name: "cell",
    trace: Some(trace_cell),
    drop: None,
};

pub fn new(value: Option<Obj>) -> PyResult<Obj> {
    let c = rt().types.cell;
    alloc_value(
        &CELL_KIND,
        c,
        CellObj {
            head: Header { class: c },
            value,
        },
    )
}

#[inline]
pub fn get(c: Obj) -> Option<Obj> {
    // SAFETY: the caller knows `c` is a cell.
    unsafe { c.cast::<CellObj>().value }
}

#[inline]
pub fn set(c: Obj, v: Option<Obj>) {
    // SAFETY: as above.
    unsafe { c.cast::<CellObj>().value = v };
}
