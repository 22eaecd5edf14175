//! Iterator types over sequences: the generic `iterator` (`__getitem__` with 0, 1, 2, ...),
//! `callable-iterator` (`iter(f, sentinel)`), list/tuple/str iterators, `listreverseiterator`,
//! `enumerate` and `reversed`. One layout: the underlying object, a position and an extra
//! reference (the sentinel; enumerate's counter object once it no longer fits the position).
//!
//! `enumerate` counts in the `index` word as CPython counts in a `Py_ssize_t` (so every index it
//! yields is an `int`, even for `start=True` or a `long` start that fits), and switches to a
//! counter object in `extra` (ints, then longs by `+ 1`) from `i64::MAX` on, or for a start
//! beyond a C long.

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
    let len = match it.seq {
        None => 0,
        Some(s) => ops::len(s).unwrap_or_else(|_| {
            exc::clear_pending();
            0
        }),
    };
    if o.class() == rt().types.list_reverse_iter {
        // CPython 2.7's listreviter_len: a long, 0 once exhausted or past a shrunk list.
        let n = it.index + 1;
        let n = if it.seq.is_none() || len < n { 0 } else { n };
        return super::long::new(n.into());
    }
    let n = if it.seq.is_none() {
        0
    } else {
        (len - it.index).max(0)
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
    // Positional arguments (the usual call) need no parsing.
    let (seq, start) = match (args, kw) {
        (&[seq], None) => (seq, None),
        (&[seq, start], None) => (seq, Some(start)),
        _ => {
            let a = parse_args("enumerate", args, kw, &["sequence", "start"], 0)?;
            let Some(seq) = a[0] else {
                return Err(exc::type_error(
                    "Required argument 'sequence' (pos 1) not found",
                ));
            };
            (seq, a[1])
        }
    };
    let it = ops::iter(seq)?;
    let start = match start {
        Some(s) if super::int::is_int(s) || super::long::is_long(s) => s,
        Some(s) => {
            if !ops::is_index(s) {
                return Err(exc::type_error(&format!(
                    "'{}' object cannot be interpreted as an index",
                    ops::type_name_of(s)
                )));
            }
            ops::unary_slot(s, super::super::typeobj::UnOpSlot::Index)?
        }
        None => return new_iter(t, it, 0, None),
    };
    // CPython's `PyInt_AsSsize_t(start)`: a C long start counts natively (yielding ints).
    if int::is_int(start) {
        return new_iter(t, it, int::value(start), None);
    }
    use num_traits::ToPrimitive;
    match super::long::value(start).to_i64() {
        Some(v) => new_iter(t, it, v, None),
        None => new_iter(t, it, i64::MAX, Some(start)),
    }
}

fn enumerate_next(o: Obj) -> PyResult<Option<Obj>> {
    let it = obj(o);
    let Some(inner) = it.seq else { return Ok(None) };
    // The usual inner iterator, called directly.
    let v = if inner.class() == rt().types.list_iter {
        list_next(inner)?
    } else {
        ops::next(inner)?
    };
    let Some(v) = v else {
        obj(o).seq = None;
        return Ok(None);
    };
    let it = obj(o);
    if it.index != i64::MAX {
        let n = int::new(it.index)?;
        obj(o).index += 1;
        return tuple::pair(n, v).map(Some);
    }
    // The counter object: ints up to i64::MAX, longs after.
    let n = match it.extra {
        Some(n) => n,
        None => int::new(i64::MAX)?,
    };
    let next = ops::binary_op(n, int::new(1)?, super::super::typeobj::NbOp::Add)?;
    obj(o).extra = Some(next);
    Ok(Some(tuple::pair(n, v)?))
}

pub fn enumerate_slots() -> Slots {
    Slots {
        new: Some(enumerate_new),
        ..iter_slots(enumerate_next)
    }
}

// --- reversed ---------------------------------------------------------------------------------

fn reversed_new(t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    if kw.is_some_and(|k| super::dict::len(k) > 0) {
        return Err(exc::type_error("reversed() takes no keyword arguments"));
    }
    if args.len() != 1 {
        return Err(exc::type_error(&format!(
            "reversed expected 1 arguments, got {}",
            args.len()
        )));
    }
    let seq = args[0];
    let r = rt();
    if let Some(m) = super::super::class::lookup_special(seq, r.names.__reversed__)? {
        return call(m, &[], None);
    }
    if seq.class() == r.types.list {
        let n = list::items(seq).len() as i64;
        return new_iter(r.types.list_reverse_iter, seq, n - 1, None);
    }
    // PySequence_Check: dicts are not sequences, whatever slots they have.
    let has_getitem =
        super::super::typeobj::slots_of(seq).getitem.is_some() && !super::dict::is_dict(seq);
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
