//! `set` and `frozenset`: CPython 2.7's set table (`pyhash::SetTable`) of references, with the
//! operations' iteration-order rules documented in `pyhash::set`.
//!
//! A key's `__eq__` may mutate any set involved in an operation (the one probed, the one
//! iterated, the result being built). So operations here never hold a reference into a
//! table while Python code runs: lookups go through `dict::probe` (restarts as CPython's
//! `set_lookkey`), insertion/removal act on the slot index it returns, and iteration over
//! another set or dict re-reads that table at each position (as CPython's `set_next` /
//! `_PyDict_Next` loops do). The algorithms (pre-sizing, resize checks, iteration order)
//! are CPython 2.7's, as documented in `pyhash::set`.

use super::super::exc;
use super::super::object::{alloc, Header, Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::{NbOp, Slots, NB_COUNT};
use super::dict::{key_hash, probe};
use super::{dict, int, iter, list, parse_args, str as pystr, Arity, MethodDef};
use crate::compile::ir::CmpOp;
use crate::gc;
use crate::pyhash::table::RawTable;
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

/// A set key: a set used as a key is looked up as an equal new frozenset (CPython's
/// `set_contains`/`set_discard`/`set_remove` on a `TypeError` from hashing a set).
fn key_of(k: Obj) -> PyResult<Obj> {
    let f = new_of(rt().types.frozenset)?;
    merge(f, k)?;
    Ok(f)
}

/// `hash(k)`, or for an unhashable set `k` the equal frozenset and its hash.
fn hashed_key(k: Obj) -> PyResult<(Obj, i64)> {
    match key_hash(k) {
        Ok(h) => Ok((k, h)),
        Err(e) => {
            if is_anyset(k) && !is_frozen(k) && exc::pending_is(rt().exc.TypeError) {
                exc::clear_pending();
                let f = key_of(k)?;
                let h = key_hash(f)?;
                Ok((f, h))
            } else {
                Err(e)
            }
        }
    }
}

fn raw_of(s: Obj) -> impl Fn() -> &'static RawTable<Obj, ()> {
    move || table(s).raw()
}

/// `set_contains_entry`: whether `k` (hash `h`) is in set `s`.
fn contains_hashed(s: Obj, k: Obj, h: i64) -> PyResult<bool> {
    let i = probe(&raw_of(s), k, h, "set")?;
    Ok(table(s).raw().is_active(i))
}

/// `set_insert_key`: adds `k` unless an equal key is present, without the resize check
/// (only keeping an empty slot). Returns whether it was added.
fn insert_hashed(s: Obj, k: Obj, h: i64) -> PyResult<bool> {
    let i = probe(&raw_of(s), k, h, "set")?;
    let t = table(s).raw_mut();
    if t.is_active(i) {
        return Ok(false);
    }
    t.occupy(i, k, h, ());
    t.ensure_room();
    Ok(true)
}

/// `set_add_entry`: [`insert_hashed`], then grow if a new key filled 2/3 of the table
/// (the key count compared is the one before the probe, as CPython's).
fn add_hashed(s: Obj, k: Obj, h: i64) -> PyResult<bool> {
    let before = table(s).len();
    let added = insert_hashed(s, k, h)?;
    table(s).raw_mut().grow_after_insert(before);
    Ok(added)
}

/// `set_discard_entry`: removes the key equal to `k` (leaving a dummy); whether it was there.
fn discard_hashed(s: Obj, k: Obj, h: i64) -> PyResult<bool> {
    let i = probe(&raw_of(s), k, h, "set")?;
    Ok(table(s).raw_mut().remove_at(i).is_some())
}

/// The live key of set `s` at or after slot `pos`: `(next pos, key, stored hash)`. The
/// table is read afresh at each call (`set_next`).
fn next_key(s: Obj, pos: usize) -> Option<(usize, Obj, i64)> {
    table(s)
        .raw()
        .next_active(pos)
        .map(|(i, h, k, _)| (i + 1, *k, h))
}

/// As [`next_key`] for an exact dict (`_PyDict_Next`).
fn next_dict_key(d: Obj, pos: usize) -> Option<(usize, Obj, i64)> {
    dict::table(d)
        .raw()
        .next_active(pos)
        .map(|(i, h, k, _)| (i + 1, *k, h))
}

/// The pre-size of `set_merge` / `set_update_internal` before adding `n` keys.
fn presize(s: Obj, n: usize) {
    let t = table(s).raw_mut();
    if (t.fill() + n) * 3 >= (t.mask() + 1) * 2 {
        t.resize((t.used() + n) * 2);
    }
}

