//! `slice` objects and the index arithmetic of extended slicing (`PySlice_GetIndicesEx`).

use super::super::exc;
use super::super::object::{alloc_value, mark, Header, Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::Slots;
use super::{str as pystr, tuple, Arity, GetSetDef, MethodDef};
use crate::gc;

#[repr(C)]
pub struct SliceObj {
    pub head: Header,
    pub start: Obj,
    pub stop: Obj,
    pub step: Obj,
}

unsafe fn trace_slice(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: a slice object.
    unsafe {
        if *(p as *const usize) == 0 {
            return;
        }
        let s = &*(p as *const SliceObj);
        mark(m, s.start);
        mark(m, s.stop);
        mark(m, s.step);
    }
}

pub static SLICE_KIND: gc::Kind = gc::Kind {
    name: "slice",
    trace: Some(trace_slice),
    drop: None,
};

pub fn new(lo: Option<Obj>, hi: Option<Obj>, step: Option<Obj>) -> PyResult<Obj> {
    let r = rt();
    let t = r.types.slice;
    alloc_value(
        &SLICE_KIND,
        t,
        SliceObj {
            head: Header { class: t },
            start: lo.unwrap_or(r.none),
            stop: hi.unwrap_or(r.none),
            step: step.unwrap_or(r.none),
        },
    )
}

#[inline]
pub fn obj(s: Obj) -> &'static SliceObj {
    // SAFETY: the caller knows `s` is a slice.
    unsafe { s.cast::<SliceObj>() }
}

pub fn is_slice(o: Obj) -> bool {
    o.class() == rt().types.slice
}

/// `(start, stop, step, slicelength)` for a sequence of `len` items.
pub fn indices(s: Obj, len: i64) -> PyResult<(i64, i64, i64, i64)> {
    let so = obj(s);
    let none = rt().none;
    let step = if so.step == none {
        1
    } else {
        slice_index(so.step)?
    };
    if step == 0 {
        return Err(exc::value_error("slice step cannot be zero"));
    }
    let step = step.max(-i64::MAX);
    let (def_start, def_stop) = if step < 0 { (len - 1, -1) } else { (0, len) };
    let adjust = |v: Obj, def: i64| -> PyResult<i64> {
        if v == none {
            return Ok(def);
        }
        let mut x = slice_index(v)?;
        if x < 0 {
            x += len;
            if x < 0 {
                x = if step < 0 { -1 } else { 0 };
            }
        } else if x >= len {
            x = if step < 0 { len - 1 } else { len };
        }
        Ok(x)
    };
    let start = adjust(so.start, def_start)?;
    let stop = adjust(so.stop, def_stop)?;
    let slen = if (step < 0 && stop >= start) || (step > 0 && start >= stop) {
        0
    } else if step < 0 {
        (stop - start + 1) / step + 1
    } else {
        (stop - start - 1) / step + 1
    };
    Ok((start, stop, step, slen))
}

/// `_PyEval_SliceIndex`: ints and longs (clamped), `__index__`, else TypeError.
fn slice_index(v: Obj) -> PyResult<i64> {
    if !ops::is_index(v) {
        return Err(exc::type_error(
            "slice indices must be integers or None or have an __index__ method",
        ));
    }
    ops::index_value_clamped(v)
}

fn slice_repr(s: Obj) -> PyResult<Obj> {
    let so = obj(s);
    pystr::from_str(&format!(
        "slice({}, {}, {})",
        ops::repr_text(so.start)?,
        ops::repr_text(so.stop)?,
        ops::repr_text(so.step)?
    ))
}

fn slice_new(_t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    super::check_arity("slice", Arity::Range(1, 3), args.len(), kw)?;
    match args.len() {
        1 => new(None, Some(args[0]), None),
        2 => new(Some(args[0]), Some(args[1]), None),
        _ => new(Some(args[0]), Some(args[1]), Some(args[2])),
    }
}

/// `cmp(a, b)` of two slices: their (start, stop, step) tuples (CPython's `slice_compare`;
/// slices have no rich comparison).
fn slice_compare(a: Obj, b: Obj) -> PyResult<Obj> {
    if !is_slice(a) || !is_slice(b) {
        return Ok(rt().not_implemented);
    }
    let (x, y) = (obj(a), obj(b));
    let ta = tuple::new(&[x.start, x.stop, x.step])?;
    let tb = tuple::new(&[y.start, y.stop, y.step])?;
    super::int::new(ops::cmp(ta, tb)? as i64)
}

fn slice_hash(_s: Obj) -> PyResult<i64> {
    Err(exc::type_error("unhashable type"))
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(slice_repr),
        new: Some(slice_new),
        compare: Some(slice_compare),
        hash: Some(slice_hash),
        ..Default::default()
    }
}

fn g_start(s: Obj) -> PyResult<Obj> {
    Ok(obj(s).start)
}
fn g_stop(s: Obj) -> PyResult<Obj> {
    Ok(obj(s).stop)
}
fn g_step(s: Obj) -> PyResult<Obj> {
    Ok(obj(s).step)
}

pub static GETSETS: &[GetSetDef] = &[
    super::gs("start", g_start, None),
    super::gs("stop", g_stop, None),
    super::gs("step", g_step, None),
];

fn m_indices(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let n = ops::index_value(a[0])?;
    if n < 0 {
        return Err(exc::value_error("length should not be negative"));
    }
    let (start, stop, step, _) = indices(s, n)?;
    tuple::new(&[
        super::int::new(start)?,
        super::int::new(stop)?,
        super::int::new(step)?,
    ])
}

pub static METHODS: &[MethodDef] = &[super::m("indices", m_indices, Arity::One)];
