//! The garbage collector: a conservative, non-moving, stop-the-world mark-sweep heap.
//!
//! **Input**: allocation requests `alloc(kind, size)`; roots (the mutator's native stack and
//! callee-saved registers, scanned conservatively; registered root slots; root-tracer callbacks).
//! **Output**: zeroed, 16-byte aligned object memory that never moves; after each collection, every
//! object unreachable from the roots is freed (its `Kind::drop` called first).
//!
//! # Object contract
//! Every allocation is an object whose first word belongs to the runtime (its class pointer); the
//! GC never reads it. The GC's per-object metadata lives outside the object: a `&'static Kind`
//! (layout descriptor: name, `trace`, `drop`) and a flag byte (allocated / marked / finalizer
//! registered). Kinds are per layout ("instance", "list storage", "long"), not per Python class.
//!
//! # Memory layout and overhead
//! * Small objects (≤ [`MAX_SMALL`] = 8 KiB): 29 size classes (16, 32, 48 … 8192 bytes), slots
//!   carved from 16 KiB blocks of 1 MiB arenas aligned to 1 MiB. Side table per block (Rust heap):
//!   one metadata word per slot — 0 when free, else the `&'static Kind` with the allocated /
//!   marked / finalizer flags in its three low bits (kinds are 8-aligned) — i.e. 8 bytes per
//!   object, plus size-class rounding (≤ 25%, 16 bytes minimum) and block tail waste.
//! * Fast path (`fast.rs`, no heap borrow): thread-local cells hold each size class's current run
//!   of free slots and the bytes allowed before the heap must look; an allocation bumps the run's
//!   cursor, writes the slot's metadata word and zeroes the requested bytes (rounded to 16).
//!   Everything else — run refills from the next block, collection triggering, stress mode,
//!   large objects — is the slow path under the heap's borrow.
//! * Large objects: one `alloc_zeroed` each, tracked in a `BTreeMap` keyed by start (~40 bytes).
//! * Pointer identification: a bounds check, the arena by a two-level radix map of arena numbers,
//!   the block by the arena's table, the slot by a multiplication and the allocated flag; large
//!   objects by an ordered-map lookup. Any address inside an object counts (interior pointers).
//!
//! # Collection
//! Triggered inside `alloc` when the bytes allocated since the last collection would exceed
//! `max(min threshold = 16 MiB, live bytes after the last collection × 1.5)`, so the heap follows
//! the live data (≈ 2.5× live at most) and a garbage loop runs in flat memory; or every N allocations
//! in stress mode; or by [`collect`]. [`set_enabled`]`(false)` stops automatic collections only.
//! Phases: mark from roots (explicit mark stack, no native recursion) → clear weak slots whose
//! targets are unmarked → queue unreachable finalizable objects and mark from them → prune the
//! weak table, queue weakref callbacks → sweep (drop, poison, free; empty blocks to the pool, empty
//! arenas beyond four spares released).
//!
//! # The GC rule and the GC's own structures
//! A reference held in Rust heap memory keeps nothing alive. The GC's Rust-heap tables obey it:
//! block metadata and the large-object map describe objects, they are not references; the mark
//! stack exists only during a collection; the `finalizable` list and the weak table are the GC's
//! own weak tables, pruned in the collection that frees their objects. The only Rust-heap lists
//! that ARE roots are the two hand-over queues (finalizers, weakref callbacks): the GC marks them
//! itself until the runtime pops an entry, and a popped pointer is held on the popper's stack.
//!
//! # Finalizer (`__del__`) policy
//! [`register_finalizer`]`(obj)` once per object. When a collection finds registered objects
//! unreachable from the roots, all of them (in registration order) are queued together, and they
//! plus everything they reach survive this collection. The registration is consumed: a finalizer
//! runs at most once; afterwards the object is collected normally when unreachable (also if the
//! finalizer resurrected it and it dies later). Cycles among finalizable objects are all queued, in
//! no particular order relative to each other (unlike CPython's `gc.garbage`). The runtime drains
//! the queue with [`pop_finalizable`] after allocation points where it can run Python code.
//!
//! # Weak references
//! [`register_weak`]`(slot, owner, callback)`: `slot` is a word inside the weakref object `owner`
//! (the owner's `trace` must NOT report it). After marking from the roots and before finalizers
//! resurrect anything, a slot whose target is unmarked is set to null; if `callback` and the owner
//! survives, the owner is queued for [`pop_weak_callback`]. Entries whose owner dies are dropped.
//!
//! # Threads
//! The heap is one per OS thread (a thread-local instance behind the free functions below); that is
//! the one-mutator design (a GIL) and keeps `cargo test` threads apart. Its stack base is found at
//! first use (glibc `pthread_getattr_np`) or set by [`register_thread`]. Python threads are green
//! threads on one OS thread (the runtime's `thread` module): each runs on its own native stack,
//! and the heap's stack base follows the running one ([`set_stack_base`]); a thread switching
//! away registers its stack from its saved stack pointer (below a [`save_registers`] copy of its
//! callee-saved registers) to its top with [`park_stack`], and every collection, prompt-release
//! ones included, scans all parked stacks in full besides the running one.

