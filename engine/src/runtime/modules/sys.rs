//! The `sys` module.

use super::super::exc;
use super::super::object::{Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::types::{
    descr, dict, file, frame, int, list, module, str as pystr, tuple, Arity, NativeFn,
};

fn exc_info(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let r = rt();
    match exc::handled() {
        Some(s) => tuple::new(&[s.ty, s.value, s.tb.unwrap_or(r.none)]),
        None => tuple::new(&[r.none, r.none, r.none]),
    }
}

fn exc_clear(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    exc::set_handled(None);
    if let Some(f) = exc::current_frame() {
        frame::obj(f).own_exc = [None, None, None];
    }
    Ok(rt().none)
}

fn exit(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let r = rt();
    let code = a.first().copied().unwrap_or(r.none);
    Err(exc::raise_args(r.exc.SystemExit, &[code]))
}

fn getrecursionlimit(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    int::new(exc::recursion_limit() as i64)
}

fn setrecursionlimit(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let n = int::as_i64(a[0], "Python int too large to convert to C long")?;
    if n <= 0 {
        return Err(exc::value_error("recursion limit must be positive"));
    }
    exc::set_recursion_limit(n.min(u32::MAX as i64) as u32);
    Ok(rt().none)
}

fn getframe(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let mut depth = match a.first() {
        Some(&d) => int::as_i64(d, "Python int too large to convert to C long")?,
        None => 0,
    };
    let mut f = exc::current_frame();
    while depth > 0 {
        f = f.and_then(|x| frame::obj(x).back);
        depth -= 1;
    }
    let f = f.ok_or_else(|| exc::value_error("call stack is not deep enough"))?;
    frame::escape(f);
    Ok(f)
}

fn getrefcount(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    int::new(2)
}

fn getdefaultencoding(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    pystr::from_str("ascii")
}

fn getfilesystemencoding(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    pystr::from_str("UTF-8")
}

fn getsizeof(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    match ops::call_method(a[0], "__sizeof__", &[]) {
        Ok(v) => ops::binary_op(v, int::new(16)?, super::super::typeobj::NbOp::Add),
        Err(e) => match a.get(1) {
            Some(&d) => {
                exc::clear_pending();
                Ok(d)
            }
            None => Err(e),
        },
    }
}

fn displayhook(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    super::super::print::display_hook(a[0])?;
    Ok(rt().none)
}

fn excepthook(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let tb = if a[2] == rt().none { None } else { Some(a[2]) };
    let text = super::super::types::traceback::format_exception(exc::ExcState {
        ty: a[0],
        value: a[1],
        tb,
    })?;
    super::super::print::write_sys_stderr(&text)?;
    Ok(rt().none)
}

/// How often (in ticks: backedges and calls) a running green thread lets others run.
fn setcheckinterval(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let n = int::as_i64(a[0], "signed integer is greater than maximum")?;
    super::super::signals::store_check_interval(n);
    Ok(rt().none)
}

fn getcheckinterval(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    int::new(super::super::signals::check_interval())
}

fn intern_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    pystr::intern_obj(a[0])
}

const FUNCS: &[(&str, NativeFn, Arity)] = &[
    ("exc_info", exc_info, Arity::None),
    ("exc_clear", exc_clear, Arity::None),
    ("exit", exit, Arity::Range(0, 1)),
    ("getrecursionlimit", getrecursionlimit, Arity::None),
    ("setrecursionlimit", setrecursionlimit, Arity::One),
    ("_getframe", getframe, Arity::Range(0, 1)),
    ("getrefcount", getrefcount, Arity::One),
    ("getdefaultencoding", getdefaultencoding, Arity::None),
    ("getfilesystemencoding", getfilesystemencoding, Arity::None),
    ("getsizeof", getsizeof, Arity::Range(1, 2)),
    ("displayhook", displayhook, Arity::One),
    ("excepthook", excepthook, Arity::Range(3, 3)),
    ("setcheckinterval", setcheckinterval, Arity::One),
    ("getcheckinterval", getcheckinterval, Arity::None),
    ("intern", intern_, Arity::One),
];

