//! `dict`: CPython 2.7's hash table (`pyhash::DictTable`) of references. Layout: header, then
//! the table (a Rust-heap entry array owned by the object: traced by `DICT_KIND`, freed on
//! sweep).
//!
//! Keys are hashed with `ops::hash` and compared with `ops::eq` (identity first); str and int
//! keys take fast paths that run no Python code. Methods are in `dict_methods.rs`.

use super::super::object::{alloc_value, Header, Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use crate::gc;
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

/// Key equality for table probes: identity, then the fast str/int paths, then `==`.
pub fn key_eq(a: &Obj, b: &Obj) -> PyResult<bool> {
    if a == b {
        return Ok(true);
    }
    let r = rt();
    let (ca, cb) = (a.class(), b.class());
    if ca == r.types.str && cb == r.types.str {
        return Ok(super::str::bytes(*a) == super::str::bytes(*b));
    }
    if ca == r.types.int && cb == r.types.int {
        return Ok(super::int::value(*a) == super::int::value(*b));
    }
    ops::eq_bool(*a, *b)
}

/// `hash(key)` with the str fast path.
#[inline]
pub fn key_hash(key: Obj) -> PyResult<i64> {
    if key.class() == rt().types.str {
        return Ok(super::str::hash(key));
    }
    ops::hash(key)
}

pub fn get_item(d: Obj, key: Obj) -> PyResult<Option<Obj>> {
    let h = key_hash(key)?;
    get_item_hashed(d, key, h)
}

thread_local! {
    /// Set by [`probe_eq`] when a comparison changed the table being probed.
    static RESTART: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Where a table's entry array is and how long it is (its identity for [`probe_eq`]).
fn shape<K, V>(entries: &[crate::pyhash::table::Entry<K, V>]) -> (usize, usize) {
    (entries.as_ptr() as usize, entries.len())
}

/// [`key_eq`] for a probe of the table whose entries `entries()` returns. `__eq__` may mutate
/// that table (freeing the entry array the probe walks): then, as CPython's `lookdict`
/// (which restarts when `ma_table` or the slot's key changed), the probe is abandoned with a
/// restart request that [`with_restart`] honours. `stored` points into the entry array.
pub fn probe_eq<K, V>(
    entries: &dyn Fn() -> &'static [crate::pyhash::table::Entry<K, V>],
    stored: &Obj,
    probe: &Obj,
) -> PyResult<bool> {
    let r = rt();
    let (a, b) = (*stored, *probe);
    if a == b
        || (a.class() == r.types.str && b.class() == r.types.str)
        || (a.class() == r.types.int && b.class() == r.types.int)
    {
        // No Python code runs.
        return key_eq(stored, probe);
    }
    let before = shape(entries());
    let res = ops::eq_bool(a, b);
    // The same array (address and length) is still the table's: `stored` is readable; the
    // slot must still hold the key compared (read as a word: it may be empty now).
    let same = shape(entries()) == before
        // SAFETY: `stored` lies inside the live entry array checked just above.
        && unsafe { std::ptr::read(stored as *const Obj as *const usize) } == a.addr();
    if !same {
        if res.is_err() {
            return res;
        }
        RESTART.with(|c| c.set(true));
        return Err(super::super::object::Raised);
    }
    res
}

/// Runs a table operation again while a comparison inside it changed the table
/// ([`probe_eq`]); RuntimeError if that keeps happening.
pub fn with_restart<R>(mut op: impl FnMut() -> PyResult<R>) -> PyResult<R> {
    for _ in 0..1000 {
        match op() {
            Err(e) if RESTART.with(|c| c.replace(false)) => {
                let _ = e;
                continue;
            }
            r => return r,
        }
    }
    Err(super::super::exc::runtime_error(
        "dictionary changed size during lookup",
    ))
}

fn entries_of(d: Obj) -> impl Fn() -> &'static [crate::pyhash::table::Entry<Obj, Obj>] {
    move || table(d).raw().entries()
}

pub fn get_item_hashed(d: Obj, key: Obj, h: i64) -> PyResult<Option<Obj>> {
    let ent = entries_of(d);
    with_restart(|| {
        Ok(table(d)
            .get(&key, h, &mut |a, b| probe_eq(&ent, a, b))?
            .copied())
    })
}

pub fn set_item(d: Obj, key: Obj, value: Obj) -> PyResult<()> {
    let h = key_hash(key)?;
    let ent = entries_of(d);
    with_restart(|| table(d).set_item(key, h, value, &mut |a, b| probe_eq(&ent, a, b)))?;
    Ok(())
}

/// Removes `key`; Ok(None) when absent.
pub fn del_item(d: Obj, key: Obj) -> PyResult<Option<Obj>> {
    let h = key_hash(key)?;
    let ent = entries_of(d);
    with_restart(|| {
        Ok(table(d)
            .del_item(&key, h, &mut |a, b| probe_eq(&ent, a, b))?
            .map(|(_, v)| v))
    })
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
