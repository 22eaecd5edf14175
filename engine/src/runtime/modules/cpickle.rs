//! The `cPickle` module: `pickle`'s pickler and unpickler under the C module's name (its code is
//! Python, `py/cPickle.py`, run in the module's namespace at import).

use super::super::object::{Obj, PyResult};

pub fn init(d: Obj) -> PyResult<()> {
    super::run_source(d, "cPickle", include_str!("py/cPickle.py"))
}
