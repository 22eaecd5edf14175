//! Iterator types over sequences: the generic `iterator` (`__getitem__` with 0, 1, 2, ...),
//! `callable-iterator` (`iter(f, sentinel)`), list/tuple/str iterators, `listreverseiterator`,
//! `enumerate` and `reversed`. One layout: the underlying object, a position and an extra
//! reference (the sentinel, the enumerate counter object).

use super::super::call::call;
use super::super::exc;
use super::super::object::{alloc_value, mark_opt, Header, Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::Slots;
use super::{int, list, parse_args, str as pystr, tuple, Arity, MethodDef};
use crate::gc;

#[repr(C)]
pub struct IterObj {
    pub head: Header,
    /// The iterated object; None once exhausted.
    pub seq: Option<Obj>,
    pub index: i64,
    pub extra: Option<Obj>,
}

unsafe fn trace_iter(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: an iterator object.
    unsafe {
        let it = &*(p as *const IterObj);
        mark_opt(m, it.seq);
        mark_opt(m, it.extra);
    }
}

pub static ITER_KIND: gc::Kind = gc::Kind {
    name: "iterator",
    trace: Some(trace_iter),
    drop: None,
};

pub fn new_iter(t: Obj, seq: Obj, index: i64, extra: Option<Obj>) -> PyResult<Obj> {
    alloc_value(
        &ITER_KIND,
        t,
        IterObj {
            head: Header { class: t },
            seq: Some(seq),
            index,
            extra,
        },
    )
}

#[inline]
pub fn obj(o: Obj) -> &'static mut IterObj {
    // SAFETY: the caller knows `o` has the iterator layout.
    unsafe { o.cast::<IterObj>() }
}

pub fn new_seq_iter(seq: Obj) -> PyResult<Obj> {
    new_iter(rt().types.seq_iter, seq, 0, None)
}

fn self_iter(o: Obj) -> PyResult<Obj> {
    Ok(o)
}

