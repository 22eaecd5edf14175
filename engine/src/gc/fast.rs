//! The allocation fast path: per-size-class free runs in thread-local cells, reached without
//! borrowing the heap.
//!
//! Input: small allocation requests (`gc::alloc` tries here first). Output: a zeroed slot whose
//! metadata word says "allocated, of this kind", or None (the caller then takes the heap's slow
//! path, which refills runs, collects when due, and counts).
//!
//! State (one [`FastState`] per thread, const-initialised `Cell`s, no destructor): for every size
//! class a *run* — the free slots `[cursor, limit)` of one block, all consecutive — with the
//! metadata word of the slot at `cursor` and the end of that block's metadata table; and
//! `remaining`, the bytes the fast path may hand out before the heap must look (threshold,
//! stress mode, collection in progress: the heap keeps it at 0 whenever every allocation must
//! come to it). An exhausted run moves on to the next run of free slots in the same block here
//! (`next_run`, scanning metadata words); a block with none left goes to the slow path.
//!
//! Invariants (kept by the heap, which owns the blocks): a run and its metadata pointers lie
//! inside a live block of that size class whose slots in `[cursor, limit)` are free; the heap
//! empties every run (`reset_runs`) before it frees or reuses blocks (every sweep, heap
//! teardown), so a run never outlives its block; the fast path calls nothing, so it never
//! interleaves with the heap's own use of these cells. Tier-1 code runs the same sequence
//! inline for ints and floats ([`inline_alloc`] gives it the cells' addresses), under the
//! same rules.

use super::block::{class_of, slot_size, NUM_CLASSES_POW2};
use super::{Kind, F_ALLOC, MAX_SMALL};
use std::cell::Cell;
use std::ptr::{self, NonNull};

/// The free slots `[cursor, limit)` of one block, and their metadata words from `meta` on.
/// `repr(C)`: compiled code reads and writes these fields by offset (see [`InlineAlloc`]).
#[repr(C)]
pub(crate) struct Run {
    cursor: Cell<usize>,
    limit: Cell<usize>,
    meta: Cell<*mut usize>,
    meta_end: Cell<*mut usize>,
}

impl Run {
    const EMPTY: Run = Run {
        cursor: Cell::new(0),
        limit: Cell::new(0),
        meta: Cell::new(ptr::null_mut()),
        meta_end: Cell::new(ptr::null_mut()),
    };
}

#[repr(C)]
pub(crate) struct FastState {
    remaining: Cell<usize>,
    runs: [Run; NUM_CLASSES_POW2],
}

thread_local! {
    static FAST: FastState = const {
        FastState {
            remaining: Cell::new(0),
            runs: [Run::EMPTY; NUM_CLASSES_POW2],
        }
    };
}

/// This thread's fast-path state. A plain pointer fetch (the closure is trivial, so `with`
/// inlines to a thread-pointer offset), so callers' work is not outlined into `LocalKey::with`.
#[inline(always)]
fn state() -> &'static FastState {
    let p: *const FastState = FAST.with(|f| f as *const FastState);
    // SAFETY: `FAST` has a const initialiser and no destructor, so its storage is valid for the
    // whole life of this thread; the reference never leaves the thread (FastState is !Sync).
    unsafe { &*p }
}

/// A zeroed slot for `size` bytes of `kind` from the size class's current run, or None (run
/// exhausted, or fewer than the slot's bytes `remaining`).
///
/// # Safety
/// As for `gc::alloc`.
#[inline(always)]
pub(crate) unsafe fn try_alloc(kind: &'static Kind, size: usize) -> Option<NonNull<u8>> {
    if size > MAX_SMALL {
        return None;
    }
    // SAFETY: our caller's contract.
    unsafe { take::<true>(state(), kind, size) }
}

/// As [`try_alloc`] for the heap's slow path, which counts the bytes itself (`size <=
/// MAX_SMALL`).
///
/// # Safety
/// As for `gc::alloc`.
pub(crate) unsafe fn try_alloc_unbudgeted(kind: &'static Kind, size: usize) -> Option<NonNull<u8>> {
    // SAFETY: our caller's contract.
    unsafe { take::<false>(state(), kind, size) }
}

/// The fast path proper; `BUDGET`: take the slot's bytes from `remaining` (fail if short).
///
/// # Safety
/// As for `gc::alloc`; `size <= MAX_SMALL`.
#[inline(always)]
unsafe fn take<const BUDGET: bool>(
    f: &FastState,
    kind: &'static Kind,
    size: usize,
) -> Option<NonNull<u8>> {
    let class = class_of(size);
    let slot = slot_size(class);
    let run = &f.runs[class % NUM_CLASSES_POW2];
    let mut p = run.cursor.get();
    if run.limit.get() - p < slot {
        if !next_run(run, slot) {
            return None;
        }
        p = run.cursor.get();
    }
    if BUDGET {
        let rem = f.remaining.get();
        if rem < slot {
            return None;
        }
        f.remaining.set(rem - slot);
    }
    run.cursor.set(p + slot);
    let m = run.meta.get();
    // SAFETY: the run invariant (module header): `p` is a free slot of `slot >= size` bytes in
    // a live block and `m` its metadata word; we hand both out now and advance past them.
    unsafe {
        m.write(kind as *const Kind as usize | F_ALLOC);
        run.meta.set(m.add(1));
        zero(p as *mut u8, size);
    }
    NonNull::new(p as *mut u8)
}

