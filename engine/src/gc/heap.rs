//! One GC heap: allocation, collection triggering, the collection itself (roots → mark →
//! weak refs → finalizers → sweep), and the root, finalizer and weak-reference tables.
//!
//! Input: allocation requests and root/finalizer/weak registrations from one mutator thread.
//! Output: memory for objects; after each collection, the objects found unreachable are freed,
//! except those queued for finalization (and what they reach) and weakref owners queued for
//! callbacks, which stay alive until the runtime pops them.
//! Invariants: the two queues (`pending_finalizers`, `pending_weak_callbacks`) are roots; the
//! `finalizable` and `weak` tables are not (they are the GC's own weak tables, pruned every
//! collection so they never hold a freed address); nothing else the heap holds is a root.

use super::block::{SmallSpace, MAX_SMALL};
use super::large::LargeSpace;
use super::mark::{scan_stack, Marker};
use super::{fast, AllocError, GcStats, Kind, F_FINALIZER};
use std::collections::VecDeque;
use std::ptr::NonNull;
use std::time::Instant;

/// Collections are triggered once this many bytes were allocated since the last one, at least.
/// (16 MiB rather than 8: a collection costs a mark of the live data plus a sweep of the heap,
/// and programs whose live data is a few MiB halve their collections for ~10 MiB of peak RSS.)
pub const DEFAULT_MIN_THRESHOLD: usize = 16 << 20;
/// ... or once the bytes allocated since the last collection exceed live bytes × this factor.
/// (1.5: a program with a big live heap re-marks it after 1.5× its size of allocation, so the
/// marking work per allocated byte is 2/3 of factor 1.0's, for a heap of ~2.5× live instead of
/// 2×.)
pub const DEFAULT_GROWTH_FACTOR: f64 = 1.5;

struct WeakEntry {
    slot: *mut *mut u8,
    owner: *mut u8,
    callback: bool,
}

type TraceFn = unsafe fn(*mut u8, &mut Marker);

pub struct Heap {
    small: SmallSpace,
    large: LargeSpace,
    mark_stack: Vec<(*mut u8, TraceFn)>,
    roots: Vec<*const *mut u8>,
    tracers: Vec<fn(&mut Marker)>,
    stack_base: usize,
    /// Stacks of suspended green threads (and of the main stack while a green thread runs):
    /// `(saved sp, top)`, scanned in full by every collection.
    parked: Vec<(usize, usize)>,
    finalizable: Vec<*mut u8>,
    pending_finalizers: VecDeque<*mut u8>,
    weak: Vec<WeakEntry>,
    pending_weak_callbacks: VecDeque<*mut u8>,
    enabled: bool,
    collecting: bool,
    stress_interval: u32,
    stress_countdown: u32,
    poison: bool,
    /// Bytes allocated since the last collection, except what the fast path handed out since
    /// the last [`Heap::take_fast_usage`] (`fast_granted - fast::remaining()`).
    bytes_since_gc: usize,
    min_threshold: usize,
    growth_factor: f64,
    threshold: usize,
    /// The allocation fast path is taken while `bytes_since_gc` stays within this: the
    /// threshold, 0 in stress mode (every allocation counts down), unlimited when disabled.
    fast_limit: usize,
    /// What `fast::remaining` was set to last (see `bytes_since_gc`).
    fast_granted: usize,
    stats: GcStats,
}

impl Heap {
    /// A heap whose stack base is the calling thread's stack top (when the C library tells us) and
    /// whose stress interval comes from `PYSTON_GC_STRESS`. One per thread (it owns the thread's
    /// fast-path state): only the thread-local instance in `gc/mod.rs` is created.
    pub(crate) fn new() -> Heap {
        let stress = super::env_stress_interval();
        let (min_threshold, growth_factor) = super::env_thresholds();
        Heap {
            small: SmallSpace::new(),
            large: LargeSpace::new(),
            mark_stack: Vec::new(),
            roots: Vec::new(),
            tracers: Vec::new(),
            stack_base: super::mark::current_stack_base().unwrap_or(0),
            parked: Vec::new(),
            finalizable: Vec::new(),
            pending_finalizers: VecDeque::new(),
            weak: Vec::new(),
            pending_weak_callbacks: VecDeque::new(),
            enabled: true,
            collecting: false,
            stress_interval: stress,
            stress_countdown: stress,
            poison: stress > 0 || cfg!(debug_assertions),
            bytes_since_gc: 0,
            min_threshold,
            growth_factor,
            threshold: min_threshold,
            fast_limit: if stress > 0 { 0 } else { min_threshold },
            fast_granted: 0,
            stats: GcStats::default(),
        }
    }

