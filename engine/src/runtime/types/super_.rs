//! `super(type, obj)`: attribute lookup that starts after `type` in the MRO of `obj`'s class.

use super::super::exc;
use super::super::object::{alloc, mark_opt, Header, Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::{class_dict, is_subtype, is_type, slots_of, tobj, Slots};
use super::{dict, str as pystr, tuple, GetSetDef};
use crate::gc;

#[repr(C)]
pub struct SuperObj {
    pub head: Header,
    pub ty: Option<Obj>,
    pub obj: Option<Obj>,
    pub obj_type: Option<Obj>,
}

unsafe fn trace_super(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: a super object.
    unsafe {
        let s = &*(p as *const SuperObj);
        mark_opt(m, s.ty);
        mark_opt(m, s.obj);
        mark_opt(m, s.obj_type);
    }
}

pub static SUPER_KIND: gc::Kind = gc::Kind {
    name: "super",
    trace: Some(trace_super),
    drop: None,
};

fn super_tail_offset(_p: *mut u8) -> usize {
    std::mem::size_of::<SuperObj>()
}

crate::sub_kind!(
    SUPER_SUB_KIND,
    "super subclass instance",
    Some(trace_super),
    None,
    super_tail_offset
);

#[inline]
fn sobj(o: Obj) -> &'static mut SuperObj {
    // SAFETY: the caller knows `o` has the super layout.
    unsafe { o.cast::<SuperObj>() }
}

fn super_new(t: Obj, _args: &[Obj], _kw: Option<Obj>) -> PyResult<Obj> {
    let base = std::mem::size_of::<SuperObj>();
    if t == rt().types.super_ {
        return alloc(&SUPER_KIND, base, t);
    }
    let o = alloc(&SUPER_SUB_KIND, base + super::super::class::tail_size(t), t)?;
    super::super::class::init_tail(o, t, base);
    Ok(o)
}

/// The type `obj` is checked against (`supercheck`).
fn supercheck(ty: Obj, obj: Obj) -> PyResult<Obj> {
    if is_type(obj) && is_subtype(obj, ty) {
        return Ok(obj);
    }
    if is_subtype(obj.class(), ty) {
        return Ok(obj.class());
    }
    if let Some(c) = ops::getattr_opt(obj, rt().names.__class__)? {
        if is_type(c) && c != obj.class() && is_subtype(c, ty) {
            return Ok(c);
        }
    }
    Err(exc::type_error(
        "super(type, obj): obj must be an instance or subtype of type",
    ))
}

fn super_init(o: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<()> {
    super::check_arity("super", super::Arity::Range(1, 2), args.len(), kw)?;
    let ty = args[0];
    if !is_type(ty) {
        return Err(exc::type_error(&format!(
            "super() argument 1 must be type, not {}",
            ops::type_name_of(ty)
        )));
    }
    let obj = args.get(1).copied().filter(|x| *x != rt().none);
    let obj_type = match obj {
        Some(x) => Some(supercheck(ty, x)?),
        None => None,
    };
    let s = sobj(o);
    s.ty = Some(ty);
    s.obj = obj;
    s.obj_type = obj_type;
    Ok(())
}

fn super_getattr(o: Obj, name: Obj) -> PyResult<Obj> {
    let s = sobj(o);
    let skip = pystr::is_str(name) && pystr::bytes(name) == b"__class__";
    if let (Some(ty), Some(start), false) = (s.ty, s.obj_type, skip) {
        let mro = tuple::items(tobj(start).mro);
        if let Some(pos) = mro.iter().position(|&c| c == ty) {
            for &c in &mro[pos + 1..] {
                let d = class_dict(c);
                if let Some(v) = dict::get_item(d, name)? {
                    return match slots_of(v).descr_get {
                        Some(g) => {
                            let inst = if s.obj == Some(start) { None } else { s.obj };
                            g(v, inst, start)
                        }
                        None => Ok(v),
                    };
                }
            }
        }
    }
    super::object::generic_getattr(o, name)
}

fn super_get(o: Obj, inst: Option<Obj>, _owner: Obj) -> PyResult<Obj> {
    let s = sobj(o);
    match (inst, s.obj) {
        (Some(i), None) if i != rt().none => {
            let n = super_new(o.class(), &[], None)?;
            super_init(n, &[s.ty.unwrap(), i], None)?;
            Ok(n)
        }
        _ => Ok(o),
    }
}

fn super_repr(o: Obj) -> PyResult<Obj> {
    let s = sobj(o);
    let tn =
        s.ty.map(super::super::typeobj::type_name)
            .unwrap_or("NULL".into());
    let text = match s.obj_type {
        Some(t) => format!(
            "<super: <class '{}'>, <{} object>>",
            tn,
            super::super::typeobj::type_name(t)
        ),
        None => format!("<super: <class '{tn}'>, NULL>"),
    };
    pystr::from_str(&text)
}

pub fn slots() -> Slots {
    Slots {
        new: Some(super_new),
        init: Some(super_init),
        getattr: Some(super_getattr),
        descr_get: Some(super_get),
        repr: Some(super_repr),
        ..Default::default()
    }
}

fn g_thisclass(o: Obj) -> PyResult<Obj> {
    Ok(sobj(o).ty.unwrap_or(rt().none))
}
fn g_self(o: Obj) -> PyResult<Obj> {
    Ok(sobj(o).obj.unwrap_or(rt().none))
}
fn g_self_class(o: Obj) -> PyResult<Obj> {
    Ok(sobj(o).obj_type.unwrap_or(rt().none))
}

pub static GETSETS: &[GetSetDef] = &[
    super::gs("__thisclass__", g_thisclass, None),
    super::gs("__self__", g_self, None),
    super::gs("__self_class__", g_self_class, None),
];
