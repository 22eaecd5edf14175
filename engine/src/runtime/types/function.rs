//! `function` (Python functions) and `instancemethod` (bound and unbound methods).
//!
//! Calling a function: a frame is allocated for its code, arguments are bound into its first
//! slots (`call::bind_args`), cells are created for its cell variables and taken from its
//! closure for its free variables, and the interpreter runs it — or, for a generator
//! function, a generator object wrapping the frame is returned.

use super::super::call::{bind_args, Kw};
use super::super::exc;
use super::super::object::{alloc_value, mark, mark_opt, Header, Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::{cell, code, frame, str as pystr, tuple};
use crate::gc;

#[repr(C)]
pub struct FunctionObj {
    pub head: Header,
    pub code: Obj,
    pub globals: Obj,
    pub name: Obj,
    /// Tuple or None.
    pub defaults: Option<Obj>,
    /// Tuple of cells, or None.
    pub closure: Option<Obj>,
    pub doc: Obj,
    pub module: Obj,
    pub dict: Option<Obj>,
    /// The compiled code positional calls enter straight, once known (`entry_of`; it depends
    /// only on `code`, so setting `__code__` clears it; a call re-reads it when the code has
    /// newer compiled code, as after hot code's optimised recompile).
    pub entry: Option<crate::jit::CompiledFn>,
}

unsafe fn trace_function(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: a function object (fully written by alloc_value before any collection).
    unsafe {
        if *(p as *const usize) == 0 {
            return;
        }
        let f = &*(p as *const FunctionObj);
        mark(m, f.code);
        mark(m, f.globals);
        mark(m, f.name);
        mark_opt(m, f.defaults);
        mark_opt(m, f.closure);
        mark(m, f.doc);
        mark(m, f.module);
        mark_opt(m, f.dict);
    }
}

pub static FUNCTION_KIND: gc::Kind = gc::Kind {
    name: "function",
    trace: Some(trace_function),
    drop: None,
};

/// The docstring of a code unit as an object (None without one).
pub fn doc_const(code_obj: Obj) -> PyResult<Obj> {
    Ok(match &code::unit(code_obj).doc {
        Some(crate::compile::ir::Const::Str(b)) => pystr::new(b)?,
        Some(crate::compile::ir::Const::Unicode(cp)) => super::unicode::new(cp)?,
        _ => rt().none,
    })
}

pub fn new(
    code_obj: Obj,
    globals: Obj,
    defaults: Option<Obj>,
    closure: Option<Obj>,
) -> PyResult<Obj> {
    let r = rt();
    let co = code::obj(code_obj);
    let doc = doc_const(code_obj)?;
    let module = super::dict::get_item(globals, r.names.__name__)?.unwrap_or(r.none);
    let t = r.types.function;
    alloc_value(
        &FUNCTION_KIND,
        t,
        FunctionObj {
            head: Header { class: t },
            code: code_obj,
            globals,
            name: co.name,
            defaults,
            closure,
            doc,
            module,
            dict: None,
            entry: None,
        },
    )
}

#[inline]
pub fn obj(f: Obj) -> &'static mut FunctionObj {
    // SAFETY: the caller knows `f` is a function.
    unsafe { f.cast::<FunctionObj>() }
}

pub fn dict_slot(f: Obj) -> &'static mut Option<Obj> {
    &mut obj(f).dict
}

pub fn name_text(f: Obj) -> String {
    pystr::to_string_lossy(obj(f).name)
}

/// Sets up the frame for calling `f` with `args`/`kw`.
pub fn make_frame(f: Obj, args: &[Obj], kw: Kw<'_>) -> PyResult<Obj> {
    let fo = obj(f);
    let u = code::unit(fo.code);
    if let Some(fr) = positional_frame(fo, u, args, &kw)? {
        return Ok(fr);
    }
    let locals = if u.uses_locals_dict {
        Some(super::dict::new()?)
    } else {
        None
    };
    let fr = frame::for_call(fo.code, fo.globals, locals)?;
    let defaults = match fo.defaults {
        Some(d) => tuple::items(d),
        None => &[],
    };
    let co = code::obj(fo.code);
    // Messages name the code (`co_name`), as CPython's: not the function's `__name__`.
    bind_args(
        co.name,
        u.params.argcount as usize,
        u.params.varargs,
        u.params.varkw,
        tuple::items(co.varnames),
        defaults,
        args,
        kw,
        frame::slots(fr),
    )?;
    init_cells(fo, u, fr)?;
    // Unoptimized functions read their parameters through the locals dict as well.
    if let Some(l) = locals {
        let names = tuple::items(co.varnames);
        let sl = frame::slots(fr);
        for (i, &n) in names.iter().enumerate().take(u.n_locals as usize) {
            if let Some(v) = sl[i] {
                super::dict::set_item(l, n, v)?;
            }
        }
    }
    Ok(fr)
}

