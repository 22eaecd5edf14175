//! `set` and `frozenset`: CPython 2.7's set table (`pyhash::SetTable`) of references, with the
//! operations' iteration-order rules documented in `pyhash::set`.

use super::super::exc;
use super::super::object::{alloc, Header, Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::{NbOp, Slots, NB_COUNT};
use super::dict::{key_eq, key_hash, probe_eq, with_restart};
use super::{dict, int, iter, list, parse_args, str as pystr, Arity, MethodDef};
use crate::compile::ir::CmpOp;
use crate::gc;
use crate::pyhash::SetTable;

#[repr(C)]
pub struct SetObj {
    pub head: Header,
    pub table: SetTable<Obj>,
}

unsafe fn trace_set(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: a set object whose table was written when its class was.
    unsafe {
        if *(p as *const usize) == 0 {
            return;
        }
        for (_, k) in (*(p as *const SetObj)).table.iter() {
            m.mark(k.as_ptr());
        }
    }
}

unsafe fn drop_set(p: *mut u8) {
    // SAFETY: a set being swept.
    unsafe {
        if *(p as *const usize) == 0 {
            return;
        }
        std::ptr::drop_in_place(&mut (*(p as *mut SetObj)).table);
    }
}

pub static SET_KIND: gc::Kind = gc::Kind {
    name: "set",
    trace: Some(trace_set),
    drop: Some(drop_set),
};

fn set_tail_offset(_p: *mut u8) -> usize {
    std::mem::size_of::<SetObj>()
}

crate::sub_kind!(
    SET_SUB_KIND,
    "set subclass instance",
    Some(trace_set),
    Some(drop_set),
    set_tail_offset
);

/// An empty set of class `cls` (set, frozenset or a subclass).
pub fn new_of(cls: Obj) -> PyResult<Obj> {
    let r = rt();
    let base = std::mem::size_of::<SetObj>();
    let o = if cls == r.types.set || cls == r.types.frozenset {
        alloc(&SET_KIND, base, cls)?
    } else {
        alloc(
            &SET_SUB_KIND,
            base + super::super::class::tail_size(cls),
            cls,
        )?
    };
    // SAFETY: fresh set object: write the table before anything can trace it.
    unsafe { std::ptr::write(&mut o.cast::<SetObj>().table, SetTable::new()) };
    if cls != r.types.set && cls != r.types.frozenset {
        super::super::class::init_tail(o, cls, base);
    }
    Ok(o)
}

pub fn new_from(items: &[Obj]) -> PyResult<Obj> {
    let s = new_of(rt().types.set)?;
    for &i in items {
        add(s, i)?;
    }
    Ok(s)
}

#[inline]
pub fn table(s: Obj) -> &'static mut SetTable<Obj> {
    // SAFETY: the caller knows `s` is a set or frozenset.
    unsafe { &mut s.cast::<SetObj>().table }
}

pub fn is_anyset(o: Obj) -> bool {
    let r = rt();
    let c = o.class();
    c == r.types.set
        || c == r.types.frozenset
        || super::super::typeobj::is_subtype(c, r.types.set)
        || super::super::typeobj::is_subtype(c, r.types.frozenset)
}

fn is_frozen(o: Obj) -> bool {
    let r = rt();
    o.class() == r.types.frozenset
        || super::super::typeobj::is_subtype(o.class(), r.types.frozenset)
}

/// A set key: a set used as a key is looked up as the equal frozenset (CPython's rule).
fn key_of(k: Obj) -> PyResult<Obj> {
    if is_anyset(k) && !is_frozen(k) {
        let f = new_of(rt().types.frozenset)?;
        *table(f) = table(k).copy(&mut |a, b| key_eq(a, b))?;
        return Ok(f);
    }
    Ok(k)
}

pub fn add(s: Obj, k: Obj) -> PyResult<()> {
    let h = key_hash(k)?;
    let ent = || table(s).raw().entries();
    with_restart(|| table(s).add(k, h, &mut |a, b| probe_eq(&ent, a, b)))?;
    Ok(())
}

pub fn contains_key(s: Obj, k: Obj) -> PyResult<bool> {
    let k = match key_hash(k) {
        Ok(_) => k,
        Err(e) => {
            if is_anyset(k) && exc::pending_is(rt().exc.TypeError) {
                exc::clear_pending();
                key_of(k)?
            } else {
                return Err(e);
            }
        }
    };
    let h = key_hash(k)?;
    let ent = || table(s).raw().entries();
    with_restart(|| table(s).contains(&k, h, &mut |a, b| probe_eq(&ent, a, b)))
}

