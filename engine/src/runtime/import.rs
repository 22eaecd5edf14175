//! The import system: `import a.b.c`, `from . import x`, `__import__`, `reload`, `sys.path`
//! search for `.py` modules and packages, native modules (`modules::`), implicit relative
//! imports (level -1, Python 2's default), and `from m import *` with `__all__`.
//!
//! Search path (`sys.path`): the script's directory (or '' for -c / stdin), `PYTHONPATH`
//! entries (unless -E), then CPython 2.7's standard library directory: `PYSTON_STDLIB`, else the
//! first of the usual install locations that has `os.py` (pyenv's 2.7.18, /usr/lib/python2.7,
//! /usr/local/lib/python2.7).

use super::call::call;
use super::exc;
use super::object::{Obj, PyResult};
use super::ops;
use super::rt::rt;
use super::types::{dict, list, module, str as pystr, tuple};
use crate::syntax::{Mode, Origin};

/// The standard library directory to use, if any.
pub fn stdlib_dir(ignore_env: bool) -> Option<String> {
    if !ignore_env {
        if let Ok(p) = std::env::var("PYSTON_STDLIB") {
            return Some(p);
        }
    }
    let mut cands = Vec::new();
    if let Ok(root) = std::env::var("PYENV_ROOT") {
        cands.push(format!("{root}/versions/2.7.18/lib/python2.7"));
    }
    if let Ok(home) = std::env::var("HOME") {
        cands.push(format!("{home}/.pyenv/versions/2.7.18/lib/python2.7"));
    }
    // pyenv's default root when HOME is not set (CI shells, services).
    cands.push("/root/.pyenv/versions/2.7.18/lib/python2.7".into());
    cands.push("/usr/lib/python2.7".into());
    cands.push("/usr/local/lib/python2.7".into());
    cands
        .into_iter()
        .find(|d| std::path::Path::new(&format!("{d}/os.py")).exists())
}

fn sys_dict() -> Obj {
    module::dict_of(rt().sys)
}

fn sys_path() -> PyResult<Option<Obj>> {
    dict::get_item(sys_dict(), pystr::intern("path")?)
}

/// `IMPORT_NAME`: calls `__builtins__.__import__` (the builtin one directly).
pub fn import_name(
    name: Obj,
    globals: Obj,
    locals: Obj,
    fromlist: Obj,
    level: i32,
    builtins: Obj,
) -> PyResult<Obj> {
    let r = rt();
    let imp = match dict::get_item(builtins, r.names.__import__)? {
        Some(f) => f,
        None => return Err(exc::import_error("__import__ not found")),
    };
    if imp.class() == r.types.builtin_function
        && super::types::descr::builtin_name(imp) == "__import__"
        && dict::get_item(r.builtins_dict, r.names.__import__)? == Some(imp)
    {
        return import_module_level(name, Some(globals), fromlist, level);
    }
    let lvl = super::types::int::new(level as i64)?;
    call(imp, &[name, globals, locals, fromlist, lvl], None)
}

/// `__import__(name, globals, locals, fromlist, level)`.
pub fn import_module_level(
    name: Obj,
    globals: Option<Obj>,
    fromlist: Obj,
    level: i32,
) -> PyResult<Obj> {
    let r = rt();
    if !pystr::is_str(name) {
        return Err(exc::type_error("__import__() argument 1 must be string"));
    }
    let name_s = pystr::to_string_lossy(name);
    let globals = globals.filter(|g| *g != r.none && dict::is_dict(*g));
    let parent = match level {
        0 => None,
        _ => package_context(globals, level)?,
    };
    if name_s.is_empty() && level == 0 {
        return Err(exc::value_error("Empty module name"));
    }
    // Import the head (relative first for level -1), then each further component.
    let parts: Vec<&str> = if name_s.is_empty() {
        Vec::new()
    } else {
        name_s.split('.').collect()
    };
    let (mut cur, mut cur_name) = match (&parent, parts.first()) {
        (Some(p), None) => {
            // `from . import x`: the package itself.
            let m = get_module(p)?
                .ok_or_else(|| exc::system_error(&format!("Parent module '{p}' not loaded")))?;
            (m, p.clone())
        }
        (Some(p), Some(first)) => {
            let full = format!("{p}.{first}");
            match import_one(&full, first, Some(p))? {
                Some(m) => (m, full),
                None if level == -1 => match import_one(first, first, None)? {
                    Some(m) => (m, first.to_string()),
                    None => return Err(no_module(first)),
                },
                None => return Err(no_module(first)),
            }
        }
        (None, Some(first)) => match import_one(first, first, None)? {
            Some(m) => (m, first.to_string()),
            None => return Err(no_module(first)),
        },
        (None, None) => return Err(exc::value_error("Empty module name")),
    };
    let head = cur;
    for part in parts.iter().skip(1) {
        let full = format!("{cur_name}.{part}");
        match import_one(&full, part, Some(&cur_name))? {
            Some(m) => {
                cur = m;
                cur_name = full;
            }
            None => return Err(no_module(part)),
        }
    }
    let has_fromlist = fromlist != r.none && ops::truthy(fromlist)?;
    if !has_fromlist {
        return Ok(head);
    }
    // Submodules named in the fromlist are imported if the module is a package.
    if module_is_package(cur)? {
        let names = ops::iterate_to_list(fromlist)?;
        for &n in list::items(names) {
            if !pystr::is_str(n) {
                continue;
            }
            let ns = pystr::to_string_lossy(n);
            if ns == "*" {
                if let Some(all) = ops::getattr_opt(cur, r.names.__all__)? {
                    let alln = ops::iterate_to_list(all)?;
                    for &a in list::items(alln) {
                        ensure_submodule(cur, &cur_name, a)?;
                    }
                }
                continue;
            }
            ensure_submodule(cur, &cur_name, n)?;
        }
    }
    Ok(cur)
}

