//! The slots and methods of `dict`, its iterators, and its views (`dict_keys`, `dict_values`,
//! `dict_items`: live views over the dict; keys and items views are set-like).
//!
//! Argument errors follow CPython 2.7: `get`/`pop`/`setdefault`/`fromkeys` use
//! `PyArg_UnpackTuple`'s wording (`get expected at least 1 arguments, got 0`).

use super::super::builtins::unpack;
use super::super::call::call;
use super::super::exc;
use super::super::object::{Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::Slots;
use super::{dict, int, iter, list, str as pystr, tuple, Arity, MethodDef};
use crate::compile::ir::CmpOp;

fn repr(d: Obj) -> PyResult<Obj> {
    if dict::len(d) == 0 {
        return pystr::from_str("{}");
    }
    if !ops::repr_enter(d) {
        return pystr::from_str("{...}");
    }
    let res = (|| {
        let mut out = vec![b'{'];
        let mut pos = 0;
        let mut first = true;
        while let Some((next, k, v)) = dict::next_entry(d, pos) {
            pos = next;
            if !first {
                out.extend_from_slice(b", ");
            }
            first = false;
            out.extend_from_slice(pystr::bytes(ops::repr(k)?));
            out.extend_from_slice(b": ");
            out.extend_from_slice(pystr::bytes(ops::repr(v)?));
        }
        out.push(b'}');
        Ok(out)
    })();
    ops::repr_leave(d);
    pystr::new(&res?)
}

fn len(d: Obj) -> PyResult<i64> {
    Ok(dict::len(d) as i64)
}

fn getitem(d: Obj, k: Obj) -> PyResult<Obj> {
    if let Some(v) = dict::get_item(d, k)? {
        return Ok(v);
    }
    if d.class() != rt().types.dict {
        if let Some(m) = super::super::class::lookup_special(d, rt().names.__missing__)? {
            return call(m, &[k], None);
        }
    }
    Err(exc::key_error(k))
}

fn setitem(d: Obj, k: Obj, v: Option<Obj>) -> PyResult<()> {
    match v {
        Some(v) => dict::set_item(d, k, v),
        None => match dict::del_item(d, k)? {
            Some(_) => Ok(()),
            None => Err(exc::key_error(k)),
        },
    }
}

fn contains(d: Obj, k: Obj) -> PyResult<bool> {
    Ok(dict::get_item(d, k)?.is_some())
}

fn iter_keys(d: Obj) -> PyResult<Obj> {
    new_dict_iter(rt().types.dict_keys_iter, d)
}

fn new_dict_iter(t: Obj, d: Obj) -> PyResult<Obj> {
    let n = int::new(dict::len(d) as i64)?;
    iter::new_iter(t, d, 0, Some(n))
}

fn dict_iter_step(o: Obj) -> PyResult<Option<(Obj, Obj)>> {
    let it = iter::obj(o);
    let Some(d) = it.seq else { return Ok(None) };
    let expected = it.extra.map(int::value).unwrap_or(0);
    if dict::len(d) as i64 != expected {
        it.seq = None;
        return Err(exc::runtime_error(
            "dictionary changed size during iteration",
        ));
    }
    match dict::next_entry(d, it.index as usize) {
        Some((next, k, v)) => {
            it.index = next as i64;
            Ok(Some((k, v)))
        }
        None => {
            it.seq = None;
            Ok(None)
        }
    }
}

fn keys_next(o: Obj) -> PyResult<Option<Obj>> {
    Ok(dict_iter_step(o)?.map(|(k, _)| k))
}
fn values_next(o: Obj) -> PyResult<Option<Obj>> {
    Ok(dict_iter_step(o)?.map(|(_, v)| v))
}
fn items_next(o: Obj) -> PyResult<Option<Obj>> {
    match dict_iter_step(o)? {
        Some((k, v)) => Ok(Some(tuple::new(&[k, v])?)),
        None => Ok(None),
    }
}

/// `it.__length_hint__()`: the entries not yet produced (0 once exhausted or the dict changed
/// size).
fn dict_iter_length_hint(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let it = iter::obj(o);
    let Some(d) = it.seq else { return int::new(0) };
    if dict::len(d) as i64 != it.extra.map(int::value).unwrap_or(0) {
        return int::new(0);
    }
    let mut pos = it.index as usize;
    let mut n = 0;
    while let Some((next, _, _)) = dict::next_entry(d, pos) {
        pos = next;
        n += 1;
    }
    int::new(n)
}

pub static DICT_ITER_METHODS: &[MethodDef] = &[super::m(
    "__length_hint__",
    dict_iter_length_hint,
    Arity::None,
)];

pub fn keys_iter_slots() -> Slots {
    iter::iter_slots(keys_next)
}
pub fn values_iter_slots() -> Slots {
    iter::iter_slots(values_next)
}
pub fn items_iter_slots() -> Slots {
    iter::iter_slots(items_next)
}

/// Py2 dict comparison (`dict_compare`): by length, then by the smallest differing key.
fn compare(a: Obj, b: Obj) -> PyResult<Obj> {
    if !dict::is_dict(a) || !dict::is_dict(b) {
        return Ok(rt().not_implemented);
    }
    let (la, lb) = (dict::len(a), dict::len(b));
    if la != lb {
        return int::new(if la < lb { -1 } else { 1 });
    }
    let (ka, va) = characterize(a, b)?;
    let Some(ka) = ka else { return int::new(0) };
    let (kb, vb) = characterize(b, a)?;
    let c = match kb {
        None => 0,
        Some(kb) => ops::cmp(ka, kb)?,
    };
    if c != 0 {
        return int::new(c as i64);
    }
    match (va, vb) {
        (Some(x), Some(y)) => int::new(ops::cmp(x, y)? as i64),
        _ => int::new(0),
    }
}

/// The smallest key of `a` whose value differs in `b` (or is missing), and its value.
fn characterize(a: Obj, b: Obj) -> PyResult<(Option<Obj>, Option<Obj>)> {
    let mut akey: Option<Obj> = None;
    let mut aval: Option<Obj> = None;
    let snapshot = list::new(&[])?;
    for (k, v) in dict::items_vec(a) {
        list::append(snapshot, tuple::new(&[k, v])?)?;
    }
    for &pair in list::items(snapshot) {
        let (k, v) = (tuple::items(pair)[0], tuple::items(pair)[1]);
        if let Some(cur) = akey {
            if ops::cmp(k, cur)? >= 0 {
                continue;
            }
        }
        let other = dict::get_item(b, k)?;
        let differs = match other {
            None => true,
            Some(o) => !ops::eq_bool(v, o)?,
        };
        if differs {
            akey = Some(k);
            aval = Some(v);
        }
    }
    // Keep `snapshot` alive: the loop only holds a slice of its items.
    std::hint::black_box(snapshot);
    Ok((akey, aval))
}

fn richcmp(a: Obj, b: Obj, op: CmpOp) -> PyResult<Obj> {
    if !dict::is_dict(b) || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(rt().not_implemented);
    }
    let eq = dict_eq(a, b)?;
    Ok(ops::bool_obj(if op == CmpOp::Eq { eq } else { !eq }))
}