/// Sets up the cells of the frame `fr` of a call of `fo` (code unit `u`), its parameters
/// bound: new empty cells for its cell variables, then its closure's cells for its free ones.
fn init_cells(fo: &FunctionObj, u: &crate::compile::ir::CodeUnit, fr: Obj) -> PyResult<()> {
    let ncell = u.cellvars.len();
    let cells = frame::cells(fr);
    for c in cells.iter_mut().take(ncell) {
        *c = Some(cell::new(None)?);
    }
    if let Some(cl) = fo.closure {
        for (i, &c) in tuple::items(cl).iter().enumerate() {
            if ncell + i < cells.len() {
                cells[ncell + i] = Some(c);
            }
        }
    }
    Ok(())
}

/// The common call: positional arguments only, to a function with no `*args`, `**kwargs` or
/// locals dict (`simple_shape`), given at least its parameters without defaults and at most
/// all of them. Binding is then a copy into the frame's first slots, defaults filling the
/// rest (and the cells set up); None for every other call (`bind_args` handles it, and its
/// errors).
#[inline(always)]
fn positional_frame(
    fo: &FunctionObj,
    u: &crate::compile::ir::CodeUnit,
    args: &[Obj],
    kw: &Kw<'_>,
) -> PyResult<Option<Obj>> {
    if !simple_shape(u) {
        return Ok(None);
    }
    match *kw {
        Kw::None => bind_positional(fo, u, args),
        Kw::Pairs(names, values) => bind_keywords(fo, u, args, names, values),
        Kw::Dict(_) => Ok(None),
    }
}

/// `positional_frame` with keyword arguments (`f(a, k=v)`, names and values in parallel):
/// each keyword names one parameter not bound already, and every parameter left has a
/// default. None for anything else (an error among them), which `bind_args` then reports.
fn bind_keywords(
    fo: &FunctionObj,
    u: &crate::compile::ir::CodeUnit,
    args: &[Obj],
    names: &[Obj],
    values: &[Obj],
) -> PyResult<Option<Obj>> {
    let argcount = u.params.argcount as usize;
    let n = args.len();
    let defaults = fo.defaults.map_or(&[][..], tuple::items);
    if n > argcount || defaults.len() > argcount {
        return Ok(None);
    }
    let first_default = argcount - defaults.len();
    let params = &tuple::items(code::obj(fo.code).varnames)[..argcount];
    let fr = frame::for_call(fo.code, fo.globals, None)?;
    let slots = frame::slots(fr);
    for (s, &a) in slots.iter_mut().zip(args) {
        *s = Some(a);
    }
    let mut bound = true;
    for (&key, &value) in names.iter().zip(values) {
        // Interned names match by address; the bytes are compared only when they do not.
        let i = match params.iter().position(|&p| p == key) {
            Some(i) => Some(i),
            None if pystr::is_str(key) => {
                let kb = pystr::bytes(key);
                params.iter().position(|&p| pystr::bytes(p) == kb)
            }
            None => None,
        };
        match i {
            Some(i) if slots[i].is_none() => slots[i] = Some(value),
            _ => {
                bound = false;
                break;
            }
        }
    }
    for i in n..argcount {
        if slots[i].is_none() {
            if i < first_default {
                bound = false;
                break;
            }
            slots[i] = Some(defaults[i - first_default]);
        }
    }
    if !bound {
        frame::retire(fr);
        return Ok(None);
    }
    if frame::obj(fr).ncells != 0 {
        init_cells(fo, u, fr)?;
    }
    Ok(Some(fr))
}

/// Whether calls of a function with code unit `u` can bind positional arguments by copying
/// them.
#[inline(always)]
fn simple_shape(u: &crate::compile::ir::CodeUnit) -> bool {
    let p = &u.params;
    !(p.varargs || p.varkw || u.uses_locals_dict)
}

