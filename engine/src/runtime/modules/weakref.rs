//! The `_weakref` module: `ref`, `proxy`, `getweakrefcount`, `getweakrefs` over the engine's
//! weak references (runtime/types/weakref.rs, exposed to the Python part as `_NativeRef`).
//! Its code is Python (`py/_weakref.py`, run in the module's namespace at import); see the
//! comment at the top of that file for the invariants.

use super::super::object::{Obj, PyResult};
use super::super::rt::rt;
use super::super::types::dict;

pub fn init(d: Obj) -> PyResult<()> {
    dict::set_str(d, "_NativeRef", rt().types.weakref)?;
    super::run_source(d, "_weakref", include_str!("py/_weakref.py"))
}
