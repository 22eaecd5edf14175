//! The slots and methods of `list`, including `sort` (stable, with `cmp`, `key`, `reverse`;
//! items and keys stay in GC-visible lists while Python comparison code runs).

use super::super::call::call;
use super::super::exc;
use super::super::object::{Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::Slots;
use super::tuple_methods::{index_in, seq_index, seq_richcmp};
use super::{int, iter, list, parse_args, slice, str as pystr, Arity, MethodDef};
use crate::compile::ir::CmpOp;

fn repr(l: Obj) -> PyResult<Obj> {
    if list::items(l).is_empty() {
        return pystr::from_str("[]");
    }
    if !ops::repr_enter(l) {
        return pystr::from_str("[...]");
    }
    // Items are re-read each step: repr of an item may mutate the list.
    let res = (|| {
        let mut out = vec![b'['];
        let mut i = 0;
        while let Some(it) = list::vec(l).get(i) {
            if i > 0 {
                out.extend_from_slice(b", ");
            }
            out.extend_from_slice(pystr::bytes(ops::repr(it)?));
            i += 1;
        }
        out.push(b']');
        Ok(out)
    })();
    ops::repr_leave(l);
    pystr::new(&res?)
}

fn len(l: Obj) -> PyResult<i64> {
    Ok(list::items(l).len() as i64)
}

fn getitem(l: Obj, k: Obj) -> PyResult<Obj> {
    if slice::is_slice(k) {
        return slice_list(l, k);
    }
    if !ops::is_index(k) {
        return Err(exc::type_error(&format!(
            "list indices must be integers, not {}",
            ops::type_name_of(k)
        )));
    }
    let i = seq_index(k, list::items(l).len(), "list index out of range")?;
    // Re-read: `__index__` may have changed the list.
    list::items(l)
        .get(i)
        .copied()
        .ok_or_else(|| exc::index_error("list index out of range"))
}

/// `l[start:stop:step]`: a new list of exactly the slice's length, filled straight from `l`.
fn slice_list(l: Obj, s: Obj) -> PyResult<Obj> {
    // The bounds first: `__index__` code may change the list, so its items are read after.
    let (start, _stop, step, n) = slice::indices(s, list::items(l).len() as i64)?;
    let out = list::with_capacity(n as usize)?;
    let items = list::items(l);
    if step == 1 {
        let lo = (start as usize).min(items.len());
        let hi = (lo + n as usize).min(items.len());
        list::vec(out).extend_exact(&items[lo..hi])?;
        return Ok(out);
    }
    // The list may have shrunk since the bounds were computed: take the items still there.
    let inside = |j: i64| ((start + j * step) as usize) < items.len();
    let highest = if step > 0 { n - 1 } else { 0 };
    let n = if n == 0 || inside(highest) {
        n as usize
    } else {
        (0..n).take_while(|&j| inside(j)).count()
    };
    list::vec(out).extend_exact_with(n, |j| items[(start + j as i64 * step) as usize])?;
    Ok(out)
}

/// The items of `v` when it is exactly a list or tuple other than `l` (CPython's
/// `PySequence_Fast` without a copy): reading them runs no code. The caller keeps `v` alive.
fn fast_items(l: Obj, v: Obj) -> Option<&'static [Obj]> {
    let r = rt();
    if v == l {
        None
    } else if v.class() == r.types.list {
        Some(list::items(v))
    } else if v.class() == r.types.tuple {
        Some(super::tuple::items(v))
    } else {
        None
    }
}

fn setitem(l: Obj, k: Obj, v: Option<Obj>) -> PyResult<()> {
    if slice::is_slice(k) {
        return set_slice_obj(l, k, v);
    }
    if !ops::is_index(k) {
        return Err(exc::type_error(&format!(
            "list indices must be integers, not {}",
            ops::type_name_of(k)
        )));
    }
    let i = seq_index(
        k,
        list::items(l).len(),
        "list assignment index out of range",
    )?;
    if i >= list::items(l).len() {
        return Err(exc::index_error("list assignment index out of range"));
    }
    match v {
        Some(v) => list::vec(l).as_mut_slice()[i] = v,
        None => {
            list::vec(l).remove(i);
        }
    }
    Ok(())
}

