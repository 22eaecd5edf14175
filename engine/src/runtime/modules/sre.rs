//! The `_sre` module: the regular expression engine under re.py and sre_compile.py.
//! Its code is Python (`py/_sre.py`, run in the module's namespace at import); see the comment
//! at the top of that file for the matcher's design and invariants.

use super::super::object::{Obj, PyResult};

pub fn init(d: Obj) -> PyResult<()> {
    super::run_source(d, "_sre", include_str!("py/_sre.py"))
}
