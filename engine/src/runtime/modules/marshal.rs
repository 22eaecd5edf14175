//! The `marshal` module (values only, no code objects).
//! Its code is Python (`py/marshal.py`, run in the module's namespace at import); see the
//! comment at the top of that file for what it supports.

use super::super::object::{Obj, PyResult};

pub fn init(d: Obj) -> PyResult<()> {
    super::run_source(d, "marshal", include_str!("py/marshal.py"))
}