fn set_slice_obj(l: Obj, s: Obj, v: Option<Obj>) -> PyResult<()> {
    let n = list::items(l).len() as i64;
    let (start, stop, step, count) = slice::indices(s, n)?;
    if step == 1 {
        return assign_range(l, start, stop.max(start), v);
    }
    match v {
        None => {
            // Delete every step-th item.
            let mut idx: Vec<usize> = (0..count).map(|j| (start + j * step) as usize).collect();
            idx.sort_unstable();
            for (removed, i) in idx.into_iter().enumerate() {
                if i - removed < list::items(l).len() {
                    list::vec(l).remove(i - removed);
                }
            }
            Ok(())
        }
        Some(v) => {
            let src = match fast_items(l, v) {
                Some(_) => v,
                None => ops::iterate_to_list(v)?,
            };
            let items = fast_items(l, src).unwrap_or_else(|| list::items(src));
            if items.len() as i64 != count {
                return Err(exc::value_error(&format!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    items.len(),
                    count
                )));
            }
            let dst = list::vec(l).as_mut_slice();
            for (j, &it) in items.iter().enumerate() {
                // `get_mut`: iterating the value may have shrunk the list.
                if let Some(slot) = dst.get_mut((start + j as i64 * step) as usize) {
                    *slot = it;
                }
            }
            std::hint::black_box(src);
            Ok(())
        }
    }
}

fn assign_range(l: Obj, lo: i64, hi: i64, v: Option<Obj>) -> PyResult<()> {
    // Bounds are clamped after the value is iterated (which may run code resizing the list).
    let bounds = |l: Obj| {
        let n = list::items(l).len() as i64;
        let lo = lo.clamp(0, n) as usize;
        (lo, (hi.clamp(0, n) as usize).max(lo))
    };
    match v {
        None => {
            let (lo, hi) = bounds(l);
            list::vec(l).splice(lo, hi, &[])
        }
        Some(v) => {
            if let Some(items) = fast_items(l, v) {
                let (lo, hi) = bounds(l);
                let r = list::vec(l).splice(lo, hi, items);
                std::hint::black_box(v);
                return r;
            }
            // `splice` copes with `v` being `l` itself (it copies our own slots first).
            let src = if v == l {
                l
            } else {
                ops::iterate_to_list(v).map_err(|e| {
                    if exc::pending_is(rt().exc.TypeError) {
                        exc::clear_pending();
                        exc::type_error("can only assign an iterable")
                    } else {
                        e
                    }
                })?
            };
            let (lo, hi) = bounds(l);
            let r = list::vec(l).splice(lo, hi, list::items(src));
            std::hint::black_box(src);
            r
        }
    }
}

fn getslice(l: Obj, lo: i64, hi: i64) -> PyResult<Obj> {
    let items = list::items(l);
    let n = items.len() as i64;
    let lo = lo.clamp(0, n) as usize;
    let hi = (hi.clamp(0, n) as usize).max(lo);
    list::new(&items[lo..hi])
}

fn setslice(l: Obj, lo: i64, hi: i64, v: Option<Obj>) -> PyResult<()> {
    assign_range(l, lo, hi, v)
}