fn ensure_submodule(m: Obj, mname: &str, n: Obj) -> PyResult<()> {
    if ops::getattr_opt(m, n)?.is_some() {
        return Ok(());
    }
    let ns = pystr::to_string_lossy(n);
    let full = format!("{mname}.{ns}");
    import_one(&full, &ns, Some(mname))?;
    Ok(())
}

fn no_module(name: &str) -> super::object::Raised {
    exc::import_error(&format!("No module named {name}"))
}

fn module_is_package(m: Obj) -> PyResult<bool> {
    if m.class() != rt().types.module {
        return Ok(false);
    }
    Ok(dict::get_item(module::dict_of(m), rt().names.__path__)?.is_some())
}

/// The package a relative import is relative to: `__package__`, else from `__name__` (the
/// module itself when it is a package), going up `level - 1` more levels.
fn package_context(globals: Option<Obj>, level: i32) -> PyResult<Option<String>> {
    let r = rt();
    let Some(g) = globals else { return Ok(None) };
    let pkg = dict::get_item(g, r.names.__package__)?.filter(|p| pystr::is_str(*p));
    let mut base = if let Some(p) = pkg {
        pystr::to_string_lossy(p)
    } else {
        let Some(n) = dict::get_item(g, r.names.__name__)?.filter(|n| pystr::is_str(*n)) else {
            return Ok(None);
        };
        let n = pystr::to_string_lossy(n);
        if dict::get_item(g, r.names.__path__)?.is_some() {
            n
        } else if let Some((p, _)) = n.rsplit_once('.') {
            p.to_string()
        } else {
            if level > 0 {
                return Err(exc::value_error("Attempted relative import in non-package"));
            }
            return Ok(None);
        }
    };
    if base.is_empty() {
        if level > 0 {
            return Err(exc::value_error("Attempted relative import in non-package"));
        }
        return Ok(None);
    }
    for _ in 1..level.max(1) {
        match base.rsplit_once('.') {
            Some((p, _)) => base = p.to_string(),
            None => {
                return Err(exc::value_error(
                    "Attempted relative import beyond toplevel package",
                ))
            }
        }
    }
    if level == -1 && get_module(&base)?.is_none() {
        return Ok(None);
    }
    Ok(Some(base))
}

fn modules() -> Obj {
    rt().modules
}

fn get_module(name: &str) -> PyResult<Option<Obj>> {
    let k = pystr::from_str(name)?;
    dict::get_item(modules(), k)
}

/// Imports the module `full` (component `short` of package `parent`, if any); Ok(None) if not
/// found. A `None` entry in sys.modules (a failed implicit relative import) counts as absent.
fn import_one(full: &str, short: &str, parent: Option<&str>) -> PyResult<Option<Obj>> {
    let r = rt();
    let key = pystr::from_str(full)?;
    if let Some(m) = dict::get_item(modules(), key)? {
        if m == r.none {
            return Ok(None);
        }
        return Ok(Some(m));
    }
    // Native modules first (top level only).
    if parent.is_none() {
        if let Some(m) = super::modules::load_native(full)? {
            dict::set_item(modules(), key, m)?;
            return Ok(Some(m));
        }
    }
    let search: Vec<String> = match parent {
        Some(p) => {
            let pm = get_module(p)?.filter(|m| *m != r.none);
            let Some(pm) = pm else { return Ok(None) };
            match dict::get_item(module::dict_of(pm), r.names.__path__)? {
                Some(path) => path_entries(path)?,
                None => return Ok(None),
            }
        }
        None => match sys_path()? {
            Some(p) => path_entries(p)?,
            None => Vec::new(),
        },
    };
    for dir in search {
        let base = if dir.is_empty() {
            short.to_string()
        } else {
            format!("{dir}/{short}")
        };
        let pkg_init = format!("{base}/__init__.py");
        if std::path::Path::new(&pkg_init).is_file() {
            let m = load_source(full, &pkg_init, Some(&base))?;
            bind_in_parent(parent, short, m)?;
            return Ok(Some(m));
        }
        let file = format!("{base}.py");
        if std::path::Path::new(&file).is_file() {
            let m = load_source(full, &file, None)?;
            bind_in_parent(parent, short, m)?;
            return Ok(Some(m));
        }
    }
    if parent.is_some() {
        // Python 2 records failed implicit relative imports as None.
        dict::set_item(modules(), key, r.none)?;
    }
    Ok(None)
}

