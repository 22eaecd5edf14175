//! `dict`: CPython 2.7's hash table (`pyhash::DictTable`) of references. Layout: header, then
//! the table (a Rust-heap entry array owned by the object: traced by `DICT_KIND`, freed on
//! sweep).
//!
//! Keys are hashed with `ops::hash` (str hashes are cached in the str, exact ints hashed
//! inline) and compared identity first, then by `ops::native_eq` (str, int, float and tuples
//! of those: no Python code runs), then with `==`. Methods are in `dict_methods.rs`.
//!
//! Attribute sites remember the slot index where their name was found (`get_at_hint`,
//! `replace_at_hint`): a slot holding the very key (identity) answers without hashing or
//! probing; a changed table just makes the hint miss.
//!
//! A key's `__eq__` may mutate (clear, resize) the very dict being probed: lookups go through
//! [`probe`], which holds no reference into the table while Python code runs and restarts
//! as CPython's `lookdict` does; insertion and removal then act on the slot index found.

use std::cell::Cell;

use super::super::object::{alloc_value, Header, Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use crate::gc;
use crate::pyhash::table::RawTable;
use crate::pyhash::DictTable;

#[repr(C)]
pub struct DictObj {
    pub head: Header,
    pub table: DictTable<Obj, Obj>,
}

unsafe fn trace_dict(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: a dict object; all-zero is not a valid DictTable, so skip objects whose class
    // is not set yet (they were just allocated and hold nothing).
    unsafe {
        if *(p as *const usize) == 0 {
            return;
        }
        let d = &*(p as *const DictObj);
        for (_, k, v) in d.table.iter() {
            m.mark(k.as_ptr());
            m.mark(v.as_ptr());
        }
    }
}

unsafe fn drop_dict(p: *mut u8) {
    // SAFETY: a dict being swept; its table was initialised when its class was set.
    unsafe {
        if *(p as *const usize) == 0 {
            return;
        }
        std::ptr::drop_in_place(&mut (*(p as *mut DictObj)).table);
    }
}

pub static DICT_KIND: gc::Kind = gc::Kind {
    name: "dict",
    trace: Some(trace_dict),
    drop: Some(drop_dict),
};

fn dict_tail_offset(_p: *mut u8) -> usize {
    std::mem::size_of::<DictObj>()
}

crate::sub_kind!(
    DICT_SUB_KIND,
    "dict subclass instance",
    Some(trace_dict),
    Some(drop_dict),
    dict_tail_offset
);

pub fn new() -> PyResult<Obj> {
    alloc_value(
        &DICT_KIND,
        rt().types.dict,
        DictObj {
            head: Header {
                class: rt().types.dict,
            },
            table: DictTable::new(),
        },
    )
}

/// A new dict of class `cls` (dict or a subclass).
pub fn new_of(cls: Obj) -> PyResult<Obj> {
    if cls == rt().types.dict {
        return new();
    }
    let size = std::mem::size_of::<DictObj>() + super::super::class::tail_size(cls);
    let o = super::super::object::alloc(&DICT_SUB_KIND, size, cls)?;
    // SAFETY: fresh object large enough for DictObj; write the table before anything traces.
    unsafe { std::ptr::write(&mut o.cast::<DictObj>().table, DictTable::new()) };
    super::super::class::init_tail(o, cls, std::mem::size_of::<DictObj>());
    Ok(o)
}

#[inline]
pub fn is_dict(o: Obj) -> bool {
    let c = o.class();
    let r = rt();
    c == r.types.dict || super::super::typeobj::is_subtype(c, r.types.dict)
}

#[inline]
pub fn table(d: Obj) -> &'static mut DictTable<Obj, Obj> {
    // SAFETY: the caller knows `d` is a dict.
    unsafe { &mut d.cast::<DictObj>().table }
}

pub fn len(d: Obj) -> usize {
    table(d).len()
}

/// Key equality for table probes: identity, the native fast paths, then `==`.
pub fn key_eq(a: &Obj, b: &Obj) -> PyResult<bool> {
    match ops::native_eq(*a, *b) {
        Some(eq) => Ok(eq),
        None => ops::eq_bool(*a, *b),
    }
}

/// `hash(key)` with the str fast path.
#[inline]
pub fn key_hash(key: Obj) -> PyResult<i64> {
    let (c, t) = (key.class(), &rt().types);
    if c == t.str {
        return Ok(super::str::hash(key));
    }
    if c == t.int {
        return Ok(crate::pyhash::int_hash(super::int::value(key)));
    }
    ops::hash(key)
}

