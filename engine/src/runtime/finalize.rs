//! `__del__` and weakref callbacks: objects the GC found dead are handed over through its queues
//! (`gc::pop_finalizable`, `gc::pop_weak_callback`) and their Python code runs here, at safe
//! points (after statements that allocate: the interpreter calls `run_pending` at backedges and
//! calls, and `gc.collect()` calls it directly). Exceptions in them are printed as CPython's
//! "Exception ... ignored" and swallowed.

use super::call::call;
use super::exc;
use super::object::Obj;
use super::ops;
use super::rt::rt;
use super::types::{classobj, str as pystr, weakref};
use crate::gc;

/// Registers `o` (an instance whose class defines `__del__`) with the GC.
pub fn register(o: Obj) {
    // SAFETY: `o` is a live object we hold.
    unsafe { gc::register_finalizer(o.as_ptr()) };
}

/// Runs due finalizers and weakref callbacks.
pub fn run_pending() {
    while let Some(p) = gc::pop_weak_callback() {
        // SAFETY: the GC hands over live weakref objects.
        let w = unsafe { Obj::from_ptr(p.as_ptr()) }.expect("non-null");
        if let Some(cb) = weakref::callback(w) {
            guarded(|| call(cb, &[w], None).map(|_| ()), cb);
        }
    }
    while let Some(p) = gc::pop_finalizable() {
        // SAFETY: the GC hands over live objects whose finalizer is due.
        let o = unsafe { Obj::from_ptr(p.as_ptr()) }.expect("non-null");
        let del = if classobj::is_instance(o) {
            classobj::class_lookup(classobj::instance_class(o), rt().names.__del__)
                .ok()
                .flatten()
                .map(|(f, _)| f)
        } else {
            super::typeobj::lookup(o.class(), rt().names.__del__)
                .ok()
                .flatten()
        };
        if let Some(f) = del {
            guarded(
                || {
                    let m = ops::bind(f, o, o.class())?;
                    call(m, &[], None).map(|_| ())
                },
                f,
            );
        }
    }
}

/// Runs `f`; an exception is reported the way CPython reports errors in `__del__`.
fn guarded(f: impl FnOnce() -> super::object::PyResult<()>, what: Obj) {
    let saved = exc::peek_pending();
    exc::clear_pending();
    if f().is_err() {
        let e = exc::take_pending();
        let desc = ops::repr_text(what).unwrap_or_else(|_| {
            exc::clear_pending();
            "?".into()
        });
        let msg = super::types::traceback::format_exception_only(e.ty, e.value)
            .unwrap_or_else(|_| b"?\n".to_vec());
        let text = format!(
            "Exception {} in {} ignored\n",
            String::from_utf8_lossy(&msg).trim_end(),
            desc
        );
        super::print::write_stderr(text.as_bytes());
        let _ = pystr::from_str("");
    }
    if let Some(s) = saved {
        exc::set_pending(s);
    }
}
