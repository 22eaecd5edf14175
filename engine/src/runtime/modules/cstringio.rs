//! The `cStringIO` module. In-memory byte files: StringIO, InputType, OutputType.
//! Its code is Python (`py/cStringIO.py`, run in the module's namespace at import); see the comment
//! at the top of that file for the details and the invariants.

use super::super::object::{Obj, PyResult};

pub fn init(d: Obj) -> PyResult<()> {
    super::run_source(d, "cStringIO", include_str!("py/cStringIO.py"))
}