//! # Stress mode
//! `PYSTON_GC_STRESS=N` (read once per process) collects every N allocations; freed memory is
//! poisoned with 0xDB in stress mode and in debug builds. Tests use [`set_stress_interval`].
//!
//! `PYSTON_GC_THRESHOLDS=MIN_MIB,FACTOR` replaces the trigger's defaults (for measuring).
//! `PYSTON_GC_VERBOSE` (any value) prints one line per collection to stderr: its duration, the
//! live data after it, the heap size and the allocation allowed before the next one.
//!
//! # Conservative scanning and tests
//! A stale copy of a pointer in a live stack frame (padding, a dead spill slot) keeps its object
//! alive. Tests that check an object is *freed* allocate it in an `#[inline(never)]` function and
//! zero a large stack buffer before collecting (see `tests.rs`); tests that check survival are
//! reliable by construction.

#![warn(unsafe_op_in_unsafe_fn)]

mod acyclic;
mod block;
mod fast;
mod heap;
mod large;
mod mark;
mod pages;
#[cfg(test)]
mod tests;

pub use block::MAX_SMALL;
pub use fast::{inline_alloc, InlineAlloc, RUN_CURSOR, RUN_LIMIT, RUN_META};
pub use heap::{Heap, DEFAULT_GROWTH_FACTOR, DEFAULT_MIN_THRESHOLD};
pub use mark::{save_registers, Marker};
pub use pages::tune_process_malloc;

use std::cell::RefCell;
use std::fmt;
use std::ptr::NonNull;
use std::sync::OnceLock;
use std::time::Duration;

/// Layout descriptor shared by all objects of one layout.
pub struct Kind {
    pub name: &'static str,
    /// Reports every outgoing reference with `m.mark(ptr)` (null allowed). Must not allocate in
    /// the GC heap. May read objects it references (they are not freed during marking) and may
    /// clear its own reference fields it chooses not to report (frames clear dead temporaries).
    pub trace: Option<unsafe fn(obj: *mut u8, m: &mut Marker)>,
    /// Releases the object's Rust-heap payload when it is swept. Must not read other GC objects
    /// (they may be freed in the same sweep) and must not allocate.
    pub drop: Option<unsafe fn(obj: *mut u8)>,
}

/// Placeholder kind for slots whose kind is unset (never traced).
pub(crate) static NO_KIND: Kind = Kind {
    name: "free",
    trace: None,
    drop: None,
};

pub(crate) const POISON: u8 = 0xDB;

// The metadata word of an object: its kind's address with these flags in the low bits.
pub(crate) const F_ALLOC: usize = 1;
pub(crate) const F_MARK: usize = 2;
pub(crate) const F_FINALIZER: usize = 4;
const F_FLAGS: usize = F_ALLOC | F_MARK | F_FINALIZER;
const _: () = assert!(std::mem::align_of::<Kind>() > F_FLAGS);

/// The kind a metadata word names (`NO_KIND` for a free slot's 0).
#[inline(always)]
pub(crate) fn meta_kind(meta: usize) -> &'static Kind {
    let k = (meta & !F_FLAGS) as *const Kind;
    if k.is_null() {
        return &NO_KIND;
    }
    // SAFETY: a non-zero metadata word is a `&'static Kind` plus flags (set by the allocators).
    unsafe { &*k }
}

/// One allocated object found by address, with a pointer to its metadata word.
pub(crate) struct ObjRef {
    pub start: *mut u8,
    pub meta: *mut usize,
    #[allow(dead_code)]
    pub size: usize,
}

impl ObjRef {
    #[inline(always)]
    pub fn kind(&self) -> &'static Kind {
        // SAFETY: `meta` points to the live metadata word of an allocated object.
        meta_kind(unsafe { *self.meta })
    }
}

