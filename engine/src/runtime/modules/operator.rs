//! The `operator` module. Operators as functions (add, getitem, ...), their `__add__` aliases, itemgetter/attrgetter/methodcaller.
//! Its code is Python (`py/operator.py`, run in the module's namespace at import); see the comment
//! at the top of that file for the details and the invariants.

use super::super::object::{Obj, PyResult};

pub fn init(d: Obj) -> PyResult<()> {
    super::run_source(d, "operator", include_str!("py/operator.py"))
}