pub fn get_item(d: Obj, key: Obj) -> PyResult<Option<Obj>> {
    let h = key_hash(key)?;
    get_item_hashed(d, key, h)
}

/// Key equality that runs no Python code (identity, then `ops::native_eq`: str, int, bool,
/// float and tuples of those), or `None` when the keys need `==` (which may run `__eq__`).
#[inline(always)]
fn fast_eq(stored: Obj, key: Obj) -> Option<bool> {
    // Identity first, inline (CPython's `ep->me_key == key`): most hits are the very key.
    if stored == key {
        return Some(true);
    }
    ops::native_eq(stored, key)
}

/// How many times one lookup may start over because `__eq__` replaced the table (CPython
/// recurses without bound and eventually overflows the C stack).
const MAX_RESTARTS: usize = 1000;

/// `lookdict` / `set_lookkey` of `key` (hash `hash`) in the table `raw()` gives: the slot
/// index of the equal key, or where it would be inserted (see `RawTable::lookup`). `raw()`
/// is called afresh after every `__eq__`, which may mutate (even free) the table: no
/// reference into the table is held while Python code runs, and the probe starts over when
/// the comparison changed the table as CPython's test sees it (`RawTable::probe_resume`).
/// The index is valid for the table as it is on return (no Python code runs in between).
#[inline]
pub fn probe<V: 'static>(
    raw: &impl Fn() -> &'static RawTable<Obj, V>,
    key: Obj,
    hash: i64,
    what: &str,
) -> PyResult<usize> {
    // The first slot holding the very key decides at once (see `fast_eq`).
    let t = raw();
    let first = (hash as usize) & t.mask();
    if let Some(crate::pyhash::table::Entry {
        slot: crate::pyhash::table::Slot::Active(k, _),
        ..
    }) = t.entries().get(first)
    {
        if *k == key {
            return Ok(first);
        }
    }
    let mut restarts = 0;
    RawTable::lookup_reentrant(
        raw,
        &key,
        hash,
        &mut |stored| fast_eq(*stored, key),
        &mut |stored, k| ops::eq_bool(*stored, *k),
        &mut || {
            restarts += 1;
            if restarts > MAX_RESTARTS {
                return Err(super::super::exc::runtime_error(&format!(
                    "{what} changed size during lookup"
                )));
            }
            Ok(())
        },
    )
}

fn raw_of(d: Obj) -> impl Fn() -> &'static RawTable<Obj, Obj> {
    move || table(d).raw()
}

/// The slot index holding `key` in dict `d` and its value (None: absent). The index stays
/// valid until the dict is next changed.
pub fn lookup_index(d: Obj, key: Obj) -> PyResult<Option<(usize, Obj)>> {
    let h = key_hash(key)?;
    let i = probe(&raw_of(d), key, h, "dictionary")?;
    Ok(table(d).raw().get_at(i).map(|(_, v)| (i, *v)))
}

/// `d[name]` for an attribute name (usually an interned exact str): the probe's first slot
/// (`hash & mask`, see `pyhash::table`) usually decides with one identity compare, inlined;
/// otherwise the no-Python-code probe (`str_key_slot`), then the general path.
#[inline]
pub fn get_str_key(d: Obj, name: Obj) -> PyResult<Option<Obj>> {
    match str_key_slot(d, name) {
        Some(i) => Ok(table(d).raw().get_at(i).map(|(_, v)| *v)),
        None => get_item(d, name),
    }
}

/// The value of `d`'s slot `hint` if that slot holds the very key `name` (identity: a dict
/// holds each key once, so this is `d[name]`; an attribute site's inline cache remembers
/// where its name was found, see `object::AttrCache`). Any change of the dict's layout just
/// makes a remembered hint miss.
#[inline(always)]
pub fn get_at_hint(d: Obj, name: Obj, hint: u32) -> Option<Obj> {
    use crate::pyhash::table::{Entry, Slot};
    match table(d).raw().entries().get(hint as usize) {
        Some(Entry {
            slot: Slot::Active(k, v),
            ..
        }) if *k == name => Some(*v),
        _ => None,
    }
}

/// Replaces the value of key `name` if `d`'s slot `hint` holds that very key (as `set_item`
/// does for a present key: the stored key and the order stay); false otherwise (nothing
/// changed).
#[inline(always)]
pub fn replace_at_hint(d: Obj, name: Obj, v: Obj, hint: u32) -> bool {
    if get_at_hint(d, name, hint).is_none() {
        return false;
    }
    match table(d).raw_mut().value_at_mut(hint as usize) {
        Some(old) => {
            *old = v;
            true
        }
        None => false,
    }
}

