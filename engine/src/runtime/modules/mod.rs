//! Native modules: the modules CPython implements in C, implemented here in Rust. Each has an
//! `init(dict)` that fills its namespace; `load_native` builds a module on first import.

pub mod array;
pub mod binascii;
pub mod cmath;
pub mod codecs;
pub mod collections;
pub mod cpickle;
pub mod cstringio;
pub mod csv;
pub mod datetime;
pub mod errno;
pub mod fcntl;
pub mod functools;
pub mod gc;
pub mod hashes;
pub mod imp;
pub mod io;
pub mod itertools;
pub mod marshal;
pub mod math;
pub mod operator;
pub mod posix;
pub mod random;
pub mod select;
pub mod signal;
pub mod sre;
pub mod strop;
pub mod struct_;
pub mod sys;
pub mod thread;
pub mod time;
pub mod unicodedata;
pub mod unicodedata_tables;
pub mod warnings;
pub mod weakref;
pub mod zlib;

use super::object::{Obj, PyResult};
use super::rt::rt;
use super::types::{descr, dict, module, Arity, NativeFn};

type InitFn = fn(Obj) -> PyResult<()>;

/// The native modules importable by name.
const NATIVE: &[(&str, InitFn)] = &[
    ("_codecs", codecs::init),
    ("_collections", collections::init),
    ("_csv", csv::init),
    ("_functools", functools::init),
    ("_io", io::init),
    ("_md5", hashes::init_md5),
    ("_random", random::init),
    ("_sha", hashes::init_sha),
    ("_sha256", hashes::init_sha256),
    ("_sha512", hashes::init_sha512),
    ("_sre", sre::init),
    ("_struct", struct_::init),
    ("_warnings", warnings::init),
    ("_weakref", weakref::init),
    ("array", array::init),
    ("binascii", binascii::init),
    ("cPickle", cpickle::init),
    ("cStringIO", cstringio::init),
    ("cmath", cmath::init),
    ("datetime", datetime::init),
    ("errno", errno::init),
    ("exceptions", init_exceptions),
    ("fcntl", fcntl::init),
    ("gc", gc::init),
    ("imp", imp::init),
    ("itertools", itertools::init),
    ("marshal", marshal::init),
    ("math", math::init),
    ("operator", operator::init),
    ("posix", posix::init),
    ("select", select::init),
    ("signal", signal::init),
    ("strop", strop::init),
    ("thread", thread::init),
    ("time", time::init),
    ("unicodedata", unicodedata::init),
    ("zlib", zlib::init),
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

/// Puts native functions into a module namespace.
pub fn add_funcs(d: Obj, funcs: &[(&'static str, NativeFn, Arity)]) -> PyResult<()> {
    for &(name, f, arity) in funcs {
        let o = descr::new_builtin(descr::Native::Func(f, name, arity), None, None)?;
        dict::set_str(d, name, o)?;
    }
    Ok(())
}

/// Runs the Python source `src` (a module's Python-level part) in the namespace `d`; the
/// filename in tracebacks is `<name>`.
pub fn run_source(d: Obj, name: &str, src: &str) -> PyResult<()> {
    let code = super::eval::compile_source(
        src.as_bytes(),
        &format!("<{name}>"),
        crate::syntax::Mode::Exec,
        crate::syntax::Origin::File,
        crate::compile::CompileFlags::default(),
    )?;
    super::eval::run_code(code, d, None)?;
    // `from m import *` reads `__all__` (module objects have no `__dict__` attribute yet):
    // list the public names, which is what `import *` takes without one.
    if dict::get_str(d, "__all__").is_none() {
        let names = super::types::list::new(&[])?;
        for k in dict::keys_vec(d) {
            if super::types::str::is_str(k) && !super::types::str::bytes(k).starts_with(b"_") {
                super::types::list::append(names, k)?;
            }
        }
        dict::set_str(d, "__all__", names)?;
    }
    Ok(())
}