/// Adds every item of iterable `it` to set `s` (`set.update`).
pub fn update_from(s: Obj, it: Obj) -> PyResult<()> {
    if is_anyset(it) {
        let other = table(it).clone();
        table(s).merge(&other, &mut |a, b| key_eq(a, b))?;
        std::hint::black_box(it);
        return Ok(());
    }
    if it.class() == rt().types.dict {
        let d = dict::table(it).clone();
        table(s).update_from_dict(&d, &mut |a, b| key_eq(a, b))?;
        std::hint::black_box(it);
        return Ok(());
    }
    let i = ops::iter(it)?;
    while let Some(v) = ops::next(i)? {
        add(s, v)?;
    }
    Ok(())
}

/// An empty set of `like`'s exact class (CPython 2.7's `make_new_set(Py_TYPE(so))`: results
/// of operators and methods keep a subclass, without calling its `__init__`).
fn same_kind(like: Obj) -> PyResult<Obj> {
    new_of(like.class())
}

/// The argument as a set (a set/frozenset itself, else a new set of its items).
fn as_set(o: Obj) -> PyResult<Obj> {
    if is_anyset(o) {
        return Ok(o);
    }
    let s = new_of(rt().types.set)?;
    update_from(s, o)?;
    Ok(s)
}

fn items_list(s: Obj) -> PyResult<Obj> {
    let v: Vec<Obj> = table(s).keys().copied().collect();
    list::new(&v)
}

fn repr(s: Obj) -> PyResult<Obj> {
    let name = super::super::typeobj::type_name(s.class());
    if !ops::repr_enter(s) {
        return pystr::from_str(&format!("{name}(...)"));
    }
    let res = (|| {
        let items = items_list(s)?;
        let inner = ops::repr_items(list::items(items), "[", "]");
        // `items` holds the only references to the keys while their reprs run.
        std::hint::black_box(items);
        let inner = inner?;
        let mut out = format!("{name}(").into_bytes();
        out.extend_from_slice(&inner);
        out.push(b')');
        Ok(out)
    })();
    ops::repr_leave(s);
    pystr::new(&res?)
}

fn len(s: Obj) -> PyResult<i64> {
    Ok(table(s).len() as i64)
}

fn contains(s: Obj, k: Obj) -> PyResult<bool> {
    contains_key(s, k)
}

fn set_next(o: Obj) -> PyResult<Option<Obj>> {
    let it = iter::obj(o);
    let Some(s) = it.seq else { return Ok(None) };
    let expected = it.extra.map(int::value).unwrap_or(0);
    if table(s).len() as i64 != expected {
        it.seq = None;
        return Err(exc::runtime_error("Set changed size during iteration"));
    }
    match table(s).raw().next_active(it.index as usize) {
        Some((i, _, k, _)) => {
            it.index = i as i64 + 1;
            Ok(Some(*k))
        }
        None => {
            it.seq = None;
            Ok(None)
        }
    }
}

/// `it.__length_hint__()`: items not yet produced (0 once exhausted or the set resized).
fn set_iter_length_hint(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let it = iter::obj(o);
    let Some(s) = it.seq else { return int::new(0) };
    if table(s).len() as i64 != it.extra.map(int::value).unwrap_or(0) {
        return int::new(0);
    }
    let mut pos = it.index as usize;
    let mut n = 0;
    while let Some((i, _, _, _)) = table(s).raw().next_active(pos) {
        pos = i + 1;
        n += 1;
    }
    int::new(n)
}

pub static SET_ITER_METHODS: &[MethodDef] = &[super::m(
    "__length_hint__",
    set_iter_length_hint,
    Arity::None,
)];

pub fn set_iter_slots() -> Slots {
    iter::iter_slots(set_next)
}

fn iter_(s: Obj) -> PyResult<Obj> {
    let n = int::new(table(s).len() as i64)?;
    iter::new_iter(rt().types.set_iter, s, 0, Some(n))
}

fn is_subset(a: Obj, b: Obj) -> PyResult<bool> {
    if table(a).len() > table(b).len() {
        return Ok(false);
    }
    let items = items_list(a)?;
    for &k in list::items(items) {
        if !contains_key(b, k)? {
            return Ok(false);
        }
    }
    // Keep `items` alive: the loop only holds a slice of its items.
    std::hint::black_box(items);
    Ok(true)
}

