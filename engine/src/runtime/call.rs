//! Calling objects: `call(f, args, kwargs)` through the `call` slot, the argument expansion of
//! call sites (`f(a, k=v, *args, **kw)`), and binding arguments to a Python function's
//! parameters with CPython 2.7's error messages.

use super::exc;
use super::object::{Obj, PyResult};
use super::ops;
use super::rt::rt;
use super::typeobj::slots_of;
use super::types::{dict, str as pystr, tuple};

/// `f(*args, **kw)`; `kw` is a dict (or None).
#[inline]
pub fn call(f: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    match slots_of(f).call {
        Some(c) => c(f, args, kw),
        None => Err(exc::type_error(&format!(
            "'{}' object is not callable",
            ops::type_name_of(f)
        ))),
    }
}

/// `f(*args)`: what `call(f, args, None)` does, with Python functions (the common callee of
/// call sites) called straight, without the slot dispatch.
#[inline(always)]
pub fn call_positional(f: Obj, args: &[Obj]) -> PyResult<Obj> {
    if f.class() == rt().types.function {
        return super::types::function::call_positional(f, args);
    }
    call(f, args, None)
}

/// `f(first, *args, **kw)`. The argument array is built on our stack (or, when long, in an
/// [`ObjVec`](super::object::ObjVec) on our stack, whose storage is a GC block), never in Rust
/// heap memory: `first` may be held by nothing else (a bound method's `self` when the method
/// object itself is already dead), and the callee allocates before it binds its parameters.
pub fn call_with_first(f: Obj, first: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    with_first(first, args, |all| match kw {
        None => call_positional(f, all),
        Some(_) => call(f, all, kw),
    })
}

/// Runs `g` on the array `[first, *args]`, built as `call_with_first` explains.
fn with_first(first: Obj, args: &[Obj], g: impl FnOnce(&[Obj]) -> PyResult<Obj>) -> PyResult<Obj> {
    const N: usize = 8;
    if args.len() < N {
        let mut buf = [first; N];
        buf[1..=args.len()].copy_from_slice(args);
        let res = g(&buf[..=args.len()]);
        std::hint::black_box(&buf);
        return res;
    }
    let mut all = super::object::ObjVec::new();
    all.push(first)?;
    all.extend_from_slice(args)?;
    let res = g(all.as_slice());
    std::hint::black_box(&all);
    res
}

/// A call site with keywords and star arguments: builds the positional array and the keyword
/// dict (CPython's `ext_do_call` checks and messages) and calls.
pub fn call_site(
    f: Obj,
    positional: &[Obj],
    kwnames: &[Obj],
    kwvalues: &[Obj],
    star: Option<Obj>,
    dstar: Option<Obj>,
) -> PyResult<Obj> {
    let r = rt();
    if star.is_none() && dstar.is_none() {
        // Keywords straight into a Python function's parameters, with no dict in between
        // (CPython's fast path for `f(a, k=v)` and `o.m(a, k=v)`).
        if f.class() == r.types.function {
            return super::types::function::call_kw(f, positional, kwnames, kwvalues);
        }
        if f.class() == r.types.instancemethod {
            let func = super::types::function::method_func(f);
            if let (true, Some(s)) = (
                func.class() == r.types.function,
                super::types::function::method_self(f),
            ) {
                return with_first(s, positional, |all| {
                    super::types::function::call_kw(func, all, kwnames, kwvalues)
                });
            }
        }
    }
    let mut kw: Option<Obj> = None;
    if !kwnames.is_empty() || dstar.is_some() {
        let d = dict::new()?;
        if let Some(ds) = dstar {
            if dict::is_dict(ds) {
                for (k, v) in dict::items_vec(ds) {
                    dict::set_item(d, k, v)?;
                }
            } else {
                let keys = match ops::getattr_opt(ds, r.names.keys)? {
                    Some(k) => k,
                    None => {
                        return Err(exc::type_error(&format!(
                            "{} argument after ** must be a mapping, not {}",
                            func_desc(f),
                            ops::type_name_of(ds)
                        )))
                    }
                };
                let keys = ops::iterate_to_list(super::call::call(keys, &[], None)?)?;
                for &k in super::types::list::items(keys) {
                    let v = ops::getitem(ds, k)?;
                    dict::set_item(d, k, v)?;
                }
            }
            for k in dict::keys_vec(d) {
                if !pystr::is_str(k) && !super::types::unicode::is_unicode(k) {
                    return Err(exc::type_error(&format!(
                        "{} keywords must be strings",
                        func_desc(f)
                    )));
                }
            }
        }
        for (&k, &v) in kwnames.iter().zip(kwvalues) {
            if dict::get_item(d, k)?.is_some() {
                return Err(exc::type_error(&format!(
                    "{} got multiple values for keyword argument '{}'",
                    func_desc(f),
                    pystr::to_string_lossy(k)
                )));
            }
            dict::set_item(d, k, v)?;
        }
        kw = Some(d);
    }
    match star {
        None => call(f, positional, kw),
        Some(s) => {
            let t = if tuple::is_tuple(s) {
                s
            } else {
                if super::typeobj::slots_of(s).iter.is_none()
                    && super::typeobj::slots_of(s).getitem.is_none()
                {
                    return Err(exc::type_error(&format!(
                        "{} argument after * must be an iterable, not {}",
                        func_desc(f),
                        ops::type_name_of(s)
                    )));
                }
                ops::iterate_to_tuple(s)?
            };
            // A GC block on our stack: `t` may be a fresh tuple and the callee allocates
            // before it binds its parameters.
            let mut all = super::object::ObjVec::new();
            all.extend_from_slice(positional)?;
            all.extend_from_slice(tuple::items(t))?;
            let res = call(f, all.as_slice(), kw);
            std::hint::black_box(&all);
            std::hint::black_box(t);
            res
        }
    }
}

