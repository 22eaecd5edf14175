//! The `gc` module over the engine's collector (`crate::gc`): `collect` runs a full collection
//! and then the finalizers and weakref callbacks it queued (`finalize::run_pending`), returning
//! the number of objects freed. There is no separate cycle detector, so `garbage` stays empty
//! (objects in cycles with `__del__` are finalized like any other) and `get_objects`,
//! `get_referrers`, `get_referents` return empty lists. Thresholds are stored, not used.

use super::super::object::{Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::types::{int, list, tuple, Arity, NativeFn};

fn collect(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let before = crate::gc::stats().objects_freed;
    crate::gc::collect();
    super::super::finalize::run_pending();
    let after = crate::gc::stats().objects_freed;
    int::new(after.saturating_sub(before) as i64)
}

fn enable(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    crate::gc::set_enabled(true);
    Ok(rt().none)
}

fn disable(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    crate::gc::set_enabled(false);
    Ok(rt().none)
}

fn isenabled(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    Ok(ops::bool_obj(crate::gc::is_enabled()))
}

fn empty_list(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    list::new(&[])
}

fn is_tracked(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let r = rt();
    let c = a[0].class();
    let atomic = c == r.types.int
        || c == r.types.str
        || c == r.types.float
        || c == r.types.long
        || c == r.types.bool
        || c == r.types.unicode
        || c == r.types.complex
        || a[0] == r.none;
    Ok(ops::bool_obj(!atomic))
}

fn get_debug(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    int::new(0)
}

fn set_debug(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    Ok(rt().none)
}

fn get_count(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    tuple::new(&[int::new(0)?, int::new(0)?, int::new(0)?])
}

const FUNCS: &[(&str, NativeFn, Arity)] = &[
    ("collect", collect, Arity::Range(0, 1)),
    ("enable", enable, Arity::None),
    ("disable", disable, Arity::None),
    ("isenabled", isenabled, Arity::None),
    ("get_objects", empty_list, Arity::None),
    ("get_referrers", empty_list, Arity::Any),
    ("get_referents", empty_list, Arity::Any),
    ("is_tracked", is_tracked, Arity::One),
    ("get_debug", get_debug, Arity::None),
    ("set_debug", set_debug, Arity::One),
    ("get_count", get_count, Arity::None),
];

const GC_PY: &str = r#"
_threshold = (700, 10, 10)
def get_threshold():
    return _threshold
def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    t = list(_threshold)
    t[0] = threshold0
    if threshold1 is not None:
        t[1] = threshold1
    if threshold2 is not None:
        t[2] = threshold2
    _threshold = tuple(t)
garbage = []
DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_INSTANCES = 8
DEBUG_OBJECTS = 16
DEBUG_SAVEALL = 32
DEBUG_LEAK = 62
"#;

pub fn init(d: Obj) -> PyResult<()> {
    super::add_funcs(d, FUNCS)?;
    super::run_source(d, "gc", GC_PY)
}