fn dict_eq(a: Obj, b: Obj) -> PyResult<bool> {
    if dict::len(a) != dict::len(b) {
        return Ok(false);
    }
    let snapshot = list::new(&[])?;
    for (k, v) in dict::items_vec(a) {
        list::append(snapshot, tuple::new(&[k, v])?)?;
    }
    for &pair in list::items(snapshot) {
        let (k, v) = (tuple::items(pair)[0], tuple::items(pair)[1]);
        match dict::get_item(b, k)? {
            None => return Ok(false),
            Some(o) => {
                if !ops::eq_bool(v, o)? {
                    return Ok(false);
                }
            }
        }
    }
    // Keep `snapshot` alive: the loop only holds a slice of its items.
    std::hint::black_box(snapshot);
    Ok(true)
}

fn unhashable(o: Obj) -> PyResult<i64> {
    Err(exc::type_error(&format!(
        "unhashable type: '{}'",
        ops::type_name_of(o)
    )))
}

fn dict_new(t: Obj, _args: &[Obj], _kw: Option<Obj>) -> PyResult<Obj> {
    dict::new_of(t)
}

fn dict_init(d: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<()> {
    update_from(d, args, kw, "dict")
}

fn update_from(d: Obj, args: &[Obj], kw: Option<Obj>, fname: &str) -> PyResult<()> {
    if args.len() > 1 {
        return Err(exc::type_error(&format!(
            "{fname} expected at most 1 arguments, got {}",
            args.len()
        )));
    }
    if let Some(&src) = args.first() {
        merge(d, src, fname)?;
    }
    if let Some(k) = kw {
        for (key, v) in dict::items_vec(k) {
            dict::set_item(d, key, v)?;
        }
    }
    Ok(())
}

/// `d.update(src)`: a mapping (has `keys`) or an iterable of pairs.
pub fn merge(d: Obj, src: Obj, fname: &str) -> PyResult<()> {
    // CPython's fast path: a dict whose type keeps dict's own `__iter__` is copied directly
    // (an overridden `keys`/`__getitem__` is not consulted).
    let own_iter = super::super::typeobj::slots_of(src)
        .iter
        .map(|f| f as usize)
        == Some(iter_keys as fn(Obj) -> PyResult<Obj> as usize);
    if dict::is_dict(src) && own_iter {
        let snap = list::new(&[])?;
        for (k, v) in dict::items_vec(src) {
            list::append(snap, k)?;
            list::append(snap, v)?;
        }
        let items = list::items(snap);
        for pair in items.chunks(2) {
            dict::set_item(d, pair[0], pair[1])?;
        }
        // Keep `snap` alive: the loop only holds a slice of its items.
        std::hint::black_box(snap);
        return Ok(());
    }
    if let Some(keys) = ops::getattr_opt(src, rt().names.keys)? {
        let ks = ops::iterate_to_list(call(keys, &[], None)?)?;
        for &k in list::items(ks) {
            let v = ops::getitem(src, k)?;
            dict::set_item(d, k, v)?;
        }
        // Keep `ks` alive: the loop only holds a slice of its items.
        std::hint::black_box(ks);
        return Ok(());
    }
    let it = ops::iter(src)?;
    let mut i = 0;
    while let Some(item) = ops::next(it)? {
        let pair = match ops::iterate_to_list(item) {
            Ok(p) => p,
            Err(e) => {
                if exc::pending_is(rt().exc.TypeError) {
                    exc::clear_pending();
                    return Err(exc::type_error(&format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )));
                }
                return Err(e);
            }
        };
        let p = list::items(pair);
        if p.len() != 2 {
            return Err(exc::value_error(&format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                p.len()
            )));
        }
        dict::set_item(d, p[0], p[1])?;
        i += 1;
    }
    let _ = fname;
    Ok(())
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        len: Some(len),
        getitem: Some(getitem),
        setitem: Some(setitem),
        contains: Some(contains),
        iter: Some(iter_keys),
        richcmp: Some(richcmp),
        compare: Some(compare),
        hash: Some(unhashable),
        new: Some(dict_new),
        init: Some(dict_init),
        ..Default::default()
    }
}

