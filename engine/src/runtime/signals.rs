//! SIGINT → KeyboardInterrupt: the handler only sets a flag; the interpreter checks it at loop
//! backedges and calls (`check`), raising KeyboardInterrupt there.
//!
//! Ticks: every backedge and Python call counts one (`tick`); every `sys.setcheckinterval()`
//! ticks (100 by default, as CPython) the running green thread offers the CPU to the others
//! (`modules::thread::preempt`). The counter is a process-wide relaxed atomic (a plain load,
//! decrement, compare and store); the switch itself consults the thread's own scheduler.

use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};

use super::exc;
use super::object::PyResult;
use super::rt::rt;

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_sig: i32) {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

/// Installs the SIGINT handler (Linux/glibc `signal`).
pub fn install() {
    extern "C" {
        fn signal(sig: i32, handler: extern "C" fn(i32)) -> usize;
    }
    const SIGINT: i32 = 2;
    // SAFETY: `on_sigint` only stores to an atomic, which is async-signal-safe.
    unsafe { signal(SIGINT, on_sigint) };
}

static TICKS_LEFT: AtomicI32 = AtomicI32::new(100);

/// The address of the tick counter (an `i32`; tier 1's inline backedge counts it down while it
/// stays above 1 and nothing else is due, see `check`).
pub fn ticks_address() -> usize {
    TICKS_LEFT.as_ptr() as usize
}

/// The address of the SIGINT flag (a byte; nonzero: raise KeyboardInterrupt at the next check).
pub fn interrupted_address() -> usize {
    INTERRUPTED.as_ptr() as usize
}
static INTERVAL: AtomicI32 = AtomicI32::new(100);

/// Counts one tick; every `check_interval()` ticks, lets another green thread run.
#[inline]
pub fn tick() {
    let t = TICKS_LEFT.load(Ordering::Relaxed) - 1;
    if t > 0 {
        TICKS_LEFT.store(t, Ordering::Relaxed);
    } else {
        tick_slow();
    }
}

#[cold]
#[inline(never)]
fn tick_slow() {
    TICKS_LEFT.store(INTERVAL.load(Ordering::Relaxed), Ordering::Relaxed);
    super::modules::thread::preempt();
}

/// `sys.setcheckinterval(n)` (values below 1 switch at every tick).
pub fn set_check_interval(n: i64) {
    let n = n.clamp(1, i32::MAX as i64) as i32;
    INTERVAL.store(n, Ordering::Relaxed);
    TICKS_LEFT.store(n, Ordering::Relaxed);
}

/// `sys.getcheckinterval()`: the last value set (100 by default).
pub fn check_interval() -> i64 {
    STORED_INTERVAL.load(Ordering::Relaxed) as i64
}

static STORED_INTERVAL: AtomicI32 = AtomicI32::new(100);

/// Records the value `sys.setcheckinterval` was given (what `getcheckinterval` returns).
pub fn store_check_interval(n: i64) {
    STORED_INTERVAL.store(
        n.clamp(i32::MIN as i64, i32::MAX as i64) as i32,
        Ordering::Relaxed,
    );
    set_check_interval(n);
}

/// Raises KeyboardInterrupt if SIGINT arrived since the last check; runs due finalizers.
#[inline]
pub fn check() -> PyResult<()> {
    if INTERRUPTED.load(Ordering::Relaxed) && INTERRUPTED.swap(false, Ordering::Relaxed) {
        return Err(exc::raise_args(rt().exc.KeyboardInterrupt, &[]));
    }
    tick();
    super::finalize::run_pending();
    Ok(())
}
