//! The `_functools` module. `partial` (func/args/keywords) and `reduce`, under the pure-Python functools.py.
//! Its code is Python (`py/_functools.py`, run in the module's namespace at import); see the comment
//! at the top of that file for the details and the invariants.

use super::super::object::{Obj, PyResult};

pub fn init(d: Obj) -> PyResult<()> {
    super::run_source(d, "_functools", include_str!("py/_functools.py"))
}