/// `positional_frame` for a function of `simple_shape`.
#[inline(always)]
fn bind_positional(
    fo: &FunctionObj,
    u: &crate::compile::ir::CodeUnit,
    args: &[Obj],
) -> PyResult<Option<Obj>> {
    let argcount = u.params.argcount as usize;
    let n = args.len();
    if n > argcount {
        return Ok(None);
    }
    let defaults = fo.defaults.map_or(&[][..], tuple::items);
    let Some(first_default) = argcount.checked_sub(defaults.len()) else {
        return Ok(None);
    };
    if n < first_default {
        return Ok(None);
    }
    let fr = frame::for_call(fo.code, fo.globals, None)?;
    let slots = frame::slots(fr);
    for (s, &a) in slots.iter_mut().zip(args) {
        *s = Some(a);
    }
    for i in n..argcount {
        slots[i] = Some(defaults[i - first_default]);
    }
    if frame::obj(fr).ncells != 0 {
        init_cells(fo, u, fr)?;
    }
    Ok(Some(fr))
}

/// `FunctionObj::entry` for `fo`, when its code is compiled and of `simple_shape` (not a
/// generator): what positional calls enter straight. It depends on the code only.
fn entry_of(fo: &FunctionObj) -> Option<crate::jit::CompiledFn> {
    let compiled = crate::jit::compiled_of(code::profile(fo.code))?;
    let u = code::unit(fo.code);
    (!u.is_generator && simple_shape(u)).then_some(compiled)
}

/// The `call` slot of functions.
pub fn call(f: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    match kw {
        None => call_positional(f, args),
        Some(_) => run(f, make_frame(f, args, Kw::from_dict(kw))?),
    }
}

/// `f(*args)` for a function `f`, without keywords: compiled code is entered straight
/// (`call_compiled`), everything else binds and runs a frame. Inlined into the call sites
/// that matter (the interpreter's and tier 1's `Call`), so the fast path is one native frame.
#[inline(always)]
pub fn call_positional(f: Obj, args: &[Obj]) -> PyResult<Obj> {
    if let Some(res) = call_compiled(f, args) {
        return res;
    }
    call_general(f, args)
}

#[inline(never)]
fn call_general(f: Obj, args: &[Obj]) -> PyResult<Obj> {
    run(f, make_frame(f, args, Kw::None)?)
}

/// The fast call: `f` (a function) with positional `args`, when its code is compiled already
/// and binding is a copy (`FunctionObj::entry`, `bind_positional`): straight into the compiled
/// code. None for every other call.
#[inline(always)]
pub fn call_compiled(f: Obj, args: &[Obj]) -> Option<PyResult<Obj>> {
    let fo = obj(f);
    // The cached entry holds while it is still the code's newest compiled function (hot code
    // is recompiled optimised once).
    let current = code::profile(fo.code).compiled.get();
    let compiled = match fo.entry {
        Some(c) if c as usize == current => c,
        _ => {
            let c = entry_of(fo)?;
            fo.entry = Some(c);
            c
        }
    };
    let fr = match bind_positional(fo, code::unit(fo.code), args) {
        Ok(Some(fr)) => fr,
        Ok(None) => return None,
        Err(e) => return Some(Err(e)),
    };
    let res = super::super::interp::run_compiled_call(fr, compiled);
    frame::retire(fr);
    Some(res)
}

/// Calls `f` with keyword arguments given as parallel name and value arrays.
pub fn call_kw(f: Obj, args: &[Obj], kwnames: &[Obj], kwvalues: &[Obj]) -> PyResult<Obj> {
    let kw = if kwnames.is_empty() {
        Kw::None
    } else {
        Kw::Pairs(kwnames, kwvalues)
    };
    run(f, make_frame(f, args, kw)?)
}

/// Runs the bound frame `fr` of `f` (a generator function makes a generator of it).
fn run(f: Obj, fr: Obj) -> PyResult<Obj> {
    let u = code::unit(obj(f).code);
    if u.is_generator {
        return super::generator::new(fr);
    }
    // Code compiled already is entered straight (what the interpreter's entry would do).
    let res = match crate::jit::compiled_of(code::profile(obj(f).code)) {
        Some(c) => super::super::interp::run_compiled_call(fr, c),
        None => super::super::interp::run_function_frame(fr),
    };
    frame::retire(fr);
    res
}

fn descr_get(f: Obj, inst: Option<Obj>, owner: Obj) -> PyResult<Obj> {
    new_method(f, inst, Some(owner))
}

