//! The `imp` module: find_module/load_module/new_module/get_suffixes and friends.
//! Its code is Python (`py/imp.py`, run in the module's namespace at import); see the comment
//! at the top of that file for what it supports.

use super::super::object::{Obj, PyResult};

pub fn init(d: Obj) -> PyResult<()> {
    super::run_source(d, "imp", include_str!("py/imp.py"))
}
