//! The `thread` module. Threads (run one at a time, each to completion; policy in py/thread.py), locks, get_ident.
//! Its code is Python (`py/thread.py`, run in the module's namespace at import); see the comment
//! at the top of that file for the details and the invariants.

use super::super::object::{Obj, PyResult};

pub fn init(d: Obj) -> PyResult<()> {
    super::run_source(d, "thread", include_str!("py/thread.py"))
}