fn repr(f: Obj) -> PyResult<Obj> {
    pystr::from_str(&format!("<function {} at {:#x}>", name_text(f), f.addr()))
}

/// `function(code, globals[, name[, argdefs[, closure]]])` (`types.FunctionType`).
fn function_new(_t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let r = rt();
    let a = super::parse_args(
        "function",
        args,
        kw,
        &["code", "globals", "name", "argdefs", "closure"],
        2,
    )?;
    let (code_obj, globals) = (a[0].expect("required"), a[1].expect("required"));
    if !code::is_code(code_obj) {
        return Err(exc::type_error(&format!(
            "function() argument 1 must be code, not {}",
            ops::type_name_of(code_obj)
        )));
    }
    if !super::dict::is_dict(globals) {
        return Err(exc::type_error(&format!(
            "function() argument 2 must be dict, not {}",
            ops::type_name_of(globals)
        )));
    }
    let name = a[2].filter(|&n| n != r.none);
    if name.is_some_and(|n| !pystr::is_str(n)) {
        return Err(exc::type_error("arg 3 (name) must be None or string"));
    }
    let defaults = a[3].filter(|&d| d != r.none);
    if defaults.is_some_and(|d| d.class() != r.types.tuple) {
        return Err(exc::type_error("arg 4 (defaults) must be None or tuple"));
    }
    let closure = a[4].filter(|&c| c != r.none);
    if closure.is_some_and(|c| c.class() != r.types.tuple) {
        return Err(exc::type_error("arg 5 (closure) must be tuple"));
    }
    let nfree = code::unit(code_obj).freevars.len();
    let given = closure.map(|c| super::tuple::len(c)).unwrap_or(0);
    if given != nfree {
        return Err(exc::value_error(&format!(
            "{} requires closure of length {}, not {}",
            pystr::to_string_lossy(code::obj(code_obj).name),
            nfree,
            given
        )));
    }
    let f = new(code_obj, globals, defaults, closure)?;
    if let Some(n) = name {
        obj(f).name = n;
    }
    Ok(f)
}

pub fn slots() -> super::super::typeobj::Slots {
    super::super::typeobj::Slots {
        new: Some(function_new),
        call: Some(call),
        descr_get: Some(descr_get),
        repr: Some(repr),
        hash: Some(super::object::pointer_hash),
        ..Default::default()
    }
}

fn get_name(f: Obj) -> PyResult<Obj> {
    Ok(obj(f).name)
}
fn set_name(f: Obj, v: Option<Obj>) -> PyResult<()> {
    match v {
        Some(v) if pystr::is_str(v) => {
            obj(f).name = v;
            Ok(())
        }
        _ => Err(exc::type_error("__name__ must be set to a string object")),
    }
}
fn get_defaults(f: Obj) -> PyResult<Obj> {
    Ok(obj(f).defaults.unwrap_or(rt().none))
}
fn set_defaults(f: Obj, v: Option<Obj>) -> PyResult<()> {
    match v {
        None => obj(f).defaults = None,
        Some(v) if v == rt().none => obj(f).defaults = None,
        Some(v) if tuple::is_tuple(v) => obj(f).defaults = Some(v),
        Some(_) => {
            return Err(exc::type_error(
                "__defaults__ must be set to a tuple object",
            ))
        }
    }
    Ok(())
}
fn get_code(f: Obj) -> PyResult<Obj> {
    Ok(obj(f).code)
}
fn set_code(f: Obj, v: Option<Obj>) -> PyResult<()> {
    match v {
        Some(v) if code::is_code(v) => {
            obj(f).code = v;
            obj(f).entry = None;
            Ok(())
        }
        _ => Err(exc::type_error("__code__ must be set to a code object")),
    }
}
fn get_globals(f: Obj) -> PyResult<Obj> {
    Ok(obj(f).globals)
}
fn get_closure(f: Obj) -> PyResult<Obj> {
    Ok(obj(f).closure.unwrap_or(rt().none))
}
fn get_doc(f: Obj) -> PyResult<Obj> {
    Ok(obj(f).doc)
}
fn set_doc(f: Obj, v: Option<Obj>) -> PyResult<()> {
    obj(f).doc = v.unwrap_or(rt().none);
    Ok(())
}
fn get_module(f: Obj) -> PyResult<Obj> {
    Ok(obj(f).module)
}
fn set_module(f: Obj, v: Option<Obj>) -> PyResult<()> {
    obj(f).module = v.unwrap_or(rt().none);
    Ok(())
}
fn get_dict(f: Obj) -> PyResult<Obj> {
    Ok(super::super::class::instance_dict(f)?.expect("functions have a dict"))
}
fn set_dict(f: Obj, v: Option<Obj>) -> PyResult<()> {
    match v {
        Some(d) if super::dict::is_dict(d) => {
            obj(f).dict = Some(d);
            Ok(())
        }
        None => Err(exc::type_error("function's dictionary may not be deleted")),
        _ => Err(exc::type_error(
            "setting function's dictionary to a non-dict",
        )),
    }
}