/// `set_merge(s, o)` for a set or frozenset `o`: nothing when `o` is `s` or empty; else
/// pre-size, then insert o's keys in its slot order with their stored hashes.
fn merge(s: Obj, o: Obj) -> PyResult<()> {
    let n = table(o).len();
    if s == o || n == 0 {
        return Ok(());
    }
    presize(s, n);
    let mut pos = 0;
    while let Some((next, k, h)) = next_key(o, pos) {
        pos = next;
        insert_hashed(s, k, h)?;
    }
    Ok(())
}

pub fn add(s: Obj, k: Obj) -> PyResult<()> {
    let h = key_hash(k)?;
    add_hashed(s, k, h)?;
    Ok(())
}

pub fn contains_key(s: Obj, k: Obj) -> PyResult<bool> {
    let (k, h) = hashed_key(k)?;
    contains_hashed(s, k, h)
}

/// Adds every item of iterable `it` to set `s` (`set_update_internal`).
pub fn update_from(s: Obj, it: Obj) -> PyResult<()> {
    if is_anyset(it) {
        return merge(s, it);
    }
    if it.class() == rt().types.dict {
        presize(s, dict::len(it));
        let mut pos = 0;
        while let Some((next, k, h)) = next_dict_key(it, pos) {
            pos = next;
            add_hashed(s, k, h)?;
        }
        return Ok(());
    }
    let i = ops::iter(it)?;
    while let Some(v) = ops::next(i)? {
        add(s, v)?;
    }
    Ok(())
}

/// A new set of `cls` holding the items of `it` (`make_new_set(cls, it)`).
fn new_set_from(cls: Obj, it: Obj) -> PyResult<Obj> {
    let r = new_of(cls)?;
    update_from(r, it)?;
    Ok(r)
}

/// `set_copy(s)`: a new set of s's class merged from `s`.
fn copy_of(s: Obj) -> PyResult<Obj> {
    new_set_from(s.class(), s)
}

/// `set_intersection(s, o)`: for a set `o`, iterate the smaller (o on a tie) and probe the
/// other; for another iterable, iterate it and probe `s`. Hits go to a new set of s's class.
fn intersection(s: Obj, o: Obj) -> PyResult<Obj> {
    if s == o {
        return copy_of(s);
    }
    let result = same_kind(s)?;
    if is_anyset(o) {
        let (probed, iterated) = if table(o).len() > table(s).len() {
            (o, s)
        } else {
            (s, o)
        };
        let mut pos = 0;
        while let Some((next, k, h)) = next_key(iterated, pos) {
            pos = next;
            if contains_hashed(probed, k, h)? {
                add_hashed(result, k, h)?;
            }
        }
        return Ok(result);
    }
    let i = ops::iter(o)?;
    while let Some(k) = ops::next(i)? {
        let h = key_hash(k)?;
        if contains_hashed(s, k, h)? {
            add_hashed(result, k, h)?;
        }
    }
    Ok(result)
}

/// `set_difference(s, o)`: for a set or exact dict `o`, s's keys not in `o` added to a new
/// set in s's order; for another iterable, a copy of `s` minus its items.
fn difference(s: Obj, o: Obj) -> PyResult<Obj> {
    let is_dict = o.class() == rt().types.dict;
    if !is_anyset(o) && !is_dict {
        let r = copy_of(s)?;
        difference_update(r, o)?;
        return Ok(r);
    }
    let result = same_kind(s)?;
    let mut pos = 0;
    while let Some((next, k, h)) = next_key(s, pos) {
        pos = next;
        let present = if is_dict {
            dict::get_item_hashed(o, k, h)?.is_some()
        } else {
            contains_hashed(o, k, h)?
        };
        if !present {
            add_hashed(result, k, h)?;
        }
    }
    Ok(result)
}

/// `set_difference_update_internal(s, o)`: `s` itself clears; a set's keys (stored hashes)
/// or an iterable's items are discarded in order; then dummies over a fifth of the mask
/// are rebuilt away.
fn difference_update(s: Obj, o: Obj) -> PyResult<()> {
    if s == o {
        table(s).clear();
        return Ok(());
    }
    if is_anyset(o) {
        let mut pos = 0;
        while let Some((next, k, h)) = next_key(o, pos) {
            pos = next;
            discard_hashed(s, k, h)?;
        }
    } else {
        let i = ops::iter(o)?;
        while let Some(k) = ops::next(i)? {
            let h = key_hash(k)?;
            discard_hashed(s, k, h)?;
        }
    }
    table(s).shed_dummies();
    Ok(())
}

