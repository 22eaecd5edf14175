//! The `_csv` module (under Lib/csv.py): Dialect, reader, writer, the dialect registry,
//! field_size_limit, Error and the QUOTE_* constants, as CPython 2.7's _csv.c.
//! Its code is Python (`py/_csv.py`, run in the module's namespace at import); see the comment
//! at the top of that file for the details and the invariants.

use super::super::object::{Obj, PyResult};

pub fn init(d: Obj) -> PyResult<()> {
    super::run_source(d, "_csv", include_str!("py/_csv.py"))
}