/// [`get_str_key`] trying slot `hint` first ([`get_at_hint`]); `hint` is updated to where the
/// key was found.
#[inline]
pub fn get_str_key_hinted(d: Obj, name: Obj, hint: &Cell<u32>) -> PyResult<Option<Obj>> {
    match get_at_hint(d, name, hint.get()) {
        Some(v) => Ok(Some(v)),
        None => get_str_key_rehint(d, name, hint),
    }
}

#[inline(never)]
fn get_str_key_rehint(d: Obj, name: Obj, hint: &Cell<u32>) -> PyResult<Option<Obj>> {
    match str_key_slot(d, name) {
        Some(i) => Ok(table(d).raw().get_at(i).map(|(_, v)| {
            hint.set(i as u32);
            *v
        })),
        None => get_item(d, name),
    }
}

/// Whether `d` is known, without running Python code, not to hold `name`, an exact str (the
/// caller knows) (false: it holds it, or `==` would be needed to tell). The probe's first
/// slot being empty decides inline.
#[inline(always)]
pub fn lacks_str_key(d: Obj, name: Obj) -> bool {
    use crate::pyhash::table::{Entry, Slot};
    let raw = table(d).raw();
    let first = super::str::hash(name) as usize & raw.mask();
    match raw.entries().get(first) {
        Some(Entry {
            slot: Slot::Empty, ..
        }) => true,
        _ => lacks_str_key_probe(d, name),
    }
}

#[inline(never)]
fn lacks_str_key_probe(d: Obj, name: Obj) -> bool {
    str_key_slot(d, name).is_some_and(|i| table(d).raw().get_at(i).is_none())
}

/// Replaces the value of exact-str key `name` when `d` holds it and no Python code is needed
/// to find it (as `set_item` does for a present key: the stored key and the order stay);
/// false otherwise (nothing changed). Slot `hint` is tried first and updated as in
/// [`get_str_key_hinted`].
#[inline]
pub fn replace_str_key(d: Obj, name: Obj, v: Obj, hint: &Cell<u32>) -> bool {
    replace_at_hint(d, name, v, hint.get()) || replace_str_key_rehint(d, name, v, hint)
}

#[inline(never)]
fn replace_str_key_rehint(d: Obj, name: Obj, v: Obj, hint: &Cell<u32>) -> bool {
    let Some(i) = str_key_slot(d, name) else {
        return false;
    };
    match table(d).raw_mut().value_at_mut(i) {
        Some(old) => {
            *old = v;
            hint.set(i as u32);
            true
        }
        None => false,
    }
}

/// The slot of `d` holding the exact-str key `name`, or where an insertion would go, found
/// without running Python code (`fast_eq`); None when `name` is not an exact str or a stored
/// key needs `==` (the general path then gives the same answer).
#[inline]
fn str_key_slot(d: Obj, name: Obj) -> Option<usize> {
    use crate::pyhash::table::{Entry, Slot};
    if name.class() != rt().types.str {
        return None;
    }
    let raw = table(d).raw();
    let h = super::str::hash(name);
    let first = h as usize & raw.mask();
    match raw.entries().get(first) {
        Some(Entry {
            slot: Slot::Empty, ..
        }) => Some(first),
        Some(Entry {
            hash,
            slot: Slot::Active(k, _),
        }) if *hash == h && *k == name => Some(first),
        _ => str_key_probe(raw, name, h),
    }
}

#[inline(never)]
fn str_key_probe(raw: &RawTable<Obj, Obj>, name: Obj, h: i64) -> Option<usize> {
    let mut st = raw.probe_start(h);
    // Interned names: identity decides almost always (`fast_eq` tests it first, inline).
    let mut eq = |k: &Obj| fast_eq(*k, name);
    match raw.probe_step(&mut st, h, &mut eq) {
        crate::pyhash::table::ProbeStep::Done(i) => Some(i),
        crate::pyhash::table::ProbeStep::Compare(..) => None,
    }
}

pub fn get_item_hashed(d: Obj, key: Obj, h: i64) -> PyResult<Option<Obj>> {
    let i = probe(&raw_of(d), key, h, "dictionary")?;
    Ok(table(d).raw().get_at(i).map(|(_, v)| *v))
}

pub fn set_item(d: Obj, key: Obj, value: Obj) -> PyResult<()> {
    let h = key_hash(key)?;
    set_item_hashed(d, key, h, value)
}

