//! `xrange`: a lazy arithmetic sequence of machine ints, and its iterator.

use super::super::exc;
use super::super::object::{alloc_value, Header, Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::Slots;
use super::{int, iter, str as pystr, tuple_methods::seq_index, Arity, MethodDef};
use crate::gc;

#[repr(C)]
pub struct XrangeObj {
    pub head: Header,
    pub start: i64,
    pub step: i64,
    pub len: i64,
}

pub static XRANGE_KIND: gc::Kind = gc::Kind {
    name: "xrange",
    trace: None,
    drop: None,
};

#[inline]
fn xobj(o: Obj) -> &'static XrangeObj {
    // SAFETY: the caller knows `o` is an xrange.
    unsafe { o.cast::<XrangeObj>() }
}

fn arg(o: Obj) -> PyResult<i64> {
    if super::float::is_float(o) {
        return Err(exc::type_error("integer argument expected, got float"));
    }
    let v = ops::unary_slot(o, super::super::typeobj::UnOpSlot::Int).map_err(|e| {
        let _ = e;
        exc::clear_pending();
        exc::type_error("an integer is required")
    })?;
    int::as_i64(v, "Python int too large to convert to C long")
}

/// Number of items of `range(lo, hi, step)`, exactly (it may exceed i64; also used by `range`).
pub fn range_len_wide(lo: i64, hi: i64, step: i64) -> i128 {
    let (lo, hi, step) = (lo as i128, hi as i128, step as i128);
    if step > 0 && lo < hi {
        (hi - lo - 1) / step + 1
    } else if step < 0 && lo > hi {
        (lo - hi - 1) / (-step) + 1
    } else {
        0
    }
}

fn xrange_new(t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    if kw.is_some_and(|k| super::dict::len(k) > 0) {
        return Err(exc::type_error("xrange() does not take keyword arguments"));
    }
    let (start, stop, step) = match args.len() {
        1 => (0, arg(args[0])?, 1),
        2 => (arg(args[0])?, arg(args[1])?, 1),
        3 => (arg(args[0])?, arg(args[1])?, arg(args[2])?),
        _ => return Err(exc::type_error("xrange() requires 1-3 int arguments")),
    };
    if step == 0 {
        return Err(exc::value_error("xrange() arg 3 must not be zero"));
    }
    let Ok(len) = i64::try_from(range_len_wide(start, stop, step)) else {
        return Err(exc::overflow_error("xrange() result has too many items"));
    };
    alloc_value(
        &XRANGE_KIND,
        t,
        XrangeObj {
            head: Header { class: t },
            start,
            step,
            len,
        },
    )
}

fn len(o: Obj) -> PyResult<i64> {
    Ok(xobj(o).len)
}

fn getitem(o: Obj, k: Obj) -> PyResult<Obj> {
    let x = xobj(o);
    if !ops::is_index(k) {
        return Err(exc::type_error(&format!(
            "sequence index must be integer, not '{}'",
            ops::type_name_of(k)
        )));
    }
    let i = seq_index(k, x.len as usize, "xrange object index out of range")?;
    int::new(x.start + x.step * i as i64)
}

fn repr(o: Obj) -> PyResult<Obj> {
    let x = xobj(o);
    let end = x.start as i128 + x.len as i128 * x.step as i128;
    let s = if x.start == 0 && x.step == 1 {
        format!("xrange({end})")
    } else if x.step == 1 {
        format!("xrange({}, {end})", x.start)
    } else {
        format!("xrange({}, {end}, {})", x.start, x.step)
    };
    pystr::from_str(&s)
}

fn iter_(o: Obj) -> PyResult<Obj> {
    iter::new_iter(rt().types.xrange_iter, o, 0, None)
}

fn xrange_iter_next(o: Obj) -> PyResult<Option<Obj>> {
    let it = iter::obj(o);
    let Some(x) = it.seq else { return Ok(None) };
    let xo = xobj(x);
    if it.index < xo.len {
        let v = xo.start + xo.step * it.index;
        it.index += 1;
        Ok(Some(int::new(v)?))
    } else {
        it.seq = None;
        Ok(None)
    }
}

fn iter_length_hint(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let it = iter::obj(o);
    match it.seq {
        Some(x) => int::new((xobj(x).len - it.index).max(0)),
        None => int::new(0),
    }
}

pub static ITER_METHODS: &[MethodDef] =
    &[super::m("__length_hint__", iter_length_hint, Arity::None)];

pub fn iter_slots() -> Slots {
    iter::iter_slots(xrange_iter_next)
}

fn reversed_m(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let x = xobj(o);
    let last = x.start + (x.len - 1) * x.step;
    let t = rt().types.xrange;
    let r = alloc_value(
        &XRANGE_KIND,
        t,
        XrangeObj {
            head: Header { class: t },
            start: if x.len > 0 { last } else { 0 },
            step: -x.step,
            len: x.len,
        },
    )?;
    iter_(r)
}

/// `(xrange, (start, stop, step))`, stop being the first value past the end.
fn reduce_m(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let x = xobj(o);
    let args = super::tuple::new(&[
        int::new(x.start)?,
        super::long::int_or_long((x.start as i128 + x.len as i128 * x.step as i128).into())?,
        int::new(x.step)?,
    ])?;
    super::tuple::new(&[rt().types.xrange, args])
}

pub static METHODS: &[MethodDef] = &[
    super::m("__reversed__", reversed_m, Arity::None),
    super::m("__reduce__", reduce_m, Arity::None),
];

pub fn slots() -> Slots {
    Slots {
        new: Some(xrange_new),
        len: Some(len),
        getitem: Some(getitem),
        repr: Some(repr),
        iter: Some(iter_),
        ..Default::default()
    }
}
