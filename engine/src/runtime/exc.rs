//! Exceptions: the per-thread pending exception and handled exception (`sys.exc_info()`), the
//! builtin exception classes, and the helpers runtime code raises with.
//!
//! In: `raise_*` calls from anywhere in the runtime. Out: `Raised` markers, with the exception
//! (type, value, traceback) pending in the thread state until a handler fetches it.
//!
//! Invariants: the thread state is a GC root (`trace_thread_state`, called by the runtime's root
//! tracer). The pending exception is always normalised: `value` is an instance of `ty` (new-style
//! exceptions) or an old-style instance whose class is `ty`. Helpers that build messages never
//! fail: if allocating the exception fails, MemoryError (preallocated) is pending instead.

use std::cell::{Cell, RefCell};

use super::object::{Obj, PyResult, Raised};
use super::rt::rt;
use super::types::{str as pystr, tuple};
use crate::gc;

/// An exception being raised or handled: `(type, value, traceback or None)`.
#[derive(Clone, Copy, Debug)]
pub struct ExcState {
    pub ty: Obj,
    pub value: Obj,
    pub tb: Option<Obj>,
}

/// The per-thread state every Python call touches. It holds only `Cell`s of plain values (no
/// destructor), so a `TS.with` compiles to one thread-pointer-relative access, with no lazy
/// initialisation or destructor registration behind it: calls read and write several fields.
pub struct ThreadState {
    /// The exception being propagated.
    pub pending: Cell<Option<ExcState>>,
    /// The exception being handled (`sys.exc_info()`).
    pub handled: Cell<Option<ExcState>>,
    /// The innermost executing frame.
    pub frame: Cell<Option<Obj>>,
    pub depth: Cell<u32>,
    pub limit: Cell<u32>,
    /// The running stack's lowest usable address, 0 unknown (`stack.rs` keeps it).
    pub stack_low: Cell<usize>,
    /// The innermost interpreter activation's anchor, 0 none (`finalize.rs` keeps it).
    pub anchor: Cell<usize>,
}

thread_local! {
    pub static TS: ThreadState = const { ThreadState {
        pending: Cell::new(None),
        handled: Cell::new(None),
        frame: Cell::new(None),
        depth: Cell::new(0),
        limit: Cell::new(1000),
        stack_low: Cell::new(0),
        anchor: Cell::new(0),
    } };
    /// Extra roots held while native code runs (e.g. the `sys` module's stdout during print):
    /// part of the thread state, kept apart from `TS` because it has a destructor.
    static SCRATCH: RefCell<Vec<Obj>> = const { RefCell::new(Vec::new()) };
}

/// The running thread's state, reached with one thread-local access: a Python call takes it
/// once and works on its fields.
#[inline(always)]
pub fn ts() -> &'static ThreadState {
    // SAFETY: `TS` has no destructor, so its storage lives as long as the thread; the reference
    // cannot leave the thread (`ThreadState` holds `Cell`s: `&ThreadState` is not `Send`).
    TS.with(|t| unsafe { &*(t as *const ThreadState) })
}

/// A suspended green thread's part of the thread state (see `modules/thread.rs`): moved out of
/// `TS` when the thread switches away, moved back when it runs again. The recursion limit is
/// interpreter-wide and stays.
#[derive(Default)]
pub struct SavedThreadState {
    pending: Option<ExcState>,
    handled: Option<ExcState>,
    frame: Option<Obj>,
    depth: u32,
    scratch: Vec<Obj>,
}

/// Moves the running thread's state out, leaving `TS` empty (a fresh thread's state).
pub fn take_thread_state() -> SavedThreadState {
    TS.with(|ts| SavedThreadState {
        pending: ts.pending.take(),
        handled: ts.handled.take(),
        frame: ts.frame.take(),
        depth: ts.depth.replace(0),
        scratch: SCRATCH.with(|s| std::mem::take(&mut *s.borrow_mut())),
    })
}

/// Installs a state taken by [`take_thread_state`] (or a default one for a new thread).
pub fn put_thread_state(s: SavedThreadState) {
    TS.with(|ts| {
        ts.pending.set(s.pending);
        ts.handled.set(s.handled);
        ts.frame.set(s.frame);
        ts.depth.set(s.depth);
    });
    SCRATCH.with(|sc| {
        *sc.borrow_mut() = s.scratch;
    })
}

/// Marks the references of a saved state (the owner's root tracer calls it).
pub fn trace_saved_state(m: &mut gc::Marker, s: &SavedThreadState) {
    mark_state(m, s.pending);
    mark_state(m, s.handled);
    if let Some(f) = s.frame {
        m.mark(f.as_ptr());
    }
    for o in s.scratch.iter() {
        m.mark(o.as_ptr());
    }
}

fn mark_state(m: &mut gc::Marker, s: Option<ExcState>) {
    if let Some(s) = s {
        m.mark(s.ty.as_ptr());
        m.mark(s.value.as_ptr());
        if let Some(tb) = s.tb {
            m.mark(tb.as_ptr());
        }
    }
}