use super::{gs, GetSetDef};
pub static GETSETS: &[GetSetDef] = &[
    gs("__name__", get_name, Some(set_name)),
    gs("func_name", get_name, Some(set_name)),
    gs("__defaults__", get_defaults, Some(set_defaults)),
    gs("func_defaults", get_defaults, Some(set_defaults)),
    gs("__code__", get_code, Some(set_code)),
    gs("func_code", get_code, Some(set_code)),
    gs("__globals__", get_globals, None),
    gs("func_globals", get_globals, None),
    gs("__closure__", get_closure, None),
    gs("func_closure", get_closure, None),
    gs("__doc__", get_doc, Some(set_doc)),
    gs("func_doc", get_doc, Some(set_doc)),
    gs("__module__", get_module, Some(set_module)),
    gs("__dict__", get_dict, Some(set_dict)),
    gs("func_dict", get_dict, Some(set_dict)),
];

// --- instancemethod ---------------------------------------------------------------------------

#[repr(C)]
pub struct MethodObj {
    pub head: Header,
    pub func: Obj,
    pub self_: Option<Obj>,
    pub class: Option<Obj>,
}

unsafe fn trace_method(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: a method object.
    unsafe {
        if *(p as *const usize) == 0 {
            return;
        }
        let o = &*(p as *const MethodObj);
        mark(m, o.func);
        mark_opt(m, o.self_);
        mark_opt(m, o.class);
    }
}

pub static METHOD_KIND: gc::Kind = gc::Kind {
    name: "instancemethod",
    trace: Some(trace_method),
    drop: None,
};

pub fn new_method(func: Obj, self_: Option<Obj>, class: Option<Obj>) -> PyResult<Obj> {
    let t = rt().types.instancemethod;
    let self_ = self_.filter(|s| *s != rt().none);
    alloc_value(
        &METHOD_KIND,
        t,
        MethodObj {
            head: Header { class: t },
            func,
            self_,
            class,
        },
    )
}

#[inline]
pub fn method_obj(m: Obj) -> &'static MethodObj {
    // SAFETY: the caller knows `m` is an instancemethod.
    unsafe { m.cast::<MethodObj>() }
}

pub fn method_func(m: Obj) -> Obj {
    method_obj(m).func
}

/// The instance a method is bound to (None: unbound).
pub fn method_self(m: Obj) -> Option<Obj> {
    method_obj(m).self_
}

fn method_call(m: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let mo = method_obj(m);
    match mo.self_ {
        Some(s) => {
            // `s` may be reachable only from `m`, which our caller need not hold any more.
            super::super::call::call_with_first(mo.func, s, args, kw)
        }
        None => {
            // Unbound: the first argument must be an instance of the class.
            if let Some(cls) = mo.class {
                let ok = match args.first() {
                    Some(&a) => super::classobj::isinstance_any(a, cls)?,
                    None => false,
                };
                if !ok {
                    let got = match args.first() {
                        Some(&a) => format!("{} instance", instance_desc(a)),
                        None => "nothing".to_string(),
                    };
                    return Err(exc::type_error(&format!(
                        "unbound method {}() must be called with {} instance as first argument (got {} instead)",
                        callable_name(mo.func),
                        class_display(cls),
                        got
                    )));
                }
            }
            super::super::call::call(mo.func, args, kw)
        }
    }
}

fn instance_desc(a: Obj) -> String {
    let r = rt();
    if a.class() == r.types.instance {
        super::classobj::class_name(super::classobj::instance_class(a))
    } else {
        ops::type_name_of(a)
    }
}

fn class_display(c: Obj) -> String {
    if c.class() == rt().types.classobj {
        super::classobj::class_name(c)
    } else {
        super::super::typeobj::type_name(c)
    }
}

