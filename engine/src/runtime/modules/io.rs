//! The `_io` module: CPython 2.7's new I/O stack under the stdlib's `io.py` (FileIO, the
//! buffered classes, TextIOWrapper, BytesIO, StringIO, open). Its code is Python (`py/_io.py`,
//! run in the module's namespace at import); see the comment at the top of that file for the
//! layers and the invariants.

use super::super::object::{Obj, PyResult};

pub fn init(d: Obj) -> PyResult<()> {
    super::run_source(d, "_io", include_str!("py/_io.py"))
}