pub(super) fn trace_thread_state(m: &mut gc::Marker) {
    let _ = TS.try_with(|ts| {
        mark_state(m, ts.pending.get());
        mark_state(m, ts.handled.get());
        if let Some(f) = ts.frame.get() {
            m.mark(f.as_ptr());
        }
    });
    let _ = SCRATCH.try_with(|sc| {
        if let Ok(s) = sc.try_borrow() {
            for o in s.iter() {
                m.mark(o.as_ptr());
            }
        }
    });
}

pub fn set_pending(s: ExcState) -> Raised {
    TS.with(|ts| ts.pending.set(Some(s)));
    Raised
}

/// Takes the pending exception (there must be one after an `Err(Raised)`).
pub fn take_pending() -> ExcState {
    TS.with(|ts| ts.pending.take())
        .unwrap_or_else(|| panic!("no pending exception after Err(Raised)"))
}

pub fn peek_pending() -> Option<ExcState> {
    TS.with(|ts| ts.pending.get())
}

pub fn clear_pending() {
    TS.with(|ts| ts.pending.set(None));
}

pub fn handled() -> Option<ExcState> {
    TS.with(|ts| ts.handled.get())
}

pub fn set_handled(s: Option<ExcState>) {
    TS.with(|ts| ts.handled.set(s));
}

/// Whether the pending exception is an instance of the class `cls`.
pub fn pending_is(cls: Obj) -> bool {
    match peek_pending() {
        Some(s) => class_matches(s.ty, cls),
        None => false,
    }
}

/// `except cls:` matching for an exception class `ty` (new or old-style).
pub fn class_matches(ty: Obj, cls: Obj) -> bool {
    super::types::classobj::issubclass_any(ty, cls)
}

/// Raises a new instance of `ty` with `args`.
pub fn raise_args(ty: Obj, args: &[Obj]) -> Raised {
    match new_exception(ty, args) {
        Ok(v) => {
            // As CPython's `PyErr_SetObject`: the runtime raised it from values.
            super::types::exception::mark_native(v);
            set_pending(ExcState {
                ty,
                value: v,
                tb: None,
            })
        }
        Err(r) => r,
    }
}

/// Raises `ty(msg)`.
pub fn raise_msg(ty: Obj, msg: &str) -> Raised {
    let s = match pystr::new(msg.as_bytes()) {
        Ok(s) => s,
        Err(r) => return r,
    };
    match new_exception(ty, &[s]) {
        Ok(v) => {
            super::types::exception::mark_native(v);
            set_pending(ExcState {
                ty,
                value: v,
                tb: None,
            })
        }
        Err(r) => r,
    }
}

/// Creates a builtin-layout exception instance of `ty` with `args` (no `__init__` call).
pub fn new_exception(ty: Obj, args: &[Obj]) -> PyResult<Obj> {
    let t = tuple::new(args)?;
    let o = super::types::exception::new_instance(ty, t)?;
    super::types::exception::exc_init(o, args, None)?;
    Ok(o)
}

macro_rules! exc_fns {
    ($($fname:ident => $field:ident),* $(,)?) => {
        $(
            pub fn $fname(msg: &str) -> Raised {
                raise_msg(rt().exc.$field, msg)
            }
        )*
    };
}

exc_fns!(
    type_error => TypeError,
    value_error => ValueError,
    attribute_error => AttributeError,
    index_error => IndexError,
    name_error => NameError,
    zero_division => ZeroDivisionError,
    overflow_error => OverflowError,
    runtime_error => RuntimeError,
    import_error => ImportError,
    system_error => SystemError,
    not_implemented_error => NotImplementedError,
    unbound_local => UnboundLocalError,
    assertion_error => AssertionError,
    io_error => IOError,
    eof_error => EOFError,
    lookup_error => LookupError,
    unicode_error => UnicodeError,
    reference_error => ReferenceError,
);

/// KeyError(key): the key itself is the argument.
pub fn key_error(key: Obj) -> Raised {
    let r = raise_args(rt().exc.KeyError, &[key]);
    if let Some(p) = peek_pending() {
        super::types::exception::mark_native_tuple(p.value);
    }
    r
}

/// `StopIteration` with no value.
pub fn stop_iteration() -> Raised {
    raise_args(rt().exc.StopIteration, &[])
}

/// MemoryError (the preallocated instance; never allocates).
pub fn memory_error() -> Raised {
    if !super::rt::is_initialised() {
        // Allocation failed during init: an engine bug or a hopeless machine.
        eprintln!("Fatal Python error: out of memory during initialisation");
        std::process::exit(1);
    }
    let r = rt();
    set_pending(ExcState {
        ty: r.exc.MemoryError,
        value: r.memory_error,
        tb: None,
    })
}