    pub fn set_stack_base(&mut self, base: usize) {
        self.stack_base = base;
    }

    pub fn stack_base(&self) -> usize {
        self.stack_base
    }

    /// Adds a suspended stack `[sp, top)` to scan (replacing one with the same top).
    pub fn park_stack(&mut self, sp: usize, top: usize) {
        self.parked.retain(|&(_, t)| t != top);
        self.parked.push((sp, top));
    }

    /// Forgets the suspended stack whose top is `top`; false if none was parked.
    pub fn unpark_stack(&mut self, top: usize) -> bool {
        let n = self.parked.len();
        self.parked.retain(|&(_, t)| t != top);
        self.parked.len() != n
    }

    pub fn set_enabled(&mut self, on: bool) {
        self.enabled = on;
        self.update_fast_limit();
    }

    pub fn is_enabled(&self) -> bool {
        self.enabled
    }

    pub fn set_stress_interval(&mut self, n: u32) {
        self.stress_interval = n;
        self.stress_countdown = n;
        if n > 0 {
            self.poison = true;
        }
        self.update_fast_limit();
    }

    pub fn set_thresholds(&mut self, min_bytes: usize, growth_factor: f64) {
        self.min_threshold = min_bytes;
        self.growth_factor = growth_factor;
        self.threshold = self.threshold.max(min_bytes);
        self.update_fast_limit();
    }

    pub fn stats(&self) -> GcStats {
        let mut s = self.stats;
        s.bytes_allocated += (self.fast_granted - fast::remaining()) as u64;
        s.heap_bytes = self.small.arena_bytes() + self.large.bytes();
        s
    }

    /// Folds what the fast path handed out since the last grant into the counters.
    fn take_fast_usage(&mut self) {
        let rem = fast::remaining();
        let used = self.fast_granted - rem;
        self.bytes_since_gc += used;
        self.stats.bytes_allocated += used as u64;
        self.fast_granted = rem;
    }

    /// Lets the fast path hand out what is left below `fast_limit` (nothing while collecting).
    /// Call after `take_fast_usage`.
    fn grant_fast(&mut self) {
        let g = if self.collecting {
            0
        } else {
            self.fast_limit.saturating_sub(self.bytes_since_gc)
        };
        fast::set_remaining(g);
        self.fast_granted = g;
    }

    /// Updates `fast_limit` after a change of `enabled`, the stress interval or the threshold.
    fn update_fast_limit(&mut self) {
        self.take_fast_usage();
        self.fast_limit = if self.stress_interval > 0 {
            0
        } else if self.enabled {
            self.threshold
        } else {
            usize::MAX
        };
        self.grant_fast();
    }

    /// The slow path of `gc::alloc` (the fast path in `fast.rs` failed): large objects, run
    /// refills, collection triggering and stress mode.
    pub fn alloc(&mut self, kind: &'static Kind, size: usize) -> Result<NonNull<u8>, AllocError> {
        let err = AllocError { size };
        if self.collecting {
            return Err(err);
        }
        self.take_fast_usage();
        let rounded = if size <= MAX_SMALL {
            self.small.rounded_size(size)
        } else {
            size
        };
        if self.enabled {
            let stress_due = self.stress_interval > 0 && {
                self.stress_countdown = self.stress_countdown.saturating_sub(1);
                self.stress_countdown == 0
            };
            if stress_due || self.bytes_since_gc.saturating_add(rounded) > self.threshold {
                self.collect();
            }
        }
        let p = match self.try_alloc(kind, size) {
            Some(p) => p,
            None => {
                // Out of memory: collect once and retry before giving up.
                self.collect();
                self.try_alloc(kind, size).ok_or(err)?
            }
        };
        self.bytes_since_gc += rounded;
        self.stats.bytes_allocated += rounded as u64;
        self.grant_fast();
        NonNull::new(p).ok_or(err)
    }

