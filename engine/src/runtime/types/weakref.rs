//! `weakref.ref`: a reference the GC clears when its target dies (`gc::register_weak`), with an
//! optional callback called after the collection (`finalize::run_pending`).

use super::super::exc;
use super::super::object::{alloc, Header, Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::{tobj, Slots, TF_WEAKREFABLE};
use super::str as pystr;
use crate::compile::ir::CmpOp;
use crate::gc;

#[repr(C)]
pub struct WeakObj {
    pub head: Header,
    /// The weak slot (not traced; cleared by the GC).
    pub target: *mut u8,
    pub callback: Option<Obj>,
    pub hash: i64,
}

unsafe fn trace_weak(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: a weakref object: only the callback is a strong reference.
    unsafe { super::super::object::mark_opt(m, (*(p as *const WeakObj)).callback) };
}

pub static WEAK_KIND: gc::Kind = gc::Kind {
    name: "weakref",
    trace: Some(trace_weak),
    drop: None,
};

#[inline]
fn wobj(o: Obj) -> &'static mut WeakObj {
    // SAFETY: the caller knows `o` is a weakref.
    unsafe { o.cast::<WeakObj>() }
}

/// `weakref.ref(target, callback)`.
pub fn new_ref(t: Obj, target: Obj, callback: Option<Obj>) -> PyResult<Obj> {
    let r = rt();
    let weakable = tobj(target.class()).flags & TF_WEAKREFABLE != 0;
    if !weakable {
        return Err(exc::type_error(&format!(
            "cannot create weak reference to '{}' object",
            ops::type_name_of(target)
        )));
    }
    let o = alloc(&WEAK_KIND, std::mem::size_of::<WeakObj>(), t)?;
    let w = wobj(o);
    w.target = target.as_ptr();
    w.callback = callback.filter(|c| *c != r.none);
    w.hash = -1;
    // SAFETY: the slot lives inside `o`, which owns it.
    unsafe { gc::register_weak(&mut w.target, o.as_ptr(), w.callback.is_some()) };
    Ok(o)
}

/// The referent, if alive.
pub fn target(o: Obj) -> Option<Obj> {
    // SAFETY: the slot is null or a live object (cleared by the GC when its target dies).
    unsafe { Obj::from_ptr(wobj(o).target) }
}

pub fn callback(o: Obj) -> Option<Obj> {
    wobj(o).callback
}

fn ref_new(t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    super::check_arity("ref", super::Arity::Range(1, 2), args.len(), kw)?;
    new_ref(t, args[0], args.get(1).copied())
}

fn ref_init(_o: Obj, _args: &[Obj], _kw: Option<Obj>) -> PyResult<()> {
    Ok(())
}

fn ref_call(o: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    super::check_arity("weakref", super::Arity::None, args.len(), kw)?;
    Ok(target(o).unwrap_or(rt().none))
}

fn ref_repr(o: Obj) -> PyResult<Obj> {
    let s = match target(o) {
        None => format!("<weakref at {:#x}; dead>", o.addr()),
        Some(t) => format!(
            "<weakref at {:#x}; to '{}' at {:#x}>",
            o.addr(),
            ops::type_name_of(t),
            t.addr()
        ),
    };
    pystr::from_str(&s)
}

fn ref_hash(o: Obj) -> PyResult<i64> {
    let w = wobj(o);
    if w.hash != -1 {
        return Ok(w.hash);
    }
    match target(o) {
        None => Err(exc::type_error("weak object has gone away")),
        Some(t) => {
            let h = ops::hash(t)?;
            wobj(o).hash = h;
            Ok(h)
        }
    }
}

fn ref_richcmp(a: Obj, b: Obj, op: CmpOp) -> PyResult<Obj> {
    if b.class() != a.class() || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(rt().not_implemented);
    }
    match (target(a), target(b)) {
        (Some(x), Some(y)) => ops::compare(x, y, op),
        _ => Ok(ops::bool_obj((a == b) == (op == CmpOp::Eq))),
    }
}

pub fn slots() -> Slots {
    Slots {
        new: Some(ref_new),
        init: Some(ref_init),
        call: Some(ref_call),
        repr: Some(ref_repr),
        hash: Some(ref_hash),
        richcmp: Some(ref_richcmp),
        ..Default::default()
    }
}