fn contains(l: Obj, k: Obj) -> PyResult<bool> {
    let mut i = 0;
    while let Some(it) = list::vec(l).get(i) {
        if ops::eq_bool(it, k)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

fn concat(a: Obj, b: Obj) -> PyResult<Obj> {
    if !list::is_list(b) {
        return Err(exc::type_error(&format!(
            "can only concatenate list (not \"{}\") to list",
            ops::type_name_of(b)
        )));
    }
    let r = list::new(list::items(a))?;
    list::vec(r).extend_from_slice(list::items(b))?;
    Ok(r)
}

fn repeat(l: Obj, n: i64) -> PyResult<Obj> {
    let items = list::items(l);
    let r = list::new(&[])?;
    if n <= 0 || items.is_empty() {
        return Ok(r);
    }
    let total = items
        .len()
        .checked_mul(n as usize)
        .filter(|x| *x < (1 << 40))
        .ok_or_else(exc::memory_error)?;
    list::vec(r).reserve_exact(total)?;
    for _ in 0..n {
        list::vec(r).extend_from_slice(list::items(l))?;
    }
    Ok(r)
}

fn inplace_concat(a: Obj, b: Obj) -> PyResult<Obj> {
    extend_with(a, b)?;
    Ok(a)
}

fn inplace_repeat(l: Obj, n: i64) -> PyResult<Obj> {
    let r = repeat(l, n)?;
    let v = list::vec(l);
    v.clear();
    v.extend_from_slice(list::items(r))?;
    std::hint::black_box(r);
    Ok(l)
}

fn richcmp(a: Obj, b: Obj, op: CmpOp) -> PyResult<Obj> {
    if !list::is_list(b) {
        return Ok(rt().not_implemented);
    }
    // Snapshots: comparison code may mutate the lists.
    let x = list::new(list::items(a))?;
    let y = list::new(list::items(b))?;
    seq_richcmp(list::items(x), list::items(y), op)
}

fn iter_(l: Obj) -> PyResult<Obj> {
    iter::new_iter(rt().types.list_iter, l, 0, None)
}

fn unhashable(o: Obj) -> PyResult<i64> {
    Err(exc::type_error(&format!(
        "unhashable type: '{}'",
        ops::type_name_of(o)
    )))
}

fn list_new(t: Obj, _args: &[Obj], _kw: Option<Obj>) -> PyResult<Obj> {
    list::new_of(t)
}

fn list_init(l: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<()> {
    let a = parse_args("list", args, kw, &["sequence"], 0)?;
    list::vec(l).clear();
    if let Some(s) = a[0] {
        extend_with(l, s)?;
    }
    Ok(())
}

pub fn extend_with(l: Obj, s: Obj) -> PyResult<()> {
    // CPython's listextend: exact lists and tuples (and the list itself) are copied directly;
    // anything else, subclasses included, is iterated (their `__iter__` may differ).
    let fast = if s == l {
        Some(list::items(s))
    } else {
        fast_items(l, s)
    };
    if let Some(items) = fast {
        // `items` is reachable from `s` (on our stack) while we copy; it may be `l`'s own
        // slots (`l.extend(l)`), which `extend_from_slice` allows.
        list::vec(l).extend_from_slice(items)?;
        std::hint::black_box(s);
        return Ok(());
    }
    let it = ops::iter(s)?;
    while let Some(v) = ops::next(it)? {
        list::append(l, v)?;
    }
    Ok(())
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        len: Some(len),
        getitem: Some(getitem),
        setitem: Some(setitem),
        getslice: Some(getslice),
        setslice: Some(setslice),
        contains: Some(contains),
        concat: Some(concat),
        repeat: Some(repeat),
        inplace_concat: Some(inplace_concat),
        inplace_repeat: Some(inplace_repeat),
        richcmp: Some(richcmp),
        iter: Some(iter_),
        hash: Some(unhashable),
        new: Some(list_new),
        init: Some(list_init),
        ..Default::default()
    }
}

fn append(l: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    list::append(l, a[0])?;
    Ok(rt().none)
}

fn extend(l: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    extend_with(l, a[0])?;
    Ok(rt().none)
}

fn insert(l: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    if !ops::is_index(a[0]) {
        return Err(exc::type_error("an integer is required"));
    }
    let mut i = ops::index_value_clamped(a[0])?;
    let n = list::items(l).len() as i64;
    if i < 0 {
        i = (i + n).max(0);
    }
    list::vec(l).insert(i.min(n) as usize, a[1])?;
    Ok(rt().none)
}

fn pop(l: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    super::super::finalize::note_release();
    let n = list::items(l).len();
    if n == 0 {
        return Err(exc::index_error("pop from empty list"));
    }
    let i = match a.first() {
        None => n - 1,
        Some(&k) if !ops::is_index(k) => return Err(exc::type_error("an integer is required")),
        Some(&k) => seq_index(k, n, "pop index out of range")?,
    };
    if i >= list::items(l).len() {
        return Err(exc::index_error("pop index out of range"));
    }
    Ok(list::vec(l).remove(i))
}

fn remove(l: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    super::super::finalize::note_release();
    let mut i = 0;
    while let Some(it) = list::vec(l).get(i) {
        if ops::eq_bool(it, a[0])? {
            if i < list::items(l).len() {
                list::vec(l).remove(i);
            }
            return Ok(rt().none);
        }
        i += 1;
    }
    Err(exc::value_error("list.remove(x): x not in list"))
}

fn index(l: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let snap = list::new(list::items(l))?;
    let x = ops::repr_text(a[0]);
    let msg = match x {
        Ok(s) => format!("{s} is not in list"),
        Err(_) => {
            exc::clear_pending();
            "x not in list".into()
        }
    };
    let r = index_in(list::items(snap), a, &msg);
    std::hint::black_box(snap);
    r
}

fn count(l: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let snap = list::new(list::items(l))?;
    let mut n = 0;
    for &it in list::items(snap) {
        if ops::eq_bool(it, a[0])? {
            n += 1;
        }
    }
    // Keep `snap` alive: the loop only holds a slice of its items.
    std::hint::black_box(snap);
    int::new(n)
}

fn reverse(l: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    list::vec(l).as_mut_slice().reverse();
    Ok(rt().none)
}

fn sort(l: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let a = parse_args("sort", args, kw, &["cmp", "key", "reverse"], 0)?;
    let none = rt().none;
    let cmpf = a[0].filter(|x| *x != none);
    let keyf = a[1].filter(|x| *x != none);
    let rev = match a[2] {
        Some(r) => reverse_flag(r)?,
        None => false,
    };
    sort_list(l, cmpf, keyf, rev)?;
    Ok(none)
}

/// The `reverse=` argument of `sort`/`sorted` (CPython parses it as a C int).
pub fn reverse_flag(r: Obj) -> PyResult<bool> {
    if super::float::is_float(r) {
        return Err(exc::type_error("integer argument expected, got float"));
    }
    if !int::is_int(r) && !super::long::is_long(r) && !ops::is_index(r) {
        return Err(exc::type_error("an integer is required"));
    }
    ops::truthy(r)
}

/// Sorts list `l` in place (CPython's semantics: the list appears empty during the sort and
/// ValueError "list modified during sort" if it was changed).
pub fn sort_list(l: Obj, cmpf: Option<Obj>, keyf: Option<Obj>, rev: bool) -> PyResult<()> {
    // The items move into `items` (a GC list), the list is emptied while comparisons run.
    let items = list::new(list::items(l))?;
    list::vec(l).clear();
    let keys = match keyf {
        None => items,
        Some(f) => {
            let k = list::new(&[])?;
            for &it in list::items(items) {
                let kv = call(f, &[it], None);
                match kv {
                    Ok(v) => list::append(k, v)?,
                    Err(e) => {
                        list::vec(l).extend_from_slice(list::items(items))?;
                        return Err(e);
                    }
                }
            }
            k
        }
    };
    let n = list::items(items).len();
    let mut err = None;
    let native = match cmpf {
        None => native_order(list::items(keys), rev),
        Some(_) => None,
    };
    let order = match native {
        Some(order) => order,
        None => generic_order(list::items(keys), cmpf, rev, &mut err),
    };
    let modified = !list::items(l).is_empty();
    let src = list::items(items);
    let v = list::vec(l);
    v.clear();
    if err.is_some() {
        v.extend_from_slice(src)?;
        return Err(super::super::object::Raised);
    }
    debug_assert_eq!(order.len(), n);
    let sorted: Vec<Obj> = order.iter().map(|&i| src[i]).collect();
    v.extend_from_slice(&sorted)?;
    std::hint::black_box(items);
    if modified {
        return Err(exc::value_error("list modified during sort"));
    }
    Ok(())
}

/// The sorted order of `ks` when every comparison `<` would make is native (see
/// `ops::native_ordering`: exact str, int, bool, float and tuples of those), so no Python
/// code runs and nothing can fail: the same comparisons as the generic path with the same
/// answers, without dispatch. A list of one type (all str, all int) compares without even
/// the type tests. `None` as soon as a pair is not native (nothing observable happened:
/// the caller sorts generically).
fn native_order(ks: &[Obj], rev: bool) -> Option<Vec<usize>> {
    use std::cmp::Ordering;
    let first = ks.first()?.class();
    let r = rt();
    let same_class = ks.iter().all(|k| k.class() == first);
    let mut order: Vec<usize> = (0..ks.len()).collect();
    // Each comparison takes one recursion level (two for tuples of leaves, ...) in CPython.
    let room = exc::recursion_headroom();
    if room == 0 {
        return None;
    }
    let lt = |x: usize, y: usize| if rev { (y, x) } else { (x, y) };
    if same_class && first == r.types.str {
        super::listsort::sort(&mut order, &mut |x, y| {
            let (x, y) = lt(x, y);
            pystr::bytes(ks[x]) < pystr::bytes(ks[y])
        });
        return Some(order);
    }
    if same_class && first == r.types.int {
        super::listsort::sort(&mut order, &mut |x, y| {
            let (x, y) = lt(x, y);
            int::value(ks[x]) < int::value(ks[y])
        });
        return Some(order);
    }
    let native = |k: Obj| {
        let c = k.class();
        c == r.types.str
            || c == r.types.int
            || c == r.types.bool
            || c == r.types.float
            || c == r.types.tuple
    };
    if !ks.iter().all(|&k| native(k)) {
        return None;
    }
    let mut bail = false;
    super::listsort::sort(&mut order, &mut |x, y| {
        if bail {
            return false;
        }
        let (x, y) = lt(x, y);
        match ops::native_ordering(ks[x], ks[y], room) {
            Some(ord) => ord == Some(Ordering::Less),
            None => {
                bail = true;
                false
            }
        }
    });
    (!bail).then_some(order)
}

/// The sorted order of `ks` by `cmpf` (or `<`), any of which may run Python code; the first
/// error is left in `err` (comparisons stop, the order is then meaningless).
fn generic_order(
    ks: &[Obj],
    cmpf: Option<Obj>,
    rev: bool,
    err: &mut Option<super::super::object::Raised>,
) -> Vec<usize> {
    let mut order: Vec<usize> = (0..ks.len()).collect();
    {
        let less = |x: usize, y: usize, err: &mut Option<super::super::object::Raised>| -> bool {
            if err.is_some() {
                return false;
            }
            let (a, b) = (ks[x], ks[y]);
            let r = match cmpf {
                Some(c) => call(c, &[a, b], None).and_then(|v| {
                    if int::is_int(v) {
                        Ok(int::value(v) < 0)
                    } else if super::long::is_long(v) {
                        use num_traits::Signed;
                        Ok(super::long::value(v).is_negative())
                    } else {
                        Err(exc::type_error(&format!(
                            "comparison function must return int, not {}",
                            ops::type_name_of(v)
                        )))
                    }
                }),
                None => ops::compare(a, b, CmpOp::Lt).and_then(ops::truthy),
            };
            match r {
                Ok(v) => v,
                Err(e) => {
                    *err = Some(e);
                    false
                }
            }
        };
        super::listsort::sort(&mut order, &mut |x: usize, y: usize| {
            if rev {
                less(y, x, err)
            } else {
                less(x, y, err)
            }
        });
    }
    order
}

fn reversed_m(l: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let n = list::items(l).len() as i64;
    iter::new_iter(rt().types.list_reverse_iter, l, n - 1, None)
}

fn sizeof(l: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    int::new(40 + 8 * list::items(l).len() as i64)
}

pub static METHODS: &[MethodDef] = &[
    super::m("append", append, Arity::One),
    super::m("extend", extend, Arity::One),
    super::m("insert", insert, Arity::Range(2, 2)),
    super::m("pop", pop, Arity::Range(0, 1)),
    super::m("remove", remove, Arity::One),
    super::m("index", index, Arity::Range(1, 3)),
    super::m("count", count, Arity::One),
    super::m("reverse", reverse, Arity::None),
    super::m("sort", sort, Arity::Any),
    super::m("__reversed__", reversed_m, Arity::None),
    super::m("__sizeof__", sizeof, Arity::None),
];