fn keys(d: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    list::new(&dict::keys_vec(d))
}
fn values(d: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let vals: Vec<Obj> = dict::items_vec(d).into_iter().map(|(_, v)| v).collect();
    list::new(&vals)
}
fn items(d: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let l = list::new(&[])?;
    for (k, v) in dict::items_vec(d) {
        list::append(l, tuple::new(&[k, v])?)?;
    }
    Ok(l)
}
fn iterkeys(d: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    new_dict_iter(rt().types.dict_keys_iter, d)
}
fn itervalues(d: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    new_dict_iter(rt().types.dict_values_iter, d)
}
fn iteritems(d: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    new_dict_iter(rt().types.dict_items_iter, d)
}
fn get(d: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    unpack("get", "get", a, k, 1, 2)?;
    Ok(dict::get_item(d, a[0])?.unwrap_or(a.get(1).copied().unwrap_or(rt().none)))
}
fn has_key(d: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    Ok(ops::bool_obj(dict::get_item(d, a[0])?.is_some()))
}
fn setdefault(d: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    unpack("setdefault", "setdefault", a, k, 1, 2)?;
    dict::setdefault(d, a[0], a.get(1).copied().unwrap_or(rt().none))
}
fn pop(d: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    super::super::finalize::note_release();
    unpack("pop", "pop", a, k, 1, 2)?;
    if dict::len(d) == 0 {
        // CPython answers an empty dict without hashing the key.
        return match a.get(1) {
            Some(&def) => Ok(def),
            None => Err(exc::key_error(a[0])),
        };
    }
    match dict::del_item(d, a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(&def) => Ok(def),
            None => Err(exc::key_error(a[0])),
        },
    }
}
fn popitem(d: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    super::super::finalize::note_release();
    match dict::table(d).popitem() {
        Some((k, v)) => tuple::new(&[k, v]),
        None => Err(exc::raise_msg(
            rt().exc.KeyError,
            "popitem(): dictionary is empty",
        )),
    }
}
fn update(d: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    update_from(d, a, k, "update")?;
    Ok(rt().none)
}
fn copy(d: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    dict::copy(d)
}
fn clear(d: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    super::super::finalize::note_release();
    dict::table(d).clear();
    Ok(rt().none)
}
fn fromkeys(t: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    unpack("fromkeys", "fromkeys", a, k, 1, 2)?;
    let d = call(t, &[], None)?;
    let v = a.get(1).copied().unwrap_or(rt().none);
    let it = ops::iter(a[0])?;
    while let Some(k) = ops::next(it)? {
        ops::setitem(d, k, v)?;
    }
    Ok(d)
}
fn contains_m(d: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    Ok(ops::bool_obj(dict::get_item(d, a[0])?.is_some()))
}
fn sizeof(d: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    // CPython 2.7: sizeof(PyDictObject), plus the entry array once it outgrows the 8 inline slots.
    let slots = dict::table(d).raw().mask() as i64 + 1;
    int::new(248 + if slots > 8 { 24 * slots } else { 0 })
}