/// Moves an exhausted run to the next run of free slots in the same block; false if none.
#[cold]
#[inline(never)]
fn next_run(run: &Run, slot: usize) -> bool {
    let start = run.meta.get();
    if start.is_null() {
        return false;
    }
    // SAFETY: `[meta, meta_end)` are the metadata words of the block's slots from `limit` on
    // (run invariant); we only read them while no one writes them.
    let words = unsafe {
        std::slice::from_raw_parts(start, run.meta_end.get().offset_from(start) as usize)
    };
    let Some(first) = words.iter().position(|&w| w == 0) else {
        return false;
    };
    let len = words[first..]
        .iter()
        .position(|&w| w != 0)
        .unwrap_or(words.len() - first);
    let cursor = run.limit.get() + first * slot;
    run.cursor.set(cursor);
    run.limit.set(cursor + len * slot);
    // SAFETY: `first < words.len()`, inside the table.
    run.meta.set(unsafe { start.add(first) });
    true
}

/// Makes a block's slots the size class's runs: the slot at `base` has metadata word `meta`,
/// the table ends at `meta_end`; `all_free`: every slot is free (a new block: one run, no scan).
/// Returns false if the block has no free slot.
///
/// # Safety
/// The block must be live, of that class, and stay so until the next [`reset_runs`].
pub(crate) unsafe fn start_block(
    class: usize,
    base: usize,
    meta: *mut usize,
    meta_end: *mut usize,
    all_free: bool,
) -> bool {
    let run = &state().runs[class % NUM_CLASSES_POW2];
    let slot = slot_size(class);
    run.cursor.set(base);
    run.meta.set(meta);
    run.meta_end.set(meta_end);
    if all_free {
        // SAFETY: both point into (or one past) the same table.
        let n = unsafe { meta_end.offset_from(meta) } as usize;
        run.limit.set(base + n * slot);
        return n > 0;
    }
    run.limit.set(base);
    next_run(run, slot)
}

/// Forgets every run (before blocks are freed or their slots change state in a sweep).
pub(crate) fn reset_runs() {
    for r in &state().runs {
        r.cursor.set(0);
        r.limit.set(0);
        r.meta.set(ptr::null_mut());
        r.meta_end.set(ptr::null_mut());
    }
}

/// The bytes the fast path may still hand out.
pub(crate) fn remaining() -> usize {
    state().remaining.get()
}

pub(crate) fn set_remaining(n: usize) {
    state().remaining.set(n);
}

/// What tier 1 needs to allocate one small object inline, on this thread (its addresses stay
/// valid while the thread lives): the run of the object's size class, the budget (`usize`
/// words), and the metadata word that marks the slot allocated. The
/// inline sequence is [`take`]'s, for a size whose slot is exactly `size` bytes, every byte of
/// which the caller writes at once (so no zeroing):
///
/// ```text
/// p = run.cursor; if run.limit - p < size: slow path      (run is RUN_CURSOR, RUN_LIMIT, RUN_META)
/// if *remaining < size: slow path; *remaining -= size
/// run.cursor = p + size; *run.meta = meta; run.meta += 8
/// ```
///
/// The slow path is the ordinary allocation (`gc::alloc`), which refills the run or collects.
#[derive(Clone, Copy, Debug)]
pub struct InlineAlloc {
    pub run: usize,
    pub remaining: usize,
    pub meta: usize,
}

/// Word offsets of a run's fields (for [`InlineAlloc::run`]).
pub const RUN_CURSOR: u64 = (std::mem::offset_of!(Run, cursor) / 8) as u64;
pub const RUN_LIMIT: u64 = (std::mem::offset_of!(Run, limit) / 8) as u64;
pub const RUN_META: u64 = (std::mem::offset_of!(Run, meta) / 8) as u64;

/// [`InlineAlloc`] for objects of `kind` and exactly `size` bytes; None when `size` is not a
/// slot size of its own (the inline sequence would have to zero or round).
pub fn inline_alloc(kind: &'static Kind, size: usize) -> Option<InlineAlloc> {
    let class = class_of(size);
    if size > MAX_SMALL || slot_size(class) != size {
        return None;
    }
    let f = state();
    Some(InlineAlloc {
        run: &f.runs[class % NUM_CLASSES_POW2] as *const Run as usize,
        remaining: f.remaining.as_ptr() as usize,
        meta: kind as *const Kind as usize | F_ALLOC,
    })
}

/// Zeroes the first `size` bytes of a slot, rounded up to 16: one to four 16-byte stores for
/// the common sizes (a constant size folds to its arm), `write_bytes` beyond.
///
/// # Safety
/// `p` must be 16-byte aligned and valid for writes of `size` rounded up to 16 bytes.
#[inline(always)]
pub(crate) unsafe fn zero(p: *mut u8, size: usize) {
    let q = p as *mut u128;
    // SAFETY (all arms): the caller's contract. Explicit arms rather than a loop, which the
    // compiler would turn into a `memset` call.
    unsafe {
        match size.div_ceil(16) {
            0 => {}
            1 => q.write(0),
            2 => q.cast::<[u128; 2]>().write([0; 2]),
            3 => q.cast::<[u128; 3]>().write([0; 3]),
            4 => q.cast::<[u128; 4]>().write([0; 4]),
            n => ptr::write_bytes(p, 0, n * 16),
        }
    }
}
