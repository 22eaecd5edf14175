//! The `_random` module. The Mersenne Twister under random.py (CPython's exact sequences).
//! Its code is Python (`py/_random.py`, run in the module's namespace at import); see the comment
//! at the top of that file for the details and the invariants.

use super::super::object::{Obj, PyResult};

pub fn init(d: Obj) -> PyResult<()> {
    super::run_source(d, "_random", include_str!("py/_random.py"))
}