pub static METHODS: &[MethodDef] = &[
    super::m("keys", keys, Arity::None),
    super::m("values", values, Arity::None),
    super::m("items", items, Arity::None),
    super::m("iterkeys", iterkeys, Arity::None),
    super::m("itervalues", itervalues, Arity::None),
    super::m("iteritems", iteritems, Arity::None),
    super::m("get", get, Arity::Any),
    super::m("has_key", has_key, Arity::One),
    super::m("setdefault", setdefault, Arity::Any),
    super::m("pop", pop, Arity::Any),
    super::m("popitem", popitem, Arity::None),
    super::m("update", update, Arity::Any),
    super::m("copy", copy, Arity::None),
    super::m("clear", clear, Arity::None),
    super::cm("fromkeys", fromkeys, Arity::Any),
    super::m("viewkeys", viewkeys, Arity::None),
    super::m("viewvalues", viewvalues, Arity::None),
    super::m("viewitems", viewitems, Arity::None),
    super::m("__contains__", contains_m, Arity::One),
    super::m("__sizeof__", sizeof, Arity::None),
];

// --- views (`viewkeys`, `viewvalues`, `viewitems`) ---------------------------------------------
//
// A view has the iterator layout: `seq` is the dict (never cleared), the other fields unused.
// Keys and items views act as sets: comparisons with sets and views, and `& | - ^` building a
// new set from the left operand (whichever side the view is on, as CPython's `dictviews_*`).

fn new_view(t: Obj, d: Obj) -> PyResult<Obj> {
    iter::new_iter(t, d, 0, None)
}

fn view_dict(v: Obj) -> Obj {
    iter::obj(v).seq.unwrap_or(v)
}

fn viewkeys(d: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    new_view(rt().types.dict_keys_view, d)
}
fn viewvalues(d: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    new_view(rt().types.dict_values_view, d)
}
fn viewitems(d: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    new_view(rt().types.dict_items_view, d)
}

fn view_len(v: Obj) -> PyResult<i64> {
    Ok(dict::len(view_dict(v)) as i64)
}

/// `dict_keys([...])`: the type name around the repr of the view's items as a list.
fn view_repr(v: Obj) -> PyResult<Obj> {
    let items = ops::iterate_to_list(v)?;
    let inner = ops::repr(items)?;
    let mut out = super::super::typeobj::type_name(v.class()).into_bytes();
    out.push(b'(');
    out.extend_from_slice(pystr::bytes(inner));
    out.push(b')');
    pystr::new(&out)
}

fn keys_view_iter(v: Obj) -> PyResult<Obj> {
    new_dict_iter(rt().types.dict_keys_iter, view_dict(v))
}
fn values_view_iter(v: Obj) -> PyResult<Obj> {
    new_dict_iter(rt().types.dict_values_iter, view_dict(v))
}
fn items_view_iter(v: Obj) -> PyResult<Obj> {
    new_dict_iter(rt().types.dict_items_iter, view_dict(v))
}