/// A request the heap cannot satisfy; the runtime raises MemoryError.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AllocError {
    pub size: usize,
}

impl fmt::Display for AllocError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "cannot allocate {} bytes", self.size)
    }
}

impl std::error::Error for AllocError {}

/// Counters for `--stats`.
#[derive(Debug, Clone, Copy, Default)]
pub struct GcStats {
    pub collections: u64,
    /// Total bytes handed out (after size-class rounding) since the heap was created.
    pub bytes_allocated: u64,
    pub objects_freed: u64,
    /// Bytes and objects that survived the last collection.
    pub live_bytes: u64,
    pub live_objects: u64,
    /// Memory the heap holds now: arenas plus large objects.
    pub heap_bytes: usize,
    pub gc_time: Duration,
    /// Registered finalizers queued plus weak slots cleared, over all collections ("watched"
    /// objects found dead: what the runtime's prompt-release heuristic counts as progress).
    pub watched_released: u64,
}

fn env_stress_interval() -> u32 {
    static STRESS: OnceLock<u32> = OnceLock::new();
    *STRESS.get_or_init(|| {
        std::env::var("PYSTON_GC_STRESS")
            .ok()
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0)
    })
}

/// The collection trigger's (minimum bytes, growth factor): the defaults, or
/// `PYSTON_GC_THRESHOLDS=MIN_MIB,FACTOR` (read once; for measuring policies).
fn env_thresholds() -> (usize, f64) {
    static T: OnceLock<(usize, f64)> = OnceLock::new();
    *T.get_or_init(|| {
        let parsed = std::env::var("PYSTON_GC_THRESHOLDS").ok().and_then(|v| {
            let (a, b) = v.split_once(',')?;
            let mib: usize = a.trim().parse().ok()?;
            let f: f64 = b.trim().parse().ok()?;
            (mib > 0 && f.is_finite() && f >= 0.0).then_some((mib << 20, f))
        });
        parsed.unwrap_or((DEFAULT_MIN_THRESHOLD, DEFAULT_GROWTH_FACTOR))
    })
}

/// `PYSTON_GC_VERBOSE` set (read once): every collection prints one line to stderr.
fn env_verbose() -> bool {
    static VERBOSE: OnceLock<bool> = OnceLock::new();
    *VERBOSE.get_or_init(|| std::env::var_os("PYSTON_GC_VERBOSE").is_some())
}

