//! The `imp` module: find_module/load_module/new_module/get_suffixes and friends.
//! Its code is Python (`py/imp.py`, run in the module's namespace at import); see the comment
//! at the top of that file for what it supports. `_module_dict(m)` gives a module's namespace
//! (module objects have no `__dict__` attribute yet).

use super::super::exc;
use super::super::object::{Obj, PyResult};
use super::super::rt::rt;
use super::super::types::{module, Arity, NativeFn};

fn module_dict(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let t = rt().types.module;
    if a[0].class() != t && !super::super::typeobj::is_subtype(a[0].class(), t) {
        return Err(exc::type_error("module required"));
    }
    Ok(module::dict_of(a[0]))
}

const FUNCS: &[(&str, NativeFn, Arity)] = &[("_module_dict", module_dict, Arity::One)];

pub fn init(d: Obj) -> PyResult<()> {
    super::add_funcs(d, FUNCS)?;
    super::run_source(d, "imp", include_str!("py/imp.py"))
}
