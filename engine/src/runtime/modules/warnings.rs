//! The `_warnings` module: default filters, `warn` and `warn_explicit` under warnings.py.
//! Its code is Python (`py/_warnings.py`, run in the module's namespace at import); see the
//! comment at the top of that file for the details.

use super::super::object::{Obj, PyResult};

pub fn init(d: Obj) -> PyResult<()> {
    super::run_source(d, "_warnings", include_str!("py/_warnings.py"))
}
