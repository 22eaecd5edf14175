//! The `strop` module (deprecated in 2.7, still imported by `string.py` for its character sets and
//! `maketrans`). Its code is Python (`py/strop.py`), run in the module's namespace at import.

use super::super::object::{Obj, PyResult};

pub fn init(d: Obj) -> PyResult<()> {
    super::run_source(d, "strop", include_str!("py/strop.py"))
}
