//! SIGINT → KeyboardInterrupt: the handler only sets a flag; the interpreter checks it at loop
//! backedges and calls (`check`), raising KeyboardInterrupt there.

use std::sync::atomic::{AtomicBool, Ordering};

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

/// Raises KeyboardInterrupt if SIGINT arrived since the last check; runs due finalizers.
#[inline]
pub fn check() -> PyResult<()> {
    if INTERRUPTED.swap(false, Ordering::Relaxed) {
        return Err(exc::raise_args(rt().exc.KeyboardInterrupt, &[]));
    }
    super::finalize::run_pending();
    Ok(())
}