    /// Counts `bytes` of Rust-heap memory owned by a GC object (big-integer digits, table
    /// storage) toward the next collection, so garbage holding mostly such memory is found.
    pub fn add_external(&mut self, bytes: usize) {
        self.take_fast_usage();
        self.bytes_since_gc = self.bytes_since_gc.saturating_add(bytes);
        self.grant_fast();
    }

    fn try_alloc(&mut self, kind: &'static Kind, size: usize) -> Option<*mut u8> {
        if size <= MAX_SMALL {
            self.small.alloc(kind, size)
        } else {
            self.large.alloc(kind, size)
        }
    }

    pub fn add_root(&mut self, slot: *const *mut u8) {
        self.roots.push(slot);
    }

    pub fn remove_root(&mut self, slot: *const *mut u8) -> bool {
        match self.roots.iter().rposition(|&r| r == slot) {
            Some(i) => {
                self.roots.swap_remove(i);
                true
            }
            None => false,
        }
    }

    pub fn add_root_tracer(&mut self, f: fn(&mut Marker)) {
        self.tracers.push(f);
    }

    fn find_meta(&mut self, obj: *mut u8) -> Option<*mut usize> {
        let o = self
            .small
            .find(obj as usize)
            .or_else(|| self.large.find(obj as usize))?;
        (o.start == obj).then_some(o.meta)
    }

    /// Returns false when `obj` is not the start of an allocated object, or already registered.
    pub fn register_finalizer(&mut self, obj: *mut u8) -> bool {
        let Some(meta) = self.find_meta(obj) else {
            return false;
        };
        // SAFETY: `meta` points to the live metadata word of `obj`.
        let meta = unsafe { &mut *meta };
        if *meta & F_FINALIZER != 0 {
            return false;
        }
        *meta |= F_FINALIZER;
        self.finalizable.push(obj);
        true
    }

    pub fn pop_finalizable(&mut self) -> Option<NonNull<u8>> {
        self.pending_finalizers.pop_front().and_then(NonNull::new)
    }

    /// Whether any object has a registered finalizer or weak reference.
    pub fn has_watched(&self) -> bool {
        !self.finalizable.is_empty() || !self.weak.is_empty()
    }

    pub fn register_weak(&mut self, slot: *mut *mut u8, owner: *mut u8, callback: bool) {
        self.weak.push(WeakEntry {
            slot,
            owner,
            callback,
        });
    }

    pub fn unregister_weak(&mut self, slot: *mut *mut u8) {
        self.weak.retain(|e| e.slot != slot);
    }

    pub fn pop_weak_callback(&mut self) -> Option<NonNull<u8>> {
        self.pending_weak_callbacks
            .pop_front()
            .and_then(NonNull::new)
    }

    /// Whether `ptr` points into an allocated object; returns its start.
    pub fn object_start(&mut self, ptr: *const u8) -> Option<NonNull<u8>> {
        let a = ptr as usize;
        let o = self.small.find(a).or_else(|| self.large.find(a))?;
        NonNull::new(o.start)
    }

