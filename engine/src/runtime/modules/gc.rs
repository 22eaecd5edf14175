//! The `gc` module over the engine's collector (`crate::gc`): `collect` runs a full collection
//! and then the finalizers and weakref callbacks it queued (`finalize::run_pending`), returning
//! the number of objects freed. There is no separate cycle detector, so `garbage` stays empty
//! (objects in cycles with `__del__` are finalized like any other). `get_objects`,
//! `get_referrers` and `get_referents` walk the heap and the objects' trace functions.
//! Thresholds are stored, not used.

use super::super::object::{Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::types::{int, list, tuple, Arity, NativeFn};

fn collect(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let before = crate::gc::stats().objects_freed;
    super::super::finalize::collect_full(collect);
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

/// Whether CPython's collector would track `o` (containers; not numbers, strings or None).
fn tracked(o: Obj) -> bool {
    let r = rt();
    let c = o.class();
    !(c == r.types.int
        || c == r.types.str
        || c == r.types.float
        || c == r.types.long
        || c == r.types.bool
        || c == r.types.unicode
        || c == r.types.complex
        || o == r.none)
}

fn is_tracked(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    Ok(ops::bool_obj(tracked(a[0])))
}

/// Whether a heap allocation is a Python object (not internal storage, fully built).
fn python_object(p: *mut u8, kind: &'static crate::gc::Kind) -> Option<Obj> {
    if std::ptr::eq(kind, &super::super::object::BUF_KIND) {
        return None;
    }
    // SAFETY: an allocated object start; its first word is its class pointer, or 0 while it
    // is being built.
    let o = unsafe { Obj::from_ptr(p) }?;
    if unsafe { *(p as *const usize) } == 0 {
        return None;
    }
    (!is_spare_frame(p, kind)).then_some(o)
}

/// A code object's spare frame is not a frame of the program (CPython untracks its zombie
/// frames too): heap walks skip it.
fn is_spare_frame(p: *mut u8, kind: &'static crate::gc::Kind) -> bool {
    use super::super::types::frame;
    // SAFETY: an allocated object start (a frame when its kind says so).
    match unsafe { Obj::from_ptr(p) } {
        Some(f) => std::ptr::eq(kind, &frame::FRAME_KIND) && frame::is_spare(f),
        None => false,
    }
}

/// The Python objects `o` references (through internal storage such as a list's item block).
fn referents_of(o: Obj) -> Vec<Obj> {
    let mut out = Vec::new();
    // SAFETY: `o` is an object start.
    let mut todo = unsafe { crate::gc::referents(o.as_ptr()) };
    while let Some(p) = todo.pop() {
        let Some(kind) = crate::gc::kind_of(p as *const u8) else {
            continue;
        };
        if is_spare_frame(p as *mut u8, kind) {
            continue;
        }
        match python_object(p as *mut u8, kind) {
            Some(c) => out.push(c),
            // SAFETY: an allocated object start.
            None => todo.extend(unsafe { crate::gc::referents(p as *mut u8) }),
        }
    }
    out.reverse();
    out
}

/// Runs `f` with automatic collections off (heap snapshots hold unrooted pointers).
fn without_gc<R>(f: impl FnOnce() -> R) -> R {
    let was = crate::gc::is_enabled();
    crate::gc::set_enabled(false);
    let r = f();
    crate::gc::set_enabled(was);
    r
}

/// Every tracked object alive now. Garbage that reference counting would have freed is
/// collected first, so the list matches what CPython's would hold.
fn get_objects(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    crate::gc::scrub_stack();
    crate::gc::collect_acyclic();
    super::super::finalize::run_pending();
    without_gc(|| {
        let objs: Vec<Obj> = crate::gc::objects()
            .into_iter()
            .filter_map(|(p, k)| python_object(p, k))
            .filter(|&o| tracked(o))
            .collect();
        list::new(&objs)
    })
}

fn get_referrers(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    crate::gc::scrub_stack();
    crate::gc::collect_acyclic();
    super::super::finalize::run_pending();
    without_gc(|| {
        let mut out = Vec::new();
        for (p, k) in crate::gc::objects() {
            let Some(o) = python_object(p, k) else {
                continue;
            };
            if tracked(o) && referents_of(o).iter().any(|c| a.contains(c)) {
                out.push(o);
            }
        }
        list::new(&out)
    })
}

fn get_referents(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    without_gc(|| {
        let out: Vec<Obj> = a.iter().flat_map(|&o| referents_of(o)).collect();
        list::new(&out)
    })
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
    ("get_objects", get_objects, Arity::None),
    ("get_referrers", get_referrers, Arity::Any),
    ("get_referents", get_referents, Arity::Any),
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
