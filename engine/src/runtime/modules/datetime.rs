//! The `datetime` module (C in CPython). Its code is Python (`py/datetime.py`), run in the
//! module's namespace at import: `date`, `time`, `datetime`, `timedelta` and `tzinfo` classes
//! whose `__module__` is 'datetime', as in CPython 2.7.

use super::super::object::{Obj, PyResult};

pub fn init(d: Obj) -> PyResult<()> {
    super::run_source(d, "datetime", include_str!("py/datetime.py"))
}