fn richcmp(a: Obj, b: Obj, op: CmpOp) -> PyResult<Obj> {
    if !is_anyset(b) {
        return match op {
            CmpOp::Eq => Ok(rt().false_),
            CmpOp::Ne => Ok(rt().true_),
            _ => Ok(rt().not_implemented),
        };
    }
    let (la, lb) = (table(a).len(), table(b).len());
    let r = match op {
        CmpOp::Eq => la == lb && is_subset(a, b)?,
        CmpOp::Ne => !(la == lb && is_subset(a, b)?),
        CmpOp::Le => is_subset(a, b)?,
        CmpOp::Ge => is_subset(b, a)?,
        CmpOp::Lt => la < lb && is_subset(a, b)?,
        CmpOp::Gt => la > lb && is_subset(b, a)?,
        _ => return Ok(rt().not_implemented),
    };
    Ok(ops::bool_obj(r))
}

/// `cmp()` of two sets is an error; against other types CPython never calls the set's
/// `tp_compare` (the two types' slots differ), so the default ordering applies.
fn compare(a: Obj, b: Obj) -> PyResult<Obj> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(rt().not_implemented);
    }
    Err(exc::type_error("cannot compare sets using cmp()"))
}

fn hash(s: Obj) -> PyResult<i64> {
    if !is_frozen(s) {
        return Err(exc::type_error(&format!(
            "unhashable type: '{}'",
            ops::type_name_of(s)
        )));
    }
    let hs: Vec<i64> = table(s).iter().map(|(h, _)| h).collect();
    Ok(crate::pyhash::frozenset_hash(&hs))
}

fn binop(op: NbOp, a: Obj, b: Obj) -> PyResult<Obj> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(rt().not_implemented);
    }
    let mut eq = |x: &Obj, y: &Obj| key_eq(x, y);
    let t = match op {
        NbOp::Or => table(a).union(table(b), &mut eq)?,
        NbOp::And => table(a).intersection(table(b), &mut eq)?,
        NbOp::Sub => table(a).difference(table(b), &mut eq)?,
        NbOp::Xor => table(a).symmetric_difference(table(b), &mut eq)?,
        _ => return Ok(rt().not_implemented),
    };
    let r = same_kind(a)?;
    *table(r) = t;
    Ok(r)
}

fn inplace(op: NbOp, a: Obj, b: Obj) -> PyResult<Obj> {
    if !is_anyset(a) || !is_anyset(b) || is_frozen(a) {
        return Ok(rt().not_implemented);
    }
    let mut eq = |x: &Obj, y: &Obj| key_eq(x, y);
    match op {
        NbOp::Or => {
            let other = table(b).clone();
            table(a).merge(&other, &mut eq)?;
        }
        NbOp::And => {
            let t = table(a).intersection(table(b), &mut eq)?;
            *table(a) = t;
        }
        NbOp::Sub => {
            if a == b {
                table(a).clear();
            } else {
                let other = table(b).clone();
                table(a).difference_update(&other, &mut eq)?;
            }
        }
        NbOp::Xor => {
            if a == b {
                table(a).clear();
            } else {
                let other = table(b).clone();
                table(a).symmetric_difference_update(&other, &mut eq)?;
            }
        }
        _ => return Ok(rt().not_implemented),
    }
    Ok(a)
}

macro_rules! set_ops {
    ($($f:ident => ($g:ident, $op:ident)),* $(,)?) => {
        $(fn $f(a: Obj, b: Obj) -> PyResult<Obj> { $g(NbOp::$op, a, b) })*
    };
}
set_ops!(
    or_ => (binop, Or), and_ => (binop, And), sub_ => (binop, Sub), xor_ => (binop, Xor),
    ior => (inplace, Or), iand => (inplace, And), isub => (inplace, Sub), ixor => (inplace, Xor),
);

fn set_new(t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let r = rt();
    if t == r.types.frozenset {
        let a = parse_args("frozenset", args, kw, &["iterable"], 0)?;
        if let Some(it) = a[0] {
            if it.class() == r.types.frozenset {
                return Ok(it);
            }
            let s = new_of(t)?;
            update_from(s, it)?;
            return Ok(s);
        }
        return new_of(t);
    }
    if super::super::typeobj::is_subtype(t, r.types.frozenset) {
        let a = parse_args("frozenset", args, kw, &["iterable"], 0)?;
        let s = new_of(t)?;
        if let Some(it) = a[0] {
            update_from(s, it)?;
        }
        return Ok(s);
    }
    new_of(t)
}