/// `set_symmetric_difference_update(s, o)`: `s` itself clears; for each key of `o` (an
/// exact dict's keys with stored hashes, a set's, else those of `set(o)`) in order,
/// discard it from `s` or, when absent, add it.
fn symmetric_difference_update(s: Obj, o: Obj) -> PyResult<()> {
    if s == o {
        table(s).clear();
        return Ok(());
    }
    let step = |k: Obj, h: i64| -> PyResult<()> {
        if !discard_hashed(s, k, h)? {
            add_hashed(s, k, h)?;
        }
        Ok(())
    };
    if o.class() == rt().types.dict {
        let mut pos = 0;
        while let Some((next, k, h)) = next_dict_key(o, pos) {
            pos = next;
            step(k, h)?;
        }
        return Ok(());
    }
    let other = if is_anyset(o) {
        o
    } else {
        new_set_from(s.class(), o)?
    };
    let mut pos = 0;
    while let Some((next, k, h)) = next_key(other, pos) {
        pos = next;
        step(k, h)?;
    }
    std::hint::black_box(other);
    Ok(())
}

/// `set_symmetric_difference(s, o)`: a set of s's class made from `o`, then `^=` with `s`.
fn symmetric_difference(s: Obj, o: Obj) -> PyResult<Obj> {
    let r = new_set_from(s.class(), o)?;
    symmetric_difference_update(r, s)?;
    Ok(r)
}

/// `set_swap_bodies`: exchanges the tables of two sets.
fn swap_tables(a: Obj, b: Obj) {
    if a != b {
        std::mem::swap(table(a), table(b));
    }
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
    match op {
        NbOp::Or => {
            let r = copy_of(a)?;
            if a != b {
                update_from(r, b)?;
            }
            Ok(r)
        }
        NbOp::And => intersection(a, b),
        NbOp::Sub => difference(a, b),
        NbOp::Xor => symmetric_difference(a, b),
        _ => Ok(rt().not_implemented),
    }
}

fn inplace(op: NbOp, a: Obj, b: Obj) -> PyResult<Obj> {
    if !is_anyset(a) || !is_anyset(b) || is_frozen(a) {
        return Ok(rt().not_implemented);
    }
    match op {
        NbOp::Or => update_from(a, b)?,
        NbOp::And => {
            let t = intersection(a, b)?;
            swap_tables(a, t);
        }
        NbOp::Sub => difference_update(a, b)?,
        NbOp::Xor => symmetric_difference_update(a, b)?,
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
    let (k, h) = hashed_key(a[0])?;
    discard_hashed(s, k, h)?;
    Ok(rt().none)
}
fn m_remove(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    super::super::finalize::note_release();
    let (k, h) = hashed_key(a[0])?;
    if !discard_hashed(s, k, h)? {
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
    copy_of(s)
}
fn m_update(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    for &it in a {
        update_from(s, it)?;
    }
    Ok(rt().none)
}
fn m_union(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let r = copy_of(s)?;
    for &it in a {
        if it != s {
            update_from(r, it)?;
        }
    }
    Ok(r)
}
/// `set_intersection_multi`: a copy without arguments, else `((s & a) & b) ...`.
fn m_intersection(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    if a.is_empty() {
        return copy_of(s);
    }
    let mut cur = s;
    for &it in a {
        cur = intersection(cur, it)?;
    }
    Ok(cur)
}
/// `set_difference_multi`: a copy without arguments, else `s - a`, then `-=` each other.
fn m_difference(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let Some((&first, rest)) = a.split_first() else {
        return copy_of(s);
    };
    let r = difference(s, first)?;
    for &it in rest {
        difference_update(r, it)?;
    }
    Ok(r)
}
fn m_symdiff(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    symmetric_difference(s, a[0])
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
/// `set_intersection_update_multi`: the intersection's table replaces s's.
fn m_intersection_update(s: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    let r = m_intersection(s, a, k)?;
    swap_tables(s, r);
    Ok(rt().none)
}
fn m_difference_update(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    for &it in a {
        difference_update(s, it)?;
    }
    Ok(rt().none)
}
fn m_symdiff_update(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    symmetric_difference_update(s, a[0])?;
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
