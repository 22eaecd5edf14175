//! `module` objects: a name and a dict (`__dict__`), attribute access through the dict.

use super::super::exc;
use super::super::object::{alloc, mark_opt, Header, Obj, PyResult};
use super::super::rt::rt;
use super::super::typeobj::Slots;
use super::{dict, parse_args, str as pystr};
use crate::gc;

#[repr(C)]
pub struct ModuleObj {
    pub head: Header,
    pub dict: Option<Obj>,
}

unsafe fn trace_module(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: a module object.
    unsafe { mark_opt(m, (*(p as *const ModuleObj)).dict) };
}

pub static MODULE_KIND: gc::Kind = gc::Kind {
    name: "module",
    trace: Some(trace_module),
    drop: None,
};

fn module_tail_offset(_p: *mut u8) -> usize {
    std::mem::size_of::<ModuleObj>()
}

crate::sub_kind!(
    MODULE_SUB_KIND,
    "module subclass instance",
    Some(trace_module),
    None,
    module_tail_offset
);

/// A new module named `name` with `__name__`, `__doc__` (None) and `__package__` (None) set.
pub fn new(name: &str) -> PyResult<Obj> {
    let r = rt();
    let m = alloc(
        &MODULE_KIND,
        std::mem::size_of::<ModuleObj>(),
        r.types.module,
    )?;
    let d = dict::new()?;
    // SAFETY: fresh module.
    unsafe { m.cast::<ModuleObj>().dict = Some(d) };
    dict::set_item(d, r.names.__name__, pystr::from_str(name)?)?;
    dict::set_item(d, r.names.__doc__, r.none)?;
    dict::set_item(d, r.names.__package__, r.none)?;
    Ok(m)
}

pub fn dict_slot(m: Obj) -> &'static mut Option<Obj> {
    // SAFETY: the caller knows `m` is a module.
    unsafe { &mut m.cast::<ModuleObj>().dict }
}

pub fn dict_of(m: Obj) -> Obj {
    dict_slot(m).expect("module dict")
}

fn module_new(t: Obj, _args: &[Obj], _kw: Option<Obj>) -> PyResult<Obj> {
    let m = alloc(&MODULE_KIND, std::mem::size_of::<ModuleObj>(), t)?;
    let d = dict::new()?;
    // SAFETY: fresh module.
    unsafe { m.cast::<ModuleObj>().dict = Some(d) };
    Ok(m)
}

fn module_init(m: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<()> {
    let a = parse_args("module.__init__", args, kw, &["name", "doc"], 1)?;
    let r = rt();
    let d = dict_of(m);
    dict::set_item(d, r.names.__name__, a[0].unwrap())?;
    dict::set_item(d, r.names.__doc__, a[1].unwrap_or(r.none))?;
    Ok(())
}

fn module_repr(m: Obj) -> PyResult<Obj> {
    let d = dict_of(m);
    let name = match dict::get_item(d, rt().names.__name__)? {
        Some(n) if pystr::is_str(n) => pystr::to_string_lossy(n),
        _ => "?".into(),
    };
    match dict::get_item(d, rt().names.__file__)? {
        Some(f) if pystr::is_str(f) => pystr::from_str(&format!(
            "<module '{}' from '{}'>",
            name,
            pystr::to_string_lossy(f)
        )),
        _ => pystr::from_str(&format!("<module '{name}' (built-in)>")),
    }
}

fn module_getattr(m: Obj, name: Obj) -> PyResult<Obj> {
    if pystr::is_str(name) && pystr::bytes(name) == b"__dict__" {
        return Ok(dict_of(m));
    }
    match super::object::generic_getattr(m, name) {
        Err(e) if exc::pending_is(rt().exc.AttributeError) => {
            let _ = e;
            exc::clear_pending();
            Err(exc::attribute_error(&format!(
                "'module' object has no attribute '{}'",
                pystr::as_str_lossy(name)
            )))
        }
        other => other,
    }
}

pub fn slots() -> Slots {
    Slots {
        new: Some(module_new),
        init: Some(module_init),
        repr: Some(module_repr),
        getattr: Some(module_getattr),
        hash: Some(super::object::pointer_hash),
        ..Default::default()
    }
}
