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
use super::types::{classobj, generator, str as pystr, weakref};
use crate::gc;

/// Registers `o` (an instance whose class defines `__del__`) with the GC.
pub fn register(o: Obj) {
    // SAFETY: `o` is a live object we hold.
    unsafe { gc::register_finalizer(o.as_ptr()) };
}

/// Runs due finalizers and weakref callbacks.
pub fn run_pending() {
    if !gc::finalizers_due() {
        return;
    }
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
        if o.class() == rt().types.generator {
            guarded(|| generator::close(o).map(|_| ()), o);
            continue;
        }
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
            let Ok(m) = ops::bind(f, o, o.class()) else {
                exc::clear_pending();
                continue;
            };
            guarded(|| call(m, &[], None).map(|_| ()), m);
        }
    }
    gc::clear_due();
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
        // CPython's PyErr_WriteUnraisable: class name (module-qualified outside `exceptions`),
        // then `: repr(value)` unless the value is None.
        let r = rt();
        let mut name = ops::getattr(e.ty, r.names.__name__)
            .map(pystr::to_string_lossy)
            .unwrap_or_else(|_| "?".into());
        if let Ok(m) = ops::getattr(e.ty, r.names.__module__) {
            let m = pystr::to_string_lossy(m);
            if m != "exceptions" {
                name = format!("{m}.{name}");
            }
        }
        exc::clear_pending();
        // An exception the runtime raised from values is, in CPython, still unnormalized
        // here: its value is the message or argument itself (none, one, or their tuple).
        let shown = if super::types::exception::is_native_message(e.value) {
            super::types::exception::native_raw_value(e.value)
        } else {
            Some(e.value).filter(|&v| v != r.none)
        };
        let value = match shown {
            None => String::new(),
            Some(v) => format!(
                ": {}",
                ops::repr_text(v).unwrap_or_else(|_| {
                    exc::clear_pending();
                    "?".into()
                })
            ),
        };
        let text = format!("Exception {name}{value} in {desc} ignored\n");
        // PyErr_WriteUnraisable writes to sys.stderr.
        if super::print::write_sys_stderr(text.as_bytes()).is_err() {
            exc::clear_pending();
        }
        let _ = pystr::from_str("");
    }
    if let Some(s) = saved {
        exc::set_pending(s);
    }
}

// ---------------------------------------------------------------------------------------------
// Prompt release: CPython frees an object the moment its last reference goes, so programs see
// `__del__` run and weak references die right after `del x`, `x = None` or a function's return.
// A tracing GC finds that out only at its next collection. To print what CPython prints, the
// interpreter notes *release events* — a `del` statement, a store of None, a call that created
// objects with finalizers or weak references (the GC's watch epoch moved) — and at the next
// statement boundary runs a collection and the finalizers it queued, when any object is watched
// at all. Each event site (code unit, line) backs off exponentially while its collections find
// nothing (1, 2, 4 … 4096 events skipped), and the collections this heuristic adds are capped by
// a work budget (bytes marked ≤ 256 MiB + 4 × bytes allocated), so a hot loop of deletions costs a
// bounded amount; beyond the cap, finalization falls back to the GC's own schedule. With
// `PYSTON_GC_PROMPT=always` every event collects (no backoff, no budget): a stress test of the
// frames' liveness tables. Imported modules' bodies run without it (`during_import`).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

#[derive(Clone, Copy)]
struct Backoff {
    skip: u32,
    interval: u32,
}

#[derive(Default)]
struct Prompt {
    sites: HashMap<(usize, u32), Backoff>,
    work: u64,
}

// The anchor of the innermost running interpreter activation (see `interp::run_frame`; each
// activation keeps its caller's and puts it back): a stack address, not a reference, 0 when
// none runs. It lives in the thread state (`exc::ThreadState::anchor`), next to the frame chain
// an activation updates at the same time.
thread_local! {
    static PENDING: Cell<bool> = const { Cell::new(false) };
    /// Module bodies being imported (prompt release is off while > 0).
    static IMPORTING: Cell<u32> = const { Cell::new(0) };
    static PROMPT: RefCell<Prompt> = RefCell::new(Prompt::default());
}

const MAX_INTERVAL: u32 = 4096;

fn always() -> bool {
    static ALWAYS: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ALWAYS.get_or_init(|| std::env::var("PYSTON_GC_PROMPT").is_ok_and(|v| v == "always"))
}
const BASE_BUDGET: u64 = 256 << 20;

/// Runs an imported module's body with prompt release off: library initialisation (`del` of
/// helper names, ABC registrations making weak references) would otherwise pay for collections
/// nobody observes. The program's own `__main__` runs with it on.
pub fn during_import<R>(f: impl FnOnce() -> R) -> R {
    IMPORTING.with(|c| c.set(c.get() + 1));
    let r = f();
    IMPORTING.with(|c| c.set(c.get() - 1));
    r
}

