//! Native stack accounting: how much stack the running thread has left.
//!
//! Python calls, repr, comparisons and other recursive operations check `remaining()` (through
//! `exc::enter_call`) so that deep recursion raises RuntimeError instead of overflowing the
//! native stack, whatever `sys.setrecursionlimit` says. The main program runs on a thread with
//! a large stack (`MAIN_STACK_SIZE`, reserved lazily by the OS) so that a limit of 100000 is
//! usable. Green threads (`modules/thread.rs`) run on their own stacks and switch the low bound
//! with `set_low`, so the same RESERVE check protects them.

/// Stack kept free below the deepest Python frame for native work (errors, printing, GC).
pub const RESERVE: usize = 256 << 10;

/// Stack size of the thread `pyston` runs Python on.
pub const MAIN_STACK_SIZE: usize = 4 << 30;

// The low bound lives in the thread state (`exc::ThreadState::stack_low`), which a call reaches
// once for its recursion check and frame chain.

/// Records this thread's stack extent (lowest usable address). Unknown: no native check.
pub fn init_thread() {
    let low = crate::gc::stack_bounds().map(|(lo, _)| lo).unwrap_or(0);
    set_low(low);
}

/// The running stack's lowest usable address (0: unknown).
pub fn low() -> usize {
    super::exc::ts().stack_low.get()
}

/// Switches the accounting to another stack (a green thread's, see `modules/thread.rs`).
pub fn set_low(low: usize) {
    super::exc::ts().stack_low.set(low);
}

/// Bytes of stack left below the current frame (usize::MAX when unknown).
#[inline]
pub fn remaining() -> usize {
    remaining_above(low())
}

/// Bytes of stack left below the current frame when `low` is the stack's low bound (0: unknown,
/// usize::MAX is returned).
#[inline(always)]
pub fn remaining_above(low: usize) -> usize {
    let marker = 0u8;
    let sp = &marker as *const u8 as usize;
    if low == 0 {
        usize::MAX
    } else {
        sp.saturating_sub(low)
    }
}