fn bind_in_parent(parent: Option<&str>, short: &str, m: Obj) -> PyResult<()> {
    if let Some(p) = parent {
        if let Some(pm) = get_module(p)?.filter(|x| *x != rt().none) {
            ops::setattr(pm, pystr::intern(short)?, m)?;
        }
    }
    Ok(())
}

fn path_entries(path: Obj) -> PyResult<Vec<String>> {
    let items = ops::iterate_to_list(path)?;
    Ok(list::items(items)
        .iter()
        .filter(|o| pystr::is_str(**o))
        .map(|o| pystr::to_string_lossy(*o))
        .collect())
}

/// Loads the module `name` from `file` (a package when `pkg_dir` is given).
pub fn load_source(name: &str, file: &str, pkg_dir: Option<&str>) -> PyResult<Obj> {
    let r = rt();
    let bytes = std::fs::read(file).map_err(|e| exc::os_error(r.exc.IOError, &e, None))?;
    let m = module::new(name)?;
    let d = module::dict_of(m);
    dict::set_item(d, r.names.__file__, pystr::from_str(file)?)?;
    if let Some(pd) = pkg_dir {
        let p = list::new(&[pystr::from_str(pd)?])?;
        dict::set_item(d, r.names.__path__, p)?;
        dict::set_item(d, r.names.__package__, pystr::from_str(name)?)?;
    }
    dict::set_item(d, r.names.__builtins__, r.builtins)?;
    let key = pystr::from_str(name)?;
    dict::set_item(modules(), key, m)?;
    let res = super::eval::compile_source(
        &bytes,
        file,
        Mode::Exec,
        Origin::File,
        crate::compile::CompileFlags::default(),
    )
    .and_then(|c| super::finalize::during_import(|| super::eval::run_code(c, d, None)));
    if let Err(e) = res {
        let p = exc::take_pending();
        let _ = dict::del_item(modules(), key);
        exc::set_pending(p);
        return Err(e);
    }
    // The module may have replaced itself in sys.modules.
    Ok(dict::get_item(modules(), key)?.unwrap_or(m))
}

/// `import name` for runtime code (e.g. `copy_reg`).
pub fn import_module_str(name: &str) -> PyResult<Obj> {
    let n = pystr::from_str(name)?;
    let m = import_module_level(n, None, rt().none, 0)?;
    // `import a.b` returns `a`: walk down.
    let mut cur = m;
    for part in name.split('.').skip(1) {
        cur = ops::getattr_str(cur, part)?;
    }
    Ok(cur)
}

/// `from module import name`: ImportError `cannot import name x` if absent.
pub fn import_from(m: Obj, name: Obj) -> PyResult<Obj> {
    match ops::getattr_opt(m, name)? {
        Some(v) => Ok(v),
        None => Err(exc::import_error(&format!(
            "cannot import name {}",
            pystr::to_string_lossy(name)
        ))),
    }
}

/// `from module import *` into `locals`.
pub fn import_star(m: Obj, locals: Obj) -> PyResult<()> {
    let r = rt();
    let names = match ops::getattr_opt(m, r.names.__all__)? {
        Some(all) => ops::iterate_to_list(all)?,
        None => {
            let d = ops::getattr(m, r.names.__dict__)?;
            let keys = ops::call_method(d, "keys", &[])?;
            let out = list::new(&[])?;
            for &k in list::items(ops::iterate_to_list(keys)?) {
                if pystr::is_str(k) && !pystr::bytes(k).starts_with(b"_") {
                    list::append(out, k)?;
                }
            }
            out
        }
    };
    for &n in list::items(names) {
        let v = ops::getattr(m, n)?;
        if dict::is_dict(locals) {
            dict::set_item(locals, n, v)?;
        } else {
            ops::setitem(locals, n, v)?;
        }
    }
    Ok(())
}

/// `reload(module)`.
pub fn reload(m: Obj) -> PyResult<Obj> {
    let r = rt();
    if m.class() != r.types.module {
        return Err(exc::type_error("reload() argument must be module"));
    }
    let d = module::dict_of(m);
    let name = dict::get_item(d, r.names.__name__)?.filter(|n| pystr::is_str(*n));
    let Some(name) = name else {
        return Err(exc::type_error("reload() argument must be module"));
    };
    let ns = pystr::to_string_lossy(name);
    if get_module(&ns)? != Some(m) {
        return Err(exc::import_error(&format!(
            "reload(): module {ns} not in sys.modules"
        )));
    }
    let Some(file) = dict::get_item(d, r.names.__file__)?.filter(|f| pystr::is_str(*f)) else {
        return Ok(m);
    };
    let file = pystr::to_string_lossy(file);
    let bytes = std::fs::read(&file).map_err(|e| exc::os_error(r.exc.IOError, &e, None))?;
    let c = super::eval::compile_source(
        &bytes,
        &file,
        Mode::Exec,
        Origin::File,
        crate::compile::CompileFlags::default(),
    )?;
    super::finalize::during_import(|| super::eval::run_code(c, d, None))?;
    let _ = tuple::new(&[])?;
    Ok(m)
}