/// A full collection for `gc.collect()`. When the interpreter loop called it directly (the
/// current frame's instruction is a call of it), it scans the native stack only from the
/// innermost activation's anchor up, like the prompt-release collections, so stale copies of
/// references in the loop's own frame (a finished call's result, say) do not keep garbage
/// alive. Called from other native code (`map(gc.collect, ...)`), whose frames may hold
/// references, it scans the whole stack.
pub fn collect_full(collect_fn: crate::runtime::types::NativeFn) {
    gc::scrub_stack();
    let direct = exc::current_frame()
        .and_then(super::interp::current_callee)
        .is_some_and(|f| crate::runtime::types::descr::is_native_func(f, collect_fn));
    match exc::ts().anchor.get() {
        0 => gc::collect(),
        // SAFETY: as in `reclaim`: the anchor holds the callers' registers, and the frames
        // below it (the interpreter loop and this direct call) hold nothing the frame objects
        // do not.
        anchor if direct => unsafe { gc::collect_above(anchor) },
        _ => gc::collect(),
    }
}

/// A suspended green thread's prompt-release state: its innermost activation's anchor (an
/// address on its own stack) and its import nesting (see `modules/thread.rs`).
#[derive(Default)]
pub struct SavedAnchors {
    anchor: usize,
    importing: u32,
}

/// Moves the running thread's anchors out (leaving none: a fresh thread's state).
pub fn take_anchors() -> SavedAnchors {
    SavedAnchors {
        anchor: exc::ts().anchor.replace(0),
        importing: IMPORTING.with(|c| c.replace(0)),
    }
}

/// Installs anchors taken by [`take_anchors`].
pub fn put_anchors(s: SavedAnchors) {
    exc::ts().anchor.set(s.anchor);
    IMPORTING.with(|c| c.set(s.importing));
}

/// Makes `addr` the innermost activation's anchor (in the thread state `ts`); returns the one
/// it replaces, for [`pop_anchor`].
#[inline(always)]
pub fn push_anchor(ts: &exc::ThreadState, addr: usize) -> usize {
    ts.anchor.replace(addr)
}

#[inline(always)]
pub fn pop_anchor(ts: &exc::ThreadState, outer: usize) {
    ts.anchor.set(outer);
}

/// Notes a release event; the check runs at the next statement boundary ([`release_pending`]).
#[inline]
pub fn note_release() {
    PENDING.with(|p| p.set(true));
}

/// Where the flag [`release_pending`] reads lives (a `bool`): compiled code tests it inline. The
/// runtime runs on one OS thread (green threads share it), so the address is fixed.
pub fn pending_flag_address() -> usize {
    PENDING.with(|p| p.as_ptr() as usize)
}

#[inline]
pub fn release_pending() -> bool {
    PENDING.with(|p| p.get())
}

/// At a statement boundary after a release event in code `unit` (address) at `line`: collects if
/// this site's backoff and the global budget allow, and runs the finalizers found due. Only the
/// interpreter loop calls it, between instructions (see the anchor comment inside).
#[cold]
#[inline(never)]
pub fn reclaim(unit: usize, line: u32) {
    PENDING.with(|p| p.set(false));
    if IMPORTING.with(|c| c.get()) > 0 || !gc::has_watched() {
        return;
    }
    let key = (unit, line);
    let go = PROMPT.with(|p| {
        let mut p = p.borrow_mut();
        let allowed = p.work < BASE_BUDGET + 4 * gc::stats().bytes_allocated;
        let b = p.sites.entry(key).or_insert(Backoff {
            skip: 0,
            interval: 1,
        });
        if always() {
            return true;
        }
        if b.skip > 0 {
            b.skip -= 1;
            return false;
        }
        allowed
    });
    if !go {
        return;
    }
    // The collection runs below this frame: zero the stack there first, so stale copies of
    // references left by returned calls cannot be picked up by later activations' scans.
    gc::scrub_stack();
    let before = gc::stats().watched_released;
    // Called by the interpreter loop between instructions, so its own native frame holds
    // nothing the frame objects do not (operands live in frame slots, traced precisely): the
    // stack is scanned from the innermost activation's anchor up, and stale copies of dead
    // references in the loop's spill slots and registers are not seen.
    match exc::ts().anchor.get() {
        0 => gc::collect_acyclic(),
        // SAFETY: the anchor is a live local of `run_frame`, above `execute`'s frame, holding
        // the registers its callers may keep references in (see `interp::run_frame`).
        anchor => unsafe { gc::collect_acyclic_above(anchor) },
    }
    let after = gc::stats();
    let productive = after.watched_released != before;
    PROMPT.with(|p| {
        let mut p = p.borrow_mut();
        p.work += after.live_bytes;
        if let Some(b) = p.sites.get_mut(&key) {
            b.interval = if productive {
                1
            } else {
                (b.interval * 2).min(MAX_INTERVAL)
            };
            b.skip = b.interval - 1;
        }
    });
    run_pending();
}