/// OSError/IOError from an `std::io::Error`: `[Errno N] strerror: 'filename'`.
pub fn os_error(ty: Obj, e: &std::io::Error, filename: Option<Obj>) -> Raised {
    let errno = e.raw_os_error().unwrap_or(0);
    let msg = super::modules::errno::strerror(errno);
    let res = (|| -> PyResult<Raised> {
        let n = super::types::int::new(errno as i64)?;
        let m = pystr::new(msg.as_bytes())?;
        let v = match filename {
            Some(f) => super::call::call(ty, &[n, m, f], None)?,
            None => super::call::call(ty, &[n, m], None)?,
        };
        Ok(set_pending(ExcState {
            ty,
            value: v,
            tb: None,
        }))
    })();
    match res {
        Ok(r) | Err(r) => r,
    }
}

/// Formats a Python-visible message for a pending `Result` error from a `FormatError`-like
/// helper: the numeric and string libraries return (exception name, message) pairs.
pub fn raise_named(name: &str, msg: &str) -> Raised {
    let ty = match super::types::dict::get_str(rt().exceptions, name) {
        Some(t) => t,
        None => rt().exc.SystemError,
    };
    raise_msg(ty, msg)
}

/// Recursion depth accounting for Python calls: RuntimeError past the limit.
#[inline]
pub fn enter_call() -> PyResult<()> {
    enter_recursive("")
}

/// `Py_EnterRecursiveCall(where)`: the depth check of `enter_call`, whose RuntimeError message
/// ends with `where` (CPython's " while getting the repr of an object", " in cmp", ...).
#[inline]
pub fn enter_recursive(where_: &str) -> PyResult<()> {
    if deeper(ts()) {
        Ok(())
    } else {
        Err(recursion_error(where_))
    }
}

/// Enters an activation of frame `fr` (`interp`'s activations) in the thread state `ts`: the
/// recursion check of `enter_call`, then `fr` becomes the innermost frame. Returns the caller's
/// frame, for [`leave_frame`].
#[inline(always)]
pub fn enter_frame(ts: &ThreadState, fr: Obj) -> PyResult<Option<Obj>> {
    if !deeper(ts) {
        return Err(recursion_error(""));
    }
    Ok(ts.frame.replace(Some(fr)))
}

/// One level deeper in `ts`'s recursion depth, unless that passes the recursion limit or
/// leaves less than `stack::RESERVE` of the stack: then false, and the depth is unchanged.
#[inline(always)]
fn deeper(ts: &ThreadState) -> bool {
    let d = ts.depth.get() + 1;
    if d > ts.limit.get()
        || super::stack::remaining_above(ts.stack_low.get()) < super::stack::RESERVE
    {
        return false;
    }
    ts.depth.set(d);
    true
}

/// Leaves an activation entered by [`enter_frame`]: `caller` is the innermost frame again, and
/// `handled`, when given, the exception being handled.
#[inline(always)]
pub fn leave_frame(ts: &ThreadState, caller: Option<Obj>, handled: Option<Option<ExcState>>) {
    ts.depth.set(ts.depth.get().saturating_sub(1));
    ts.frame.set(caller);
    if let Some(h) = handled {
        ts.handled.set(h);
    }
}

#[cold]
#[inline(never)]
fn recursion_error(where_: &str) -> Raised {
    runtime_error(&format!("maximum recursion depth exceeded{where_}"))
}

/// Whether one more `Py_EnterRecursiveCall` level fits under the recursion limit: what
/// `enter_recursive` + `leave_call` around an operation that cannot recurse (a native
/// comparison of two strs) amounts to, in CPython's terms (no native stack check needed).
#[inline]
pub fn below_recursion_limit() -> bool {
    TS.with(|ts| ts.depth.get() < ts.limit.get())
}

/// How many more nested `enter_recursive` calls would succeed now (0 when the native stack
/// is low). Native fast paths that stand for several nested checks (tuple comparison) test
/// this once instead.
#[inline]
pub fn recursion_headroom() -> u32 {
    if super::stack::remaining() < super::stack::RESERVE {
        return 0;
    }
    TS.with(|ts| ts.limit.get().saturating_sub(ts.depth.get()))
}

#[inline]
pub fn leave_call() {
    TS.with(|ts| ts.depth.set(ts.depth.get().saturating_sub(1)));
}

pub fn recursion_limit() -> u32 {
    TS.with(|ts| ts.limit.get())
}

pub fn set_recursion_limit(n: u32) {
    TS.with(|ts| ts.limit.set(n));
}

pub fn current_frame() -> Option<Obj> {
    TS.with(|ts| ts.frame.get())
}

pub fn set_current_frame(f: Option<Obj>) {
    TS.with(|ts| ts.frame.set(f));
}

/// `Ok(Some(v))` for a result, `Ok(None)` when it raised AttributeError (cleared), other errors
/// as they are: optional attribute lookups (`getattr(o, name, None)` in C).
pub fn none_if_attribute_error(r: PyResult<Obj>) -> PyResult<Option<Obj>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(e) => {
            if pending_is(rt().exc.AttributeError) {
                clear_pending();
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}