/// The `__name__` of a callable, for messages and reprs.
pub fn callable_name(f: Obj) -> String {
    let r = rt();
    if f.class() == r.types.function {
        return name_text(f);
    }
    match ops::getattr_opt(f, r.names.__name__) {
        Ok(Some(n)) if pystr::is_str(n) => pystr::to_string_lossy(n),
        _ => "?".into(),
    }
}

fn method_descr_get(m: Obj, inst: Option<Obj>, owner: Obj) -> PyResult<Obj> {
    let mo = method_obj(m);
    if mo.self_.is_some() {
        return Ok(m);
    }
    // CPython's instancemethod_descr_get: an unbound method is rebound only when the owner is
    // a subclass of the method's class (`issubclass`, so ABC registrations count).
    if let Some(cls) = mo.class {
        let sub = super::super::builtins::b_issubclass(&[owner, cls], None)?;
        if sub != rt().true_ {
            return Ok(m);
        }
    }
    new_method(mo.func, inst, Some(owner))
}

fn method_repr(m: Obj) -> PyResult<Obj> {
    let mo = method_obj(m);
    let fname = callable_name(mo.func);
    let cname = match mo.class {
        Some(c) => class_display(c),
        None => "?".into(),
    };
    let s = match mo.self_ {
        None => format!("<unbound method {cname}.{fname}>"),
        Some(s) => format!("<bound method {cname}.{fname} of {}>", ops::repr_text(s)?),
    };
    pystr::from_str(&s)
}

fn method_getattr(m: Obj, name: Obj) -> PyResult<Obj> {
    match super::object::generic_getattr(m, name) {
        Ok(v) => Ok(v),
        Err(e) => {
            if exc::pending_is(rt().exc.AttributeError) {
                exc::clear_pending();
                ops::getattr(method_obj(m).func, name)
            } else {
                Err(e)
            }
        }
    }
}

fn method_richcmp(a: Obj, b: Obj, op: crate::compile::ir::CmpOp) -> PyResult<Obj> {
    use crate::compile::ir::CmpOp;
    if b.class() != rt().types.instancemethod || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(rt().not_implemented);
    }
    let (x, y) = (method_obj(a), method_obj(b));
    let same = x.func == y.func && x.self_ == y.self_;
    Ok(ops::bool_obj(if op == CmpOp::Eq { same } else { !same }))
}

fn method_hash(m: Obj) -> PyResult<i64> {
    let mo = method_obj(m);
    let a = match mo.self_ {
        Some(s) => ops::hash(s)?,
        None => 0,
    };
    let b = ops::hash(mo.func)?;
    let h = a ^ b;
    Ok(if h == -1 { -2 } else { h })
}

/// `instancemethod(function, instance[, class])` (types.MethodType).
fn method_new(_t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    super::check_arity("instancemethod", super::Arity::Range(2, 3), args.len(), kw)?;
    let f = args[0];
    if super::super::typeobj::slots_of(f).call.is_none() {
        return Err(exc::type_error("first argument must be callable"));
    }
    let none = rt().none;
    let s = Some(args[1]).filter(|x| *x != none);
    if s.is_none() && args.get(2).is_none_or(|c| *c == none) {
        return Err(exc::type_error(
            "unbound methods must have non-NULL im_class",
        ));
    }
    new_method(f, s, args.get(2).copied().filter(|c| *c != none))
}

pub fn method_slots() -> super::super::typeobj::Slots {
    super::super::typeobj::Slots {
        new: Some(method_new),
        call: Some(method_call),
        descr_get: Some(method_descr_get),
        repr: Some(method_repr),
        getattr: Some(method_getattr),
        richcmp: Some(method_richcmp),
        hash: Some(method_hash),
        ..Default::default()
    }
}

fn m_func(m: Obj) -> PyResult<Obj> {
    Ok(method_obj(m).func)
}
fn m_self(m: Obj) -> PyResult<Obj> {
    Ok(method_obj(m).self_.unwrap_or(rt().none))
}
fn m_class(m: Obj) -> PyResult<Obj> {
    Ok(method_obj(m).class.unwrap_or(rt().none))
}
fn m_doc(m: Obj) -> PyResult<Obj> {
    ops::getattr(method_obj(m).func, rt().names.__doc__)
}

pub static METHOD_GETSETS: &[GetSetDef] = &[
    gs("im_func", m_func, None),
    gs("__func__", m_func, None),
    gs("im_self", m_self, None),
    gs("__self__", m_self, None),
    gs("im_class", m_class, None),
    gs("__doc__", m_doc, None),
];
