//! Native stack accounting: how much stack the running thread has left.
//!
//! Python calls, repr, comparisons and other recursive operations check `remaining()` (through
//! `exc::enter_call`) so that deep recursion raises RuntimeError instead of overflowing the
//! native stack, whatever `sys.setrecursionlimit` says. The main program runs on a thread with
//! a large stack (`MAIN_STACK_SIZE`, reserved lazily by the OS) so that a limit of 100000 is
//! usable. Green threads (`modules/thread.rs`) run on their own stacks and switch `LOW` with
//! `set_low`, so the same RESERVE check protects them.

use std::cell::Cell;

/// Stack kept free below the deepest Python frame for native work (errors, printing, GC).
pub const RESERVE: usize = 256 << 10;

/// Stack size of the thread `pyston` runs Python on.
pub const MAIN_STACK_SIZE: usize = 4 << 30;

thread_local! {
    static LOW: Cell<usize> = const { Cell::new(0) };
}

/// Records this thread's stack extent (lowest usable address). Unknown: no native check.
pub fn init_thread() {
    let low = crate::gc::stack_bounds().map(|(lo, _)| lo).unwrap_or(0);
    LOW.with(|l| l.set(low));
}

/// The running stack's lowest usable address (0: unknown).
pub fn low() -> usize {
    LOW.with(|l| l.get())
}

/// Switches the accounting to another stack (a green thread's, see `modules/thread.rs`).
pub fn set_low(low: usize) {
    LOW.with(|l| l.set(low));
}

/// Bytes of stack left below the current frame (usize::MAX when unknown).
#[inline]
pub fn remaining() -> usize {
    let marker = 0u8;
    let sp = &marker as *const u8 as usize;
    let low = LOW.with(|l| l.get());
    if low == 0 {
        usize::MAX
    } else {
        sp.saturating_sub(low)
    }
}
