//! Native modules: the modules CPython implements in C, implemented here in Rust. Each has an
//! `init(dict)` that fills its namespace; `load_native` builds a module on first import.

pub mod cmath;
pub mod errno;
pub mod math;
pub mod sys;

use super::object::{Obj, PyResult};
use super::rt::rt;
use super::types::{dict, module};

type InitFn = fn(Obj) -> PyResult<()>;

/// The native modules importable by name.
const NATIVE: &[(&str, InitFn)] = &[
    ("cmath", cmath::init),
    ("errno", errno::init),
    ("exceptions", init_exceptions),
    ("math", math::init),
];

/// Names of the modules built into the interpreter (`sys.builtin_module_names`).
pub fn builtin_names() -> Vec<&'static str> {
    let mut v: Vec<&str> = NATIVE.iter().map(|(n, _)| *n).collect();
    v.extend(["__builtin__", "sys"]);
    v.sort();
    v
}

/// Builds the native module `name`, if there is one.
pub fn load_native(name: &str) -> PyResult<Option<Obj>> {
    let r = rt();
    match name {
        "sys" => return Ok(Some(r.sys)),
        "__builtin__" => return Ok(Some(r.builtins)),
        _ => {}
    }
    for &(n, init) in NATIVE {
        if n == name {
            let m = module::new(name)?;
            init(module::dict_of(m))?;
            return Ok(Some(m));
        }
    }
    Ok(None)
}

fn init_exceptions(d: Obj) -> PyResult<()> {
    for (k, v) in dict::items_vec(rt().exceptions) {
        dict::set_item(d, k, v)?;
    }
    Ok(())
}