thread_local! {
    static HEAP: RefCell<Heap> = RefCell::new(Heap::new());
    static WATCH_EPOCH: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    static DUE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether a collection queued finalizers or weakref callbacks not yet popped (a cheap check for
/// the runtime's safe points; cleared by [`clear_due`] once the queues are drained).
#[inline]
pub fn finalizers_due() -> bool {
    DUE.with(|c| c.get())
}

/// The address of this thread's finalizers-due flag (a `bool` byte), read by tier 1's inline
/// backedge check; valid while the thread lives.
pub fn finalizers_due_address() -> usize {
    DUE.with(|c| c.as_ptr() as usize)
}

/// Called by the runtime after popping until both queues were empty.
pub fn clear_due() {
    DUE.with(|c| c.set(false));
}

pub(crate) fn set_due() {
    DUE.with(|c| c.set(true));
}

/// A counter bumped by every [`register_finalizer`] and [`register_weak`]: the runtime compares
/// it around a call to learn whether the call created objects whose death is observable.
#[inline]
pub fn watch_epoch() -> u64 {
    WATCH_EPOCH.with(|c| c.get())
}

fn bump_watch_epoch() {
    WATCH_EPOCH.with(|c| c.set(c.get() + 1));
}

/// Whether any object has a registered finalizer or weak reference (whose death is observable).
pub fn has_watched() -> bool {
    with_heap(|h| h.has_watched()).unwrap_or(false)
}

/// Zeroes a window of the native stack below the caller's frame, so stale copies of references
/// left there by returned calls are not found by the conservative scan of later, deeper frames
/// (padding and unwritten spill slots of the collector's own frames, for instance).
#[inline(never)]
pub fn scrub_stack() {
    let mut buf = std::mem::MaybeUninit::<[usize; 2048]>::uninit();
    // SAFETY: zeroes a local array (one memset); `black_box` keeps the stores from being
    // optimised away as dead.
    unsafe { std::ptr::write_bytes(buf.as_mut_ptr(), 0, 1) };
    std::hint::black_box(buf.as_ptr());
}

/// Runs `f` on this thread's heap; None when the heap is busy (re-entrant call from a trace or drop
/// function) or already torn down (thread exit).
fn with_heap<R>(f: impl FnOnce(&mut Heap) -> R) -> Option<R> {
    HEAP.try_with(|h| h.try_borrow_mut().ok().map(|mut h| f(&mut h)))
        .ok()
        .flatten()
}

/// Allocates a zeroed, 16-byte aligned object of `size` bytes described by `kind`. May collect
/// first. Fails (never aborts) when the size cannot be satisfied.
///
/// # Safety
/// Every reference the caller keeps to live objects must be visible to the GC (stack, registers,
/// registered roots, traced fields) across this call; `kind.trace` must accept the all-zero object.
#[inline(always)]
pub unsafe fn alloc(kind: &'static Kind, size: usize) -> Result<NonNull<u8>, AllocError> {
    // SAFETY: our caller's contract.
    if let Some(p) = unsafe { fast::try_alloc(kind, size) } {
        return Ok(p);
    }
    alloc_slow(kind, size)
}

#[inline(never)]
fn alloc_slow(kind: &'static Kind, size: usize) -> Result<NonNull<u8>, AllocError> {
    with_heap(|h| h.alloc(kind, size)).unwrap_or(Err(AllocError { size }))
}

/// Counts `bytes` of Rust-heap payload just attached to a GC object toward the collection
/// trigger (the payload is freed by the object's `Kind::drop` when it is swept).
pub fn add_external(bytes: usize) {
    with_heap(|h| h.add_external(bytes));
}

/// Runs a full collection now (even when automatic collection is disabled).
pub fn collect() {
    with_heap(|h| h.collect());
}

/// A collection that frees only what reference counting would have freed: unreachable objects
/// not on or reachable from a cycle of unreachable objects (see `acyclic.rs`).
pub fn collect_acyclic() {
    with_heap(|h| h.collect_acyclic(None));
}

/// [`collect_acyclic`], scanning the native stack only from `from` upward and no registers: the
/// frames below `from` are known to hold no reference that is not also reachable otherwise (the
/// runtime's interpreter loop at a statement boundary, whose caller saved its registers above
/// `from` with [`save_registers`]). Stale copies of dead references in those frames then no
/// longer keep objects alive.
///
/// # Safety
/// `from` must be an address of this thread's stack at or below every frame whose references
/// matter, and registers holding such references must be saved at or above `from`.
pub unsafe fn collect_acyclic_above(from: usize) {
    with_heap(|h| h.collect_acyclic(Some(from)));
}

/// A full collection scanning the native stack from `from` up only, as
/// [`collect_acyclic_above`] does.
///
/// # Safety
/// As for [`collect_acyclic_above`].
pub unsafe fn collect_above(from: usize) {
    with_heap(|h| h.collect_above(from));
}

/// Turns automatic collections on or off (`gc.enable()` / `gc.disable()`).
pub fn set_enabled(on: bool) {
    with_heap(|h| h.set_enabled(on));
}

pub fn is_enabled() -> bool {
    with_heap(|h| h.is_enabled()).unwrap_or(false)
}

pub fn stats() -> GcStats {
    with_heap(|h| h.stats()).unwrap_or_default()
}

/// Collect every `n` allocations (0: off) and poison freed memory; overrides `PYSTON_GC_STRESS`.
pub fn set_stress_interval(n: u32) {
    with_heap(|h| h.set_stress_interval(n));
}

/// Collection trigger: bytes allocated since the last collection > max(min_bytes, live × factor).
pub fn set_thresholds(min_bytes: usize, growth_factor: f64) {
    with_heap(|h| h.set_thresholds(min_bytes, growth_factor));
}

/// Registers the calling thread as the mutator whose stack `[sp, stack_base)` is scanned.
///
/// # Safety
/// `stack_base` must be at or above every frame of this thread that holds references, and the
/// memory between the stack pointer and it must stay mapped while the heap is used.
pub unsafe fn register_thread(stack_base: *const u8) {
    with_heap(|h| h.set_stack_base(stack_base as usize));
}

/// The top of the stack being scanned as the running one.
pub fn stack_base() -> usize {
    with_heap(|h| h.stack_base()).unwrap_or(0)
}

/// Makes `[sp, stack_base)` the running stack (a green-thread switch).
///
/// # Safety
/// As for [`register_thread`]; the caller runs on that stack from now on.
pub unsafe fn set_stack_base(stack_base: usize) {
    with_heap(|h| h.set_stack_base(stack_base));
}

/// Registers a suspended stack `[sp, top)` (replacing one parked with the same `top`): every
/// collection scans it conservatively until [`unpark_stack`]`(top)`.
///
/// # Safety
/// The range must stay mapped and readable until unparked; `sp` must be at or below every word
/// of that stack holding a reference (spilled callee-saved registers included).
pub unsafe fn park_stack(sp: usize, top: usize) {
    with_heap(|h| h.park_stack(sp, top));
}

/// Forgets the parked stack whose top is `top` (it runs again, or is gone); false if none.
pub fn unpark_stack(top: usize) -> bool {
    with_heap(|h| h.unpark_stack(top)).unwrap_or(false)
}

/// Registers a root slot: the object `*slot` points into is kept alive.
///
/// # Safety
/// `slot` must stay valid for reads until `remove_root(slot)`.
pub unsafe fn add_root(slot: *const *mut u8) {
    with_heap(|h| h.add_root(slot));
}

/// Removes one registration of `slot`; false if it was not registered.
///
/// # Safety
/// None beyond what `add_root` required; unsafe for symmetry with it.
pub unsafe fn remove_root(slot: *const *mut u8) -> bool {
    with_heap(|h| h.remove_root(slot)).unwrap_or(false)
}

/// Registers a callback that marks extra roots (module dicts, interned strings…) each collection.
pub fn add_root_tracer(f: fn(&mut Marker)) {
    with_heap(|h| h.add_root_tracer(f));
}

/// Asks for `obj` to be queued (once) when found unreachable; see the finalizer policy above.
/// Returns false if `obj` is not an object start or is already registered.
///
/// # Safety
/// `obj` must be a pointer the caller holds (any value is checked, none is dereferenced).
pub unsafe fn register_finalizer(obj: *mut u8) -> bool {
    bump_watch_epoch();
    with_heap(|h| h.register_finalizer(obj)).unwrap_or(false)
}

/// The next object whose finalizer is due; the GC stops keeping it alive once popped.
pub fn pop_finalizable() -> Option<NonNull<u8>> {
    with_heap(|h| h.pop_finalizable()).flatten()
}

/// Registers a weak slot inside `owner` (null owner: a slot outside the heap, never queued).
///
/// # Safety
/// `slot` must stay valid for reads and writes as long as `owner` lives (or, with a null owner,
/// until `unregister_weak`), and must hold null or a pointer to an object start.
pub unsafe fn register_weak(slot: *mut *mut u8, owner: *mut u8, callback: bool) {
    bump_watch_epoch();
    with_heap(|h| h.register_weak(slot, owner, callback));
}

/// Forgets a weak slot (e.g. a weakref object cleared by hand).
pub fn unregister_weak(slot: *mut *mut u8) {
    with_heap(|h| h.unregister_weak(slot));
}

/// The next weakref owner whose target died; the GC stops keeping it alive once popped.
pub fn pop_weak_callback() -> Option<NonNull<u8>> {
    with_heap(|h| h.pop_weak_callback()).flatten()
}

/// Every allocated object (start, kind), for heap walks such as `gc.get_objects()`. The pointers
/// are a snapshot in the Rust heap: they keep nothing alive.
pub fn objects() -> Vec<(*mut u8, &'static Kind)> {
    with_heap(|h| h.objects()).unwrap_or_default()
}

/// The object starts `obj` references, as its kind's `trace` reports them.
///
/// # Safety
/// `obj` must be the start of an allocated object.
pub unsafe fn referents(obj: *mut u8) -> Vec<usize> {
    with_heap(|h| h.referents(obj)).unwrap_or_default()
}

/// The calling thread's stack block `[low, high)`, if the C library tells.
pub fn stack_bounds() -> Option<(usize, usize)> {
    mark::thread_stack_extent()
}

/// The start of the allocated object `ptr` points into, if any.
pub fn object_start(ptr: *const u8) -> Option<NonNull<u8>> {
    with_heap(|h| h.object_start(ptr)).flatten()
}

/// The kind of the allocated object `ptr` points into, if any.
pub fn kind_of(ptr: *const u8) -> Option<&'static Kind> {
    with_heap(|h| h.kind_of(ptr)).flatten()
}
