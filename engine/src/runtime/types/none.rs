//! The singletons' types: `NoneType`, `NotImplementedType`, `ellipsis`.

use super::super::object::{Obj, PyResult};
use super::super::typeobj::Slots;
use super::str as pystr;

fn none_repr(_o: Obj) -> PyResult<Obj> {
    pystr::from_str("None")
}
fn none_nonzero(_o: Obj) -> PyResult<bool> {
    Ok(false)
}
fn ni_repr(_o: Obj) -> PyResult<Obj> {
    pystr::from_str("NotImplemented")
}
fn ellipsis_repr(_o: Obj) -> PyResult<Obj> {
    pystr::from_str("Ellipsis")
}

pub fn none_slots() -> Slots {
    Slots {
        repr: Some(none_repr),
        nonzero: Some(none_nonzero),
        hash: Some(super::object::pointer_hash),
        ..Default::default()
    }
}

pub fn not_implemented_slots() -> Slots {
    Slots {
        repr: Some(ni_repr),
        hash: Some(super::object::pointer_hash),
        ..Default::default()
    }
}

pub fn ellipsis_slots() -> Slots {
    Slots {
        repr: Some(ellipsis_repr),
        hash: Some(super::object::pointer_hash),
        ..Default::default()
    }
}