fn set_init(s: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<()> {
    if is_frozen(s) {
        return Ok(());
    }
    if kw.is_some_and(|k| dict::len(k) > 0) {
        return Err(exc::type_error("set() does not take keyword arguments"));
    }
    if args.len() > 1 {
        return Err(exc::type_error(&format!(
            "set expected at most 1 arguments, got {}",
            args.len()
        )));
    }
    table(s).clear();
    if let Some(&it) = args.first() {
        update_from(s, it)?;
    }
    Ok(())
}

pub fn slots() -> Slots {
    let mut nb = [None; NB_COUNT];
    nb[NbOp::Or as usize] = Some(or_ as super::super::typeobj::BinaryFn);
    nb[NbOp::And as usize] = Some(and_ as super::super::typeobj::BinaryFn);
    nb[NbOp::Sub as usize] = Some(sub_ as super::super::typeobj::BinaryFn);
    nb[NbOp::Xor as usize] = Some(xor_ as super::super::typeobj::BinaryFn);
    let mut inb = [None; NB_COUNT];
    inb[NbOp::Or as usize] = Some(ior as super::super::typeobj::BinaryFn);
    inb[NbOp::And as usize] = Some(iand as super::super::typeobj::BinaryFn);
    inb[NbOp::Sub as usize] = Some(isub as super::super::typeobj::BinaryFn);
    inb[NbOp::Xor as usize] = Some(ixor as super::super::typeobj::BinaryFn);
    Slots {
        repr: Some(repr),
        len: Some(len),
        contains: Some(contains),
        iter: Some(iter_),
        richcmp: Some(richcmp),
        compare: Some(compare),
        hash: Some(hash),
        nb,
        inplace: inb,
        new: Some(set_new),
        init: Some(set_init),
        ..Default::default()
    }
}

/// frozenset: the set slots without the in-place operators (`fs |= x` rebinds to `fs | x`).
pub fn frozenset_slots() -> Slots {
    Slots {
        inplace: [None; NB_COUNT],
        ..slots()
    }
}

fn m_add(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    add(s, a[0])?;
    Ok(rt().none)
}
fn m_discard(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    super::super::finalize::note_release();
    let k = key_of(a[0])?;
    let h = key_hash(k)?;
    let ent = || table(s).raw().entries();
    with_restart(|| table(s).discard(&k, h, &mut |x, y| probe_eq(&ent, x, y)))?;
    Ok(rt().none)
}
fn m_remove(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    super::super::finalize::note_release();
    let k = key_of(a[0])?;
    let h = key_hash(k)?;
    let ent = || table(s).raw().entries();
    if with_restart(|| table(s).discard(&k, h, &mut |x, y| probe_eq(&ent, x, y)))?.is_none() {
        return Err(exc::key_error(a[0]));
    }
    Ok(rt().none)
}
fn m_pop(s: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    super::super::finalize::note_release();
    table(s)
        .pop()
        .ok_or_else(|| exc::raise_msg(rt().exc.KeyError, "pop from an empty set"))
}
fn m_clear(s: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    super::super::finalize::note_release();
    table(s).clear();
    Ok(rt().none)
}
/// `s.__reduce__()`: `(type(s), (list(s),), s.__dict__ or None)`, as CPython's set_reduce.
fn m_reduce(s: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let items = ops::iterate_to_list(s)?;
    let args = super::tuple::new(&[items])?;
    let d = match super::super::class::dict_slot(s) {
        Some(Some(d)) => *d,
        _ => rt().none,
    };
    super::tuple::new(&[s.class(), args, d])
}

fn m_copy(s: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    if s.class() == rt().types.frozenset {
        return Ok(s);
    }
    let r = same_kind(s)?;
    *table(r) = table(s).copy(&mut |x, y| key_eq(x, y))?;
    Ok(r)
}
fn m_update(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    for &it in a {
        update_from(s, it)?;
    }
    Ok(rt().none)
}
fn m_union(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let r = same_kind(s)?;
    *table(r) = table(s).copy(&mut |x, y| key_eq(x, y))?;
    for &it in a {
        if it != s {
            update_from(r, it)?;
        }
    }
    Ok(r)
}
fn m_intersection(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let mut cur = s;
    if a.is_empty() {
        return m_copy(s, a, None).and_then(|c| {
            if c == s {
                let r = same_kind(s)?;
                *table(r) = table(s).copy(&mut |x, y| key_eq(x, y))?;
                Ok(r)
            } else {
                Ok(c)
            }
        });
    }
    for &it in a {
        let o = as_set(it)?;
        let t = table(cur).intersection(table(o), &mut |x, y| key_eq(x, y))?;
        let r = same_kind(s)?;
        *table(r) = t;
        cur = r;
    }
    Ok(cur)
}
fn m_difference(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let r = same_kind(s)?;
    *table(r) = table(s).copy(&mut |x, y| key_eq(x, y))?;
    for &it in a {
        let o = as_set(it)?;
        let other = table(o).clone();
        table(r).difference_update(&other, &mut |x, y| key_eq(x, y))?;
    }
    Ok(r)
}
fn m_symdiff(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let o = as_set(a[0])?;
    let t = table(s).symmetric_difference(table(o), &mut |x, y| key_eq(x, y))?;
    let r = same_kind(s)?;
    *table(r) = t;
    Ok(r)
}
fn m_issubset(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let o = as_set(a[0])?;
    Ok(ops::bool_obj(is_subset(s, o)?))
}
fn m_issuperset(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let o = as_set(a[0])?;
    Ok(ops::bool_obj(is_subset(o, s)?))
}
fn m_isdisjoint(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let o = as_set(a[0])?;
    let items = items_list(o)?;
    for &k in list::items(items) {
        if contains_key(s, k)? {
            return Ok(rt().false_);
        }
    }
    // Keep `items` alive: the loop only holds a slice of its items.
    std::hint::black_box(items);
    Ok(rt().true_)
}
fn m_intersection_update(s: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    let r = m_intersection(s, a, k)?;
    let t = table(r).copy(&mut |x, y| key_eq(x, y))?;
    *table(s) = t;
    Ok(rt().none)
}
fn m_difference_update(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    for &it in a {
        let o = as_set(it)?;
        if o == s {
            table(s).clear();
            continue;
        }
        let other = table(o).clone();
        table(s).difference_update(&other, &mut |x, y| key_eq(x, y))?;
    }
    Ok(rt().none)
}
fn m_symdiff_update(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let o = as_set(a[0])?;
    if o == s {
        table(s).clear();
        return Ok(rt().none);
    }
    let other = table(o).clone();
    table(s).symmetric_difference_update(&other, &mut |x, y| key_eq(x, y))?;
    Ok(rt().none)
}
/// CPython 2.7: sizeof(PySetObject), plus the entry array once it outgrows the 8 inline slots.
fn m_sizeof(s: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let slots = table(s).raw().mask() as i64 + 1;
    int::new(200 + if slots > 8 { 16 * slots } else { 0 })
}

fn m_contains(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    Ok(ops::bool_obj(contains_key(s, a[0])?))
}

pub static SET_METHODS: &[MethodDef] = &[
    super::m("add", m_add, Arity::One),
    super::m("discard", m_discard, Arity::One),
    super::m("remove", m_remove, Arity::One),
    super::m("pop", m_pop, Arity::None),
    super::m("clear", m_clear, Arity::None),
    super::m("copy", m_copy, Arity::None),
    super::m("__reduce__", m_reduce, Arity::None),
    super::m("update", m_update, Arity::Any),
    super::m("union", m_union, Arity::Any),
    super::m("intersection", m_intersection, Arity::Any),
    super::m("difference", m_difference, Arity::Any),
    super::m("symmetric_difference", m_symdiff, Arity::One),
    super::m("issubset", m_issubset, Arity::One),
    super::m("issuperset", m_issuperset, Arity::One),
    super::m("isdisjoint", m_isdisjoint, Arity::One),
    super::m("intersection_update", m_intersection_update, Arity::Any),
    super::m("difference_update", m_difference_update, Arity::Any),
    super::m("symmetric_difference_update", m_symdiff_update, Arity::One),
    super::m("__contains__", m_contains, Arity::One),
    super::m("__sizeof__", m_sizeof, Arity::None),
];

pub static FROZENSET_METHODS: &[MethodDef] = &[
    super::m("copy", m_copy, Arity::None),
    super::m("__reduce__", m_reduce, Arity::None),
    super::m("union", m_union, Arity::Any),
    super::m("intersection", m_intersection, Arity::Any),
    super::m("difference", m_difference, Arity::Any),
    super::m("symmetric_difference", m_symdiff, Arity::One),
    super::m("issubset", m_issubset, Arity::One),
    super::m("issuperset", m_issuperset, Arity::One),
    super::m("isdisjoint", m_isdisjoint, Arity::One),
    super::m("__contains__", m_contains, Arity::One),
    super::m("__sizeof__", m_sizeof, Arity::None),
];
