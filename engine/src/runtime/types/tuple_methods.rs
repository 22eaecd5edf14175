//! The slots and methods of `tuple`.

use super::super::exc;
use super::super::object::{Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::Slots;
use super::{int, iter, slice, str as pystr, tuple, Arity, MethodDef};
use crate::compile::ir::CmpOp;

fn repr(t: Obj) -> PyResult<Obj> {
    let items = tuple::items(t);
    if items.is_empty() {
        return pystr::from_str("()");
    }
    if !ops::repr_enter(t) {
        return pystr::from_str("(...)");
    }
    let res = ops::repr_items(items, "(", if items.len() == 1 { ",)" } else { ")" });
    ops::repr_leave(t);
    pystr::new(&res?)
}

/// `tuplehash`: the item hashes (str's cached, int's inline: `dict::key_hash`) combined in
/// order; short tuples keep them on the stack.
fn hash(t: Obj) -> PyResult<i64> {
    let items = tuple::items(t);
    let mut small = [0i64; 8];
    let mut big = Vec::new();
    let hs: &mut [i64] = if items.len() <= small.len() {
        &mut small[..items.len()]
    } else {
        big.resize(items.len(), 0);
        &mut big
    };
    for (h, &it) in hs.iter_mut().zip(items) {
        *h = super::dict::key_hash(it)?;
    }
    Ok(crate::pyhash::tuple_hash(hs))
}

fn len(t: Obj) -> PyResult<i64> {
    Ok(tuple::len(t) as i64)
}

/// Normalises an index for a sequence of `n` items: IndexError `msg` when out of range.
pub fn seq_index(k: Obj, n: usize, msg: &str) -> PyResult<usize> {
    let mut i = ops::index_value(k)?;
    if i < 0 {
        i += n as i64;
    }
    if i < 0 || i as usize >= n {
        return Err(exc::index_error(msg));
    }
    Ok(i as usize)
}

fn getitem(t: Obj, k: Obj) -> PyResult<Obj> {
    if slice::is_slice(k) {
        let (start, _stop, step, n) = slice::indices(k, tuple::len(t) as i64)?;
        // CPython's tuplesubscript: the whole tuple, in order, is the tuple itself.
        if start == 0 && step == 1 && n as usize == tuple::len(t) && t.class() == rt().types.tuple {
            return Ok(t);
        }
        // Tuples are immutable: the bounds stay valid whatever `__index__` code ran.
        let items = tuple::items(t);
        return tuple::from_fn(
            n as usize,
            |j| Ok(items[(start + j as i64 * step) as usize]),
        );
    }
    if !ops::is_index(k) {
        return Err(exc::type_error(&format!(
            "tuple indices must be integers, not {}",
            ops::type_name_of(k)
        )));
    }
    let i = seq_index(k, tuple::len(t), "tuple index out of range")?;
    Ok(tuple::items(t)[i])
}

fn getslice(t: Obj, lo: i64, hi: i64) -> PyResult<Obj> {
    let items = tuple::items(t);
    let n = items.len() as i64;
    let lo = lo.clamp(0, n) as usize;
    let hi = hi.clamp(0, n) as usize;
    if lo >= hi {
        return tuple::new(&[]);
    }
    if lo == 0 && hi == items.len() && t.class() == rt().types.tuple {
        return Ok(t);
    }
    tuple::new(&items[lo..hi])
}

fn contains(t: Obj, k: Obj) -> PyResult<bool> {
    for &it in tuple::items(t) {
        if ops::eq_bool(it, k)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn concat(a: Obj, b: Obj) -> PyResult<Obj> {
    if !tuple::is_tuple(b) {
        return Err(exc::type_error(&format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            ops::type_name_of(b)
        )));
    }
    let (x, y) = (tuple::items(a), tuple::items(b));
    let n = x.len().checked_add(y.len()).ok_or_else(exc::memory_error)?;
    tuple::from_fn(n, |i| Ok(if i < x.len() { x[i] } else { y[i - x.len()] }))
}

fn repeat(t: Obj, n: i64) -> PyResult<Obj> {
    let items = tuple::items(t);
    if n <= 0 || items.is_empty() {
        return tuple::new(&[]);
    }
    if n == 1 && t.class() == rt().types.tuple {
        return Ok(t);
    }
    let total = items
        .len()
        .checked_mul(n as usize)
        .filter(|x| *x < (1 << 40))
        .ok_or_else(exc::memory_error)?;
    tuple::from_fn(total, |i| Ok(items[i % items.len()]))
}

/// Lexicographic rich comparison of two item sequences (tuples and lists).
pub fn seq_richcmp(a: &[Obj], b: &[Obj], op: CmpOp) -> PyResult<Obj> {
    let n = a.len().min(b.len());
    let mut i = 0;
    while i < n {
        if !ops::eq_bool(a[i], b[i])? {
            break;
        }
        i += 1;
    }
    if i >= n {
        let (x, y) = (a.len(), b.len());
        return Ok(ops::bool_obj(match op {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
            _ => false,
        }));
    }
    match op {
        CmpOp::Eq => Ok(rt().false_),
        CmpOp::Ne => Ok(rt().true_),
        _ => ops::compare(a[i], b[i], op),
    }
}

fn richcmp(a: Obj, b: Obj, op: CmpOp) -> PyResult<Obj> {
    if !tuple::is_tuple(b) {
        return Ok(rt().not_implemented);
    }
    seq_richcmp(tuple::items(a), tuple::items(b), op)
}

fn iter_(t: Obj) -> PyResult<Obj> {
    iter::new_iter(rt().types.tuple_iter, t, 0, None)
}

fn tuple_new(t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let a = super::parse_args("tuple", args, kw, &["sequence"], 0)?;
    let items = match a[0] {
        None => return tuple::new_of(t, &[]),
        Some(s) => {
            if t == rt().types.tuple && s.class() == rt().types.tuple {
                return Ok(s);
            }
            ops::iterate_to_list(s)?
        }
    };
    let r = tuple::new_of(t, super::list::items(items));
    // `items` holds the only references while the tuple is allocated.
    std::hint::black_box(items);
    r
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        hash: Some(hash),
        len: Some(len),
        getitem: Some(getitem),
        getslice: Some(getslice),
        contains: Some(contains),
        concat: Some(concat),
        repeat: Some(repeat),
        richcmp: Some(richcmp),
        iter: Some(iter_),
        new: Some(tuple_new),
        ..Default::default()
    }
}

fn count(t: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let mut n = 0;
    for &it in tuple::items(t) {
        if ops::eq_bool(it, a[0])? {
            n += 1;
        }
    }
    int::new(n)
}

/// `seq.index(x[, start[, stop]])` over `items`.
pub fn index_in(items: &[Obj], a: &[Obj], what: &str) -> PyResult<Obj> {
    let n = items.len() as i64;
    let norm = |o: Option<&Obj>, def: i64| -> PyResult<i64> {
        match o {
            None => Ok(def),
            Some(&x) => {
                if !ops::is_index(x) {
                    return Err(exc::type_error(
                        "slice indices must be integers or have an __index__ method",
                    ));
                }
                let mut v = ops::index_value_clamped(x)?;
                if v < 0 {
                    v = (v + n).max(0);
                }
                Ok(v.min(n))
            }
        }
    };
    let start = norm(a.get(1), 0)?;
    let stop = norm(a.get(2), n)?;
    for i in start..stop {
        if let Some(&it) = items.get(i as usize) {
            if ops::eq_bool(it, a[0])? {
                return int::new(i);
            }
        }
    }
    Err(exc::value_error(what))
}

fn index(t: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    index_in(tuple::items(t), a, "tuple.index(x): x not in tuple")
}

fn getnewargs(t: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let inner = tuple::new(tuple::items(t))?;
    tuple::new(&[inner])
}

pub static METHODS: &[MethodDef] = &[
    super::m("count", count, Arity::One),
    super::m("index", index, Arity::Range(1, 3)),
    super::m("__getnewargs__", getnewargs, Arity::None),
];
