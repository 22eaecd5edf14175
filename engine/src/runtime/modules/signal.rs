//! The `signal` module. Signal numbers and handler registration (no delivery).
//! Its code is Python (`py/signal.py`, run in the module's namespace at import); see the comment
//! at the top of that file for the details and the invariants.

use super::super::object::{Obj, PyResult};

pub fn init(d: Obj) -> PyResult<()> {
    super::run_source(d, "signal", include_str!("py/signal.py"))
}