/// `f()` for messages: `name()` for functions and methods, else `'type' object`.
pub fn func_desc(f: Obj) -> String {
    let r = rt();
    if f.class() == r.types.function {
        return format!("{}()", super::types::function::name_text(f));
    }
    if f.class() == r.types.instancemethod {
        let func = super::types::function::method_func(f);
        if func.class() == r.types.function {
            return format!("{}()", super::types::function::name_text(func));
        }
    }
    if f.class() == r.types.builtin_function || f.class() == r.types.method_wrapper {
        return format!("{}()", super::types::descr::builtin_name(f));
    }
    format!("{} object", ops::type_name_of(f))
}

/// The keyword arguments of a call: none, a dict (`f(**d)`, native callers), or the names and
/// values of a call site's `k=v` arguments, bound without building a dict.
#[derive(Clone, Copy)]
pub enum Kw<'a> {
    None,
    Dict(Obj),
    Pairs(&'a [Obj], &'a [Obj]),
}

impl Kw<'_> {
    pub fn from_dict(kw: Option<Obj>) -> Self {
        kw.map_or(Kw::None, Kw::Dict)
    }

    fn len(self) -> usize {
        match self {
            Kw::None => 0,
            Kw::Dict(d) => dict::len(d),
            Kw::Pairs(names, _) => names.len(),
        }
    }
}

/// Binds call arguments to the parameters of a Python function into `slots` (its frame's
/// first locals): positional, defaults, `*args`, `**kwargs`, keyword matching. `name` is the
/// code's name (`co_name`), for messages.
#[allow(clippy::too_many_arguments)]
pub fn bind_args(
    name: Obj,
    argcount: usize,
    varargs: bool,
    varkw: bool,
    param_names: &[Obj],
    defaults: &[Obj],
    args: &[Obj],
    kw: Kw<'_>,
    slots: &mut [Option<Obj>],
) -> PyResult<()> {
    // The name's text is made only for a message: this runs on every call.
    let fname = || pystr::to_string_lossy(name);
    let n = args.len();
    let kwcount = kw.len();
    let given = n + kwcount;
    if argcount == 0 && !varargs && !varkw {
        if given > 0 {
            return Err(exc::type_error(&format!(
                "{}() takes no arguments ({given} given)",
                fname()
            )));
        }
        return Ok(());
    }
    for (i, &a) in args.iter().take(argcount).enumerate() {
        slots[i] = Some(a);
    }
    if n > argcount {
        if varargs {
            slots[argcount] = Some(tuple::new(&args[argcount..])?);
        } else {
            return Err(arg_count_error(
                &fname(),
                argcount,
                defaults.len(),
                varargs,
                given,
                true,
            ));
        }
    } else if varargs {
        slots[argcount] = Some(rt().empty_tuple);
    }
    let kwslot = argcount + varargs as usize;
    let kwdict = if varkw {
        let d = dict::new()?;
        slots[kwslot] = Some(d);
        Some(d)
    } else {
        None
    };
    let mut bind_keyword = |key: Obj, value: Obj| -> PyResult<()> {
        let pos = if pystr::is_str(key) {
            let kb = pystr::bytes(key);
            param_names[..argcount]
                .iter()
                .position(|&p| p == key || pystr::bytes(p) == kb)
        } else if super::types::unicode::is_unicode(key) {
            None
        } else {
            return Err(exc::type_error(&format!(
                "{}() keywords must be strings",
                fname()
            )));
        };
        match pos {
            Some(i) => {
                if slots[i].is_some() {
                    return Err(exc::type_error(&format!(
                        "{}() got multiple values for keyword argument '{}'",
                        fname(),
                        pystr::to_string_lossy(key)
                    )));
                }
                slots[i] = Some(value);
            }
            None => match kwdict {
                Some(d) => dict::set_item(d, key, value)?,
                None => {
                    return Err(exc::type_error(&format!(
                        "{}() got an unexpected keyword argument '{}'",
                        fname(),
                        ops::str_text(key)?
                    )))
                }
            },
        }
        Ok(())
    };
    match kw {
        Kw::None => {}
        Kw::Dict(d) => {
            for (key, value) in dict::items_vec(d) {
                bind_keyword(key, value)?;
            }
        }
        Kw::Pairs(names, values) => {
            for (&key, &value) in names.iter().zip(values) {
                bind_keyword(key, value)?;
            }
        }
    }
    if n < argcount {
        let first_default = argcount - defaults.len();
        for i in n..argcount {
            if slots[i].is_none() {
                if i >= first_default {
                    slots[i] = Some(defaults[i - first_default]);
                } else {
                    let filled = slots[..argcount].iter().filter(|s| s.is_some()).count();
                    return Err(arg_count_error(
                        &fname(),
                        argcount,
                        defaults.len(),
                        varargs,
                        filled,
                        false,
                    ));
                }
            }
        }
    }
    Ok(())
}

/// `f() takes exactly 2 arguments (1 given)` and its variants.
fn arg_count_error(
    fname: &str,
    argcount: usize,
    ndefaults: usize,
    varargs: bool,
    given: usize,
    too_many: bool,
) -> super::object::Raised {
    let (word, k) = if too_many {
        if ndefaults > 0 {
            ("at most", argcount)
        } else {
            ("exactly", argcount)
        }
    } else if varargs || ndefaults > 0 {
        ("at least", argcount - ndefaults)
    } else {
        ("exactly", argcount)
    };
    let s = if k == 1 { "" } else { "s" };
    exc::type_error(&format!(
        "{fname}() takes {word} {k} argument{s} ({given} given)"
    ))
}