/// `PyDict_SetItem` with a known hash: replace the value of an equal key (the stored key
/// stays), or insert and grow if the table reached 2/3 full.
pub fn set_item_hashed(d: Obj, key: Obj, h: i64, value: Obj) -> PyResult<()> {
    let i = probe(&raw_of(d), key, h, "dictionary")?;
    let t = table(d).raw_mut();
    if let Some(v) = t.value_at_mut(i) {
        *v = value;
        return Ok(());
    }
    let before = t.used();
    t.occupy(i, key, h, value);
    t.grow_after_insert(before);
    Ok(())
}

/// `d.setdefault(key, default)` as CPython 2.7's `dict_setdefault`: one hash, one probe; an
/// absent key is stored at the slot that probe found, then the resize check runs.
pub fn setdefault(d: Obj, key: Obj, default: Obj) -> PyResult<Obj> {
    let h = key_hash(key)?;
    let i = probe(&raw_of(d), key, h, "dictionary")?;
    let t = table(d).raw_mut();
    if let Some((_, v)) = t.get_at(i) {
        return Ok(*v);
    }
    let before = t.used();
    t.occupy(i, key, h, default);
    t.grow_after_insert(before);
    Ok(default)
}

/// `PyDict_Merge(d, other, override_)` for an exact dict `other`, safe against keys whose
/// `__eq__` mutates either dict: nothing when `other` is `d` or empty; pre-size; then
/// other's items in its slot order (re-read at each position, as CPython's loop), each
/// inserted at the slot its probe found, without the resize check (only keeping an empty
/// slot). Without `override_` (and `d` non-empty) present keys keep their value (lookup
/// errors there are swallowed, as `PyDict_GetItem` does).
pub fn merge(d: Obj, other: Obj, mut override_: bool) -> PyResult<()> {
    let n = len(other);
    if d == other || n == 0 {
        return Ok(());
    }
    if len(d) == 0 {
        override_ = true;
    }
    let t = table(d).raw_mut();
    if (t.fill() + n) * 3 >= (t.mask() + 1) * 2 {
        t.resize((t.used() + n) * 2);
    }
    let mut pos = 0;
    while let Some((next, h, k, v)) = table(other)
        .raw()
        .next_active(pos)
        .map(|(i, h, k, v)| (i + 1, h, *k, *v))
    {
        pos = next;
        if !override_ {
            match get_item_hashed(d, k, h) {
                Ok(Some(_)) => continue,
                Ok(None) => {}
                Err(_) => super::super::exc::clear_pending(),
            }
        }
        let i = probe(&raw_of(d), k, h, "dictionary")?;
        let t = table(d).raw_mut();
        if let Some(slot) = t.value_at_mut(i) {
            *slot = v;
        } else {
            t.occupy(i, k, h, v);
            t.ensure_room();
        }
    }
    Ok(())
}

/// `PyDict_Copy` (`d.copy()`): a new dict merged from `d` with [`merge`].
pub fn copy(d: Obj) -> PyResult<Obj> {
    let n = new()?;
    merge(n, d, true)?;
    Ok(n)
}

/// Removes `key`; Ok(None) when absent.
pub fn del_item(d: Obj, key: Obj) -> PyResult<Option<Obj>> {
    let h = key_hash(key)?;
    let i = probe(&raw_of(d), key, h, "dictionary")?;
    Ok(table(d).raw_mut().remove_at(i).map(|(_, v)| v))
}

/// Lookup by Rust text (interns the key; for runtime-internal names).
pub fn get_str(d: Obj, key: &str) -> Option<Obj> {
    let k = super::str::intern(key).ok()?;
    get_item(d, k).ok().flatten()
}

pub fn set_str(d: Obj, key: &str, value: Obj) -> PyResult<()> {
    let k = super::str::intern(key)?;
    set_item(d, k, value)
}

/// The items in iteration order. The Vec is a snapshot in the Rust heap: its references stay
/// alive only while the dict holds them, so callers use it before running code that could
/// mutate the dict, or root the items first.
pub fn items_vec(d: Obj) -> Vec<(Obj, Obj)> {
    table(d).iter().map(|(_, k, v)| (*k, *v)).collect()
}

pub fn keys_vec(d: Obj) -> Vec<Obj> {
    table(d).keys().copied().collect()
}

/// The entry at or after table position `pos`: `(next pos, key, value)` (iterators).
pub fn next_entry(d: Obj, pos: usize) -> Option<(usize, Obj, Obj)> {
    table(d)
        .raw()
        .next_active(pos)
        .map(|(i, _, k, v)| (i + 1, *k, *v))
}