/// Builds `sys` (argv and path are set by the launcher).
pub fn init(d: Obj) -> PyResult<()> {
    let r = rt();
    for &(name, f, arity) in FUNCS {
        let o = descr::new_builtin(descr::Native::Func(f, name, arity), None, None)?;
        dict::set_str(d, name, o)?;
        if name == "displayhook" || name == "excepthook" {
            dict::set_str(d, &format!("__{name}__"), o)?;
        }
    }
    let stdin = file::new_file(file::Target::Stdin, "<stdin>", "r", true, false)?;
    let stdout = file::new_file(file::Target::Stdout, "<stdout>", "w", false, true)?;
    let stderr = file::new_file(file::Target::Stderr, "<stderr>", "w", false, true)?;
    for (n, f) in [("stdin", stdin), ("stdout", stdout), ("stderr", stderr)] {
        dict::set_str(d, n, f)?;
        dict::set_str(d, &format!("__{n}__"), f)?;
    }
    dict::set_str(d, "modules", r.modules)?;
    dict::set_str(d, "path", list::new(&[])?)?;
    dict::set_str(d, "argv", list::new(&[pystr::from_str("")?])?)?;
    dict::set_str(d, "maxint", int::new(i64::MAX)?)?;
    dict::set_str(d, "maxsize", int::new(i64::MAX)?)?;
    dict::set_str(d, "maxunicode", int::new(0x10ffff)?)?;
    dict::set_str(d, "byteorder", pystr::from_str("little")?)?;
    dict::set_str(
        d,
        "version",
        pystr::from_str("2.7.18 (default, pyston) \n[Rust]")?,
    )?;
    let vt = super::super::types::structseq::new_type(
        "version_info",
        "sys",
        &["major", "minor", "micro", "releaselevel", "serial"],
    )?;
    let vi = super::super::types::structseq::make(
        vt,
        &[
            int::new(2)?,
            int::new(7)?,
            int::new(18)?,
            pystr::from_str("final")?,
            int::new(0)?,
        ],
    )?;
    dict::set_str(d, "version_info", vi)?;
    dict::set_str(d, "float_repr_style", pystr::from_str("short")?)?;
    let ft = super::super::types::structseq::new_type(
        "float_info",
        "sys",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
    )?;
    let fl = super::super::types::float::new;
    let fi = super::super::types::structseq::make(
        ft,
        &[
            fl(f64::MAX)?,
            int::new(1024)?,
            int::new(308)?,
            fl(f64::MIN_POSITIVE)?,
            int::new(-1021)?,
            int::new(-307)?,
            int::new(15)?,
            int::new(53)?,
            fl(f64::EPSILON)?,
            int::new(2)?,
            int::new(1)?,
        ],
    )?;
    dict::set_str(d, "float_info", fi)?;
    let lt = super::super::types::structseq::new_type(
        "long_info",
        "sys",
        &["bits_per_digit", "sizeof_digit"],
    )?;
    let li = super::super::types::structseq::make(lt, &[int::new(30)?, int::new(4)?])?;
    dict::set_str(d, "long_info", li)?;
    let flag_names = [
        "debug",
        "py3k_warning",
        "division_warning",
        "division_new",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "tabcheck",
        "verbose",
        "unicode",
        "bytes_warning",
        "hash_randomization",
    ];
    let flt = super::super::types::structseq::new_type("flags", "sys", &flag_names)?;
    let zeros = tuple::from_fn(flag_names.len(), |_| int::new(0))?;
    dict::set_str(
        d,
        "flags",
        super::super::types::structseq::make(flt, tuple::items(zeros))?,
    )?;
    dict::set_str(d, "hexversion", int::new(0x020712f0)?)?;
    dict::set_str(d, "api_version", int::new(1013)?)?;
    dict::set_str(d, "platform", pystr::from_str("linux2")?)?;
    dict::set_str(d, "executable", pystr::from_str(&current_exe())?)?;
    dict::set_str(d, "prefix", pystr::from_str("/usr")?)?;
    dict::set_str(d, "exec_prefix", pystr::from_str("/usr")?)?;
    dict::set_str(d, "warnoptions", list::new(&[])?)?;
    dict::set_str(d, "dont_write_bytecode", r.true_)?;
    dict::set_str(d, "py3kwarning", r.false_)?;
    dict::set_str(d, "meta_path", list::new(&[])?)?;
    dict::set_str(d, "path_hooks", list::new(&[])?)?;
    dict::set_str(d, "path_importer_cache", dict::new()?)?;
    let names = super::builtin_names();
    dict::set_str(
        d,
        "builtin_module_names",
        tuple::from_fn(names.len(), |i| pystr::from_str(names[i]))?,
    )?;
    dict::set_str(d, "__name__", pystr::from_str("sys")?)?;
    let _ = module::dict_of;
    Ok(())
}

fn current_exe() -> String {
    std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Sets `sys.argv` and `sys.path`.
pub fn set_argv_path(argv: &[String], path0: &str, ignore_env: bool) -> PyResult<()> {
    let d = module::dict_of(rt().sys);
    // Built straight into lists: a Vec would be the only holder of fresh strings (GC rule).
    let argl = list::new(&[])?;
    dict::set_str(d, "argv", argl)?;
    for a in argv {
        list::append(argl, pystr::new(a.as_bytes())?)?;
    }
    let mut path: Vec<String> = vec![path0.to_string()];
    if !ignore_env {
        if let Ok(pp) = std::env::var("PYTHONPATH") {
            path.extend(pp.split(':').filter(|s| !s.is_empty()).map(String::from));
        }
    }
    if let Some(lib) = super::super::import::stdlib_dir(ignore_env) {
        path.push(format!("{lib}/plat-linux2"));
        path.push(lib.clone());
        path.push(format!("{lib}/lib-tk"));
        path.push(format!("{lib}/lib-old"));
        path.push(format!("{lib}/site-packages"));
    }
    let pl = list::new(&[])?;
    dict::set_str(d, "path", pl)?;
    for p in &path {
        list::append(pl, pystr::new(p.as_bytes())?)?;
    }
    Ok(())
}