fn seq_next(o: Obj) -> PyResult<Option<Obj>> {
    let it = obj(o);
    let Some(seq) = it.seq else { return Ok(None) };
    let i = int::new(it.index)?;
    match ops::getitem(seq, i) {
        Ok(v) => {
            it.index += 1;
            Ok(Some(v))
        }
        Err(e) => {
            let r = rt();
            if exc::pending_is(r.exc.IndexError) || exc::pending_is(r.exc.StopIteration) {
                exc::clear_pending();
                it.seq = None;
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

fn callable_next(o: Obj) -> PyResult<Option<Obj>> {
    let it = obj(o);
    let Some(f) = it.seq else { return Ok(None) };
    let v = match call(f, &[], None) {
        Ok(v) => v,
        Err(e) => {
            if exc::pending_is(rt().exc.StopIteration) {
                exc::clear_pending();
                it.seq = None;
                return Ok(None);
            }
            return Err(e);
        }
    };
    if ops::eq_bool(v, it.extra.expect("sentinel"))? {
        obj(o).seq = None;
        return Ok(None);
    }
    Ok(Some(v))
}

fn list_next(o: Obj) -> PyResult<Option<Obj>> {
    let it = obj(o);
    let Some(l) = it.seq else { return Ok(None) };
    match list::items(l).get(it.index as usize) {
        Some(&v) => {
            it.index += 1;
            Ok(Some(v))
        }
        None => {
            it.seq = None;
            Ok(None)
        }
    }
}

fn list_reverse_next(o: Obj) -> PyResult<Option<Obj>> {
    let it = obj(o);
    let Some(l) = it.seq else { return Ok(None) };
    let items = list::items(l);
    if it.index >= 0 && (it.index as usize) < items.len() {
        let v = items[it.index as usize];
        it.index -= 1;
        Ok(Some(v))
    } else {
        it.seq = None;
        Ok(None)
    }
}

fn tuple_next(o: Obj) -> PyResult<Option<Obj>> {
    let it = obj(o);
    let Some(t) = it.seq else { return Ok(None) };
    match tuple::items(t).get(it.index as usize) {
        Some(&v) => {
            it.index += 1;
            Ok(Some(v))
        }
        None => {
            it.seq = None;
            Ok(None)
        }
    }
}

fn str_next(o: Obj) -> PyResult<Option<Obj>> {
    let it = obj(o);
    let Some(s) = it.seq else { return Ok(None) };
    match pystr::bytes(s).get(it.index as usize) {
        Some(&b) => {
            it.index += 1;
            Ok(Some(rt().chars[b as usize]))
        }
        None => {
            it.seq = None;
            Ok(None)
        }
    }
}

fn length_hint(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let it = obj(o);
    let n = match it.seq {
        None => 0,
        Some(s) => {
            let len = ops::len(s).unwrap_or_else(|_| {
                exc::clear_pending();
                0
            });
            if o.class() == rt().types.list_reverse_iter {
                it.index + 1
            } else {
                (len - it.index).max(0)
            }
        }
    };
    int::new(n)
}

pub static ITER_METHODS: &[MethodDef] = &[super::m("__length_hint__", length_hint, Arity::None)];

pub fn iter_slots(next: super::super::typeobj::NextFn) -> Slots {
    Slots {
        iter: Some(self_iter),
        next: Some(next),
        ..Default::default()
    }
}

pub fn seq_iter_slots() -> Slots {
    iter_slots(seq_next)
}
pub fn callable_iter_slots() -> Slots {
    iter_slots(callable_next)
}
pub fn list_iter_slots() -> Slots {
    iter_slots(list_next)
}
pub fn list_reverse_iter_slots() -> Slots {
    iter_slots(list_reverse_next)
}
pub fn tuple_iter_slots() -> Slots {
    iter_slots(tuple_next)
}
pub fn str_iter_slots() -> Slots {
    iter_slots(str_next)
}

/// `iter(f, sentinel)`.
pub fn new_callable_iter(f: Obj, sentinel: Obj) -> PyResult<Obj> {
    new_iter(rt().types.callable_iter, f, 0, Some(sentinel))
}

// --- enumerate --------------------------------------------------------------------------------

fn enumerate_new(t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let a = parse_args("enumerate", args, kw, &["sequence", "start"], 1)?;
    let it = ops::iter(a[0].unwrap())?;
    let start = match a[1] {
        Some(s) => {
            if !ops::is_index(s) {
                return Err(exc::type_error(&format!("an integer is required")));
            }
            s
        }
        None => int::new(0)?,
    };
    new_iter(t, it, 0, Some(start))
}

fn enumerate_next(o: Obj) -> PyResult<Option<Obj>> {
    let it = obj(o);
    let Some(inner) = it.seq else { return Ok(None) };
    let Some(v) = ops::next(inner)? else {
        obj(o).seq = None;
        return Ok(None);
    };
    let n = obj(o).extra.expect("counter");
    let next = ops::binary_op(n, int::new(1)?, super::super::typeobj::NbOp::Add)?;
    obj(o).extra = Some(next);
    Ok(Some(tuple::new(&[n, v])?))
}

pub fn enumerate_slots() -> Slots {
    Slots {
        new: Some(enumerate_new),
        ..iter_slots(enumerate_next)
    }
}

// --- reversed ---------------------------------------------------------------------------------

fn reversed_new(t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    super::check_arity("reversed", Arity::One, args.len(), kw)?;
    let seq = args[0];
    let r = rt();
    if let Some(m) = super::super::class::lookup_special(seq, r.names.__reversed__)? {
        return call(m, &[], None);
    }
    if seq.class() == r.types.list {
        let n = list::items(seq).len() as i64;
        return new_iter(r.types.list_reverse_iter, seq, n - 1, None);
    }
    let has_getitem = super::super::typeobj::slots_of(seq).getitem.is_some();
    let len = if has_getitem {
        ops::len(seq).ok()
    } else {
        None
    };
    let Some(n) = len else {
        exc::clear_pending();
        return Err(exc::type_error("argument to reversed() must be a sequence"));
    };
    new_iter(t, seq, n - 1, None)
}

fn reversed_next(o: Obj) -> PyResult<Option<Obj>> {
    let it = obj(o);
    let Some(seq) = it.seq else { return Ok(None) };
    if it.index < 0 {
        it.seq = None;
        return Ok(None);
    }
    let i = int::new(it.index)?;
    match ops::getitem(seq, i) {
        Ok(v) => {
            obj(o).index -= 1;
            Ok(Some(v))
        }
        Err(e) => {
            let r = rt();
            if exc::pending_is(r.exc.IndexError) || exc::pending_is(r.exc.StopIteration) {
                exc::clear_pending();
                obj(o).seq = None;
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

pub fn reversed_slots() -> Slots {
    Slots {
        new: Some(reversed_new),
        ..iter_slots(reversed_next)
    }
}