    pub fn kind_of(&mut self, ptr: *const u8) -> Option<&'static Kind> {
        let a = ptr as usize;
        let o = self.small.find(a).or_else(|| self.large.find(a))?;
        Some(o.kind())
    }

    /// Every allocated object's start and kind (a snapshot).
    pub fn objects(&mut self) -> Vec<(*mut u8, &'static Kind)> {
        let mut v = Vec::new();
        self.small
            .for_each_allocated(|o| v.push((o.start, o.kind())));
        self.large
            .for_each_allocated(|o| v.push((o.start, o.kind())));
        v
    }

    /// The objects `obj` references according to its kind's `trace` (object starts).
    pub fn referents(&mut self, obj: *mut u8) -> Vec<usize> {
        let mut out = Vec::new();
        if self.collecting {
            return out;
        }
        let mut m = Marker::new(&mut self.small, &mut self.large, &mut self.mark_stack);
        m.children_of(obj, &mut out);
        out
    }

    /// A full stop-the-world collection. Does nothing when called re-entrantly.
    pub fn collect(&mut self) {
        self.collect_mode(false, None)
    }

    /// A full collection scanning the native stack from `from` up only (no registers).
    pub fn collect_above(&mut self, from: usize) {
        self.collect_mode(false, Some(from))
    }

    /// A collection that frees only acyclic garbage (see `acyclic.rs`); with `scan_from`, the
    /// native stack is scanned from that address up only, and registers are not scanned.
    pub fn collect_acyclic(&mut self, scan_from: Option<usize>) {
        self.collect_mode(true, scan_from)
    }

    #[inline(never)]
    fn collect_mode(&mut self, acyclic: bool, scan_from: Option<usize>) {
        if self.collecting {
            return;
        }
        self.take_fast_usage();
        self.collecting = true;
        self.grant_fast();
        let t0 = Instant::now();
        let poison = self.poison;
        let Heap {
            small,
            large,
            mark_stack,
            roots,
            tracers,
            stack_base,
            parked,
            finalizable,
            pending_finalizers,
            weak,
            pending_weak_callbacks,
            ..
        } = self;
        let mut m = Marker::new(small, large, mark_stack);

        // 1. Roots.
        for &r in roots.iter() {
            // SAFETY: add_root's contract keeps registered slots readable until removed.
            m.mark(unsafe { *r });
        }
        for f in tracers.iter() {
            f(&mut m);
        }
        for &p in pending_finalizers
            .iter()
            .chain(pending_weak_callbacks.iter())
        {
            m.mark(p);
        }
        match scan_from {
            Some(from) if *stack_base > from => {
                // SAFETY: the caller of `collect_acyclic_above` vouches that [from, base) is live
                // stack of this thread holding every reference that matters below it.
                unsafe { m.mark_range(from as *const u8, *stack_base as *const u8) };
            }
            Some(_) => {}
            None if *stack_base != 0 => {
                // SAFETY: the stack base is this thread's stack top (or registered by the runtime
                // as above every frame that holds references); we are running below it.
                unsafe { scan_stack(&mut m, *stack_base) };
            }
            None => {}
        }
        for &(sp, top) in parked.iter() {
            if top > sp {
                // SAFETY: `park_stack`'s contract: [sp, top) is a suspended stack, mapped and
                // unchanged until it is unparked.
                unsafe { m.mark_range(sp as *const u8, top as *const u8) };
            }
        }
        m.drain();
        if acyclic {
            super::acyclic::keep_cyclic_garbage(&mut m);
            m.drain();
        }

        // 2. Weak slots whose target is not reachable from the roots are cleared now, before
        // finalizers resurrect anything (as CPython 2.7 clears weakrefs before calling __del__).
        // Their owners' memory is still intact: nothing has been freed yet.
        let mut cleared = vec![false; weak.len()];
        // The target each cleared slot held (callbacks are ordered by it below).
        let mut cleared_target = vec![0usize; weak.len()];
        let mut self_released = 0u64;
        for ((e, c), t) in weak
            .iter()
            .zip(cleared.iter_mut())
            .zip(cleared_target.iter_mut())
        {
            // SAFETY: an entry's slot lives in its owner (alive: unmarked owners are pruned below
            // in the same collection that frees them) or in memory registered as outliving it.
            let target = unsafe { *e.slot };
            if !target.is_null() && m.find(target as usize).is_some() && !m.is_marked(target) {
                // SAFETY: as above.
                unsafe { *e.slot = std::ptr::null_mut() };
                *c = true;
                *t = target as usize;
                self_released += 1;
            }
        }

        // 3. Finalizers: every registered object not reachable from the roots is queued and
        // resurrected with everything it reaches; its registration is consumed (runs once).
        let mut queued = Vec::new();
        finalizable.retain(|&obj| {
            if m.is_marked(obj) {
                return true;
            }
            queued.push(obj);
            false
        });
        self_released += queued.len() as u64;
        for &obj in &queued {
            if let Some(o) = m.find(obj as usize) {
                // SAFETY: live metadata of an allocated object.
                unsafe { *o.meta &= !F_FINALIZER };
            }
            m.mark(obj);
            pending_finalizers.push_back(obj);
        }
        m.drain();

        // 4. Weak entries: drop those whose owner dies now; queue callbacks of cleared ones.
        // Callbacks run as CPython runs them: referent by referent (in the order their first weak
        // reference was made), each referent's newest weak reference first.
        let mut callbacks: Vec<(usize, usize, *mut u8)> = Vec::new();
        let mut first_seen: std::collections::HashMap<usize, usize> = Default::default();
        let mut i = 0;
        weak.retain(|e| {
            let was_cleared = cleared[i];
            let target = cleared_target[i];
            i += 1;
            let owner_alive = e.owner.is_null() || m.is_marked(e.owner);
            if !owner_alive {
                return false;
            }
            if was_cleared && e.callback && !e.owner.is_null() {
                let n = first_seen.len();
                let rank = *first_seen.entry(target).or_insert(n);
                callbacks.push((rank, usize::MAX - i, e.owner));
            }
            // SAFETY: the owner is alive, so the slot is readable.
            !was_cleared && !unsafe { *e.slot }.is_null()
        });
        callbacks.sort_unstable_by_key(|&(rank, newest_first, _)| (rank, newest_first));
        pending_weak_callbacks.extend(callbacks.into_iter().map(|(_, _, owner)| owner));
        // Owners queued above are already marked (they were alive), so nothing more to trace.

        // 5. Sweep.
        let a = small.sweep(poison, self.threshold);
        let b = large.sweep(poison);
        let live_bytes = a.live_bytes + b.live_bytes;
        self.stats.collections += 1;
        self.stats.watched_released += self_released;
        self.stats.live_bytes = live_bytes as u64;
        self.stats.live_objects = (a.live_objects + b.live_objects) as u64;
        self.stats.objects_freed += (a.freed_objects + b.freed_objects) as u64;
        self.threshold = self
            .min_threshold
            .max((live_bytes as f64 * self.growth_factor) as usize);
        self.bytes_since_gc = 0;
        self.stress_countdown = self.stress_interval;
        let dt = t0.elapsed();
        self.stats.gc_time += dt;
        if super::env_verbose() {
            eprintln!(
                "gc #{}{}: {:.2} ms, live {} KiB in {} objects, freed {}, heap {} KiB, next after {} KiB",
                self.stats.collections,
                if acyclic { " (acyclic)" } else { "" },
                dt.as_secs_f64() * 1e3,
                live_bytes >> 10,
                self.stats.live_objects,
                a.freed_objects + b.freed_objects,
                (self.small.arena_bytes() + self.large.bytes()) >> 10,
                self.threshold >> 10,
            );
        }
        if !self.pending_finalizers.is_empty() || !self.pending_weak_callbacks.is_empty() {
            super::set_due();
        }
        self.collecting = false;
        self.update_fast_limit();
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        // Release every remaining object's Rust-heap payload; the spaces free the memory.
        // No allocation may use the fast path's runs or budget from now on.
        fast::set_remaining(0);
        fast::reset_runs();
        let release = |o: super::ObjRef| {
            if let Some(d) = o.kind().drop {
                // SAFETY: the object is allocated and the heap is going away; Kind::drop only
                // releases the object's own payload.
                unsafe { d(o.start) };
            }
        };
        self.small.for_each_allocated(release);
        self.large.for_each_allocated(release);
    }
}