fn keys_view_contains(v: Obj, k: Obj) -> PyResult<bool> {
    Ok(dict::get_item(view_dict(v), k)?.is_some())
}

/// `(k, v) in d.viewitems()`: a 2-tuple whose key maps to an equal value.
fn items_view_contains(v: Obj, item: Obj) -> PyResult<bool> {
    if !tuple::is_tuple(item) || tuple::items(item).len() != 2 {
        return Ok(false);
    }
    let (k, val) = (tuple::items(item)[0], tuple::items(item)[1]);
    match dict::get_item(view_dict(v), k)? {
        None => Ok(false),
        Some(found) => ops::eq_bool(found, val),
    }
}

fn is_set_like_view(o: Obj) -> bool {
    let r = rt();
    let c = o.class();
    c == r.types.dict_keys_view || c == r.types.dict_items_view
}

/// Every item of `a` is in `b`.
fn all_contained_in(a: Obj, b: Obj) -> PyResult<bool> {
    let it = ops::iter(a)?;
    while let Some(x) = ops::next(it)? {
        if !ops::contains(b, x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn view_richcmp(a: Obj, b: Obj, op: CmpOp) -> PyResult<Obj> {
    if !super::set::is_anyset(b) && !is_set_like_view(b) {
        return Ok(rt().not_implemented);
    }
    let (la, lb) = (ops::len(a)?, ops::len(b)?);
    let r = match op {
        CmpOp::Eq => la == lb && all_contained_in(a, b)?,
        CmpOp::Ne => !(la == lb && all_contained_in(a, b)?),
        CmpOp::Lt => la < lb && all_contained_in(a, b)?,
        CmpOp::Le => la <= lb && all_contained_in(a, b)?,
        CmpOp::Gt => la > lb && all_contained_in(b, a)?,
        CmpOp::Ge => la >= lb && all_contained_in(b, a)?,
        _ => return Ok(rt().not_implemented),
    };
    Ok(ops::bool_obj(r))
}

/// `a op b` for set-like views: `set(a)` updated in place by the set method for `op` with `b`.
fn view_setop(a: Obj, b: Obj, method: &str) -> PyResult<Obj> {
    let s = super::set::new_of(rt().types.set)?;
    super::set::update_from(s, a)?;
    ops::call_method(s, method, &[b])?;
    Ok(s)
}
fn view_and(a: Obj, b: Obj) -> PyResult<Obj> {
    view_setop(a, b, "intersection_update")
}
fn view_or(a: Obj, b: Obj) -> PyResult<Obj> {
    view_setop(a, b, "update")
}
fn view_sub(a: Obj, b: Obj) -> PyResult<Obj> {
    view_setop(a, b, "difference_update")
}
fn view_xor(a: Obj, b: Obj) -> PyResult<Obj> {
    view_setop(a, b, "symmetric_difference_update")
}

fn view_slots(iter: fn(Obj) -> PyResult<Obj>) -> Slots {
    Slots {
        repr: Some(view_repr),
        len: Some(view_len),
        iter: Some(iter),
        ..Default::default()
    }
}

fn set_like_view_slots(
    iter: fn(Obj) -> PyResult<Obj>,
    contains: fn(Obj, Obj) -> PyResult<bool>,
) -> Slots {
    use super::super::typeobj::{BinaryFn, NbOp};
    let mut s = view_slots(iter);
    s.contains = Some(contains);
    s.richcmp = Some(view_richcmp);
    s.hash = Some(unhashable);
    s.nb[NbOp::And as usize] = Some(view_and as BinaryFn);
    s.nb[NbOp::Or as usize] = Some(view_or as BinaryFn);
    s.nb[NbOp::Sub as usize] = Some(view_sub as BinaryFn);
    s.nb[NbOp::Xor as usize] = Some(view_xor as BinaryFn);
    s
}

pub fn keys_view_slots() -> Slots {
    set_like_view_slots(keys_view_iter, keys_view_contains)
}
pub fn values_view_slots() -> Slots {
    view_slots(values_view_iter)
}
pub fn items_view_slots() -> Slots {
    set_like_view_slots(items_view_iter, items_view_contains)
}
