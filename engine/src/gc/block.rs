//! Small-object space: size classes, blocks and arenas.
//!
//! Input: allocation requests of at most [`MAX_SMALL`] bytes, addresses to identify, sweep passes.
//! Output: 16-byte aligned, zeroed slots that never move; for an address, the allocated object
//! containing it (interior pointers included).
//!
//! Layout: arenas of [`ARENA_SIZE`] bytes aligned to their size (so an address's arena base is one
//! mask away) are cut into [`BLOCK_SIZE`] blocks; a block in use holds slots of one size class. All
//! metadata lives outside the objects, in a Rust-heap [`Block`] per block in use: one flag byte per
//! slot (allocated / marked / finalizer registered), one `Option<&'static Kind>` per slot, and a stack
//! of free slot indices. Per object that is 9 bytes of side tables (plus up to 4 bytes of free-index
//! capacity), plus rounding up to the size class and the unused tail of the block.
//!
//! Invariants: `arenas` is sorted by base; every `Block` pointer in an arena table came from
//! `Box::into_raw` and is freed exactly once (in `sweep`, when the block empties, or in `Drop`);
//! `ClassState` pointers are rebuilt after every sweep, so they never outlive their block; slots at
//! index >= `bump` were never handed out and have flags 0.

use super::{Kind, ObjRef};
use std::alloc::{alloc, dealloc, Layout};
use std::ptr;

pub(crate) const ARENA_SIZE: usize = 1 << 20;
/// Empty arenas kept mapped after a sweep beyond those the next cycle will fill (4 MiB).
const SPARE_ARENAS: usize = 4;
/// At most this many empty arenas are kept, whatever the collection threshold.
const MAX_SPARE_ARENAS: usize = 64;
pub(crate) const BLOCK_SIZE: usize = 16 << 10;
const BLOCKS_PER_ARENA: usize = ARENA_SIZE / BLOCK_SIZE;
const GRANULE: usize = 16;
/// Largest request served by size classes; anything bigger is a large object.
pub const MAX_SMALL: usize = 8192;

/// Slot sizes: multiples of 16, spaced so that rounding wastes at most ~25%; the big ones are
/// chosen to fill a 16 KiB block (16384/6 → 2720, /5 → 3264, /3 → 5456).
const SIZE_CLASSES: [usize; 29] = [
    16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 640, 768, 896, 1024,
    1280, 1536, 1792, 2048, 2720, 3264, 4096, 5456, 8192,
];

pub(crate) const F_ALLOC: u8 = 1;
pub(crate) const F_MARK: u8 = 2;
pub(crate) const F_FINALIZER: u8 = 4;

pub(crate) struct Block {
    base: usize,
    obj_size: usize,
    nslots: usize,
    /// Slots below `bump` have been handed out at least once.
    bump: usize,
    free: Vec<u32>,
    flags: Box<[u8]>,
    kinds: Box<[Option<&'static Kind>]>,
    live: usize,
}

impl Block {
    fn new(base: usize, class: usize) -> Block {
        let obj_size = SIZE_CLASSES[class];
        let nslots = BLOCK_SIZE / obj_size;
        Block {
            base,
            obj_size,
            nslots,
            bump: 0,
            free: Vec::new(),
            flags: vec![0; nslots].into_boxed_slice(),
            kinds: vec![None; nslots].into_boxed_slice(),
            live: 0,
        }
    }

    #[inline]
    fn take_slot(&mut self) -> Option<usize> {
        if let Some(s) = self.free.pop() {
            return Some(s as usize);
        }
        if self.bump < self.nslots {
            self.bump += 1;
            return Some(self.bump - 1);
        }
        None
    }

    fn has_room(&self) -> bool {
        !self.free.is_empty() || self.bump < self.nslots
    }

    fn obj(&mut self, slot: usize) -> ObjRef {
        ObjRef {
            start: (self.base + slot * self.obj_size) as *mut u8,
            flags: &mut self.flags[slot],
            kind: self.kinds[slot].unwrap_or(&super::NO_KIND),
            size: self.obj_size,
        }
    }
}

struct Arena {
    base: usize,
    blocks: [*mut Block; BLOCKS_PER_ARENA],
    used: usize,
}

#[derive(Default)]
struct ClassState {
    current: Option<*mut Block>,
    partial: Vec<*mut Block>,
}

pub(crate) struct SmallSpace {
    arenas: Vec<Arena>,
    /// Base addresses of blocks not in use, in arenas we hold.
    free_blocks: Vec<usize>,
    classes: Vec<ClassState>,
    class_of_granules: [u8; MAX_SMALL / GRANULE + 1],
    lo: usize,
    hi: usize,
}

/// What one sweep found.
#[derive(Default, Clone, Copy)]
pub(crate) struct SweepCounts {
    pub live_bytes: usize,
    pub live_objects: usize,
    pub freed_objects: usize,
}

fn arena_layout() -> Layout {
    // Both are non-zero powers of two, so this cannot fail.
    Layout::from_size_align(ARENA_SIZE, ARENA_SIZE).unwrap_or(Layout::new::<u8>())
}

impl SmallSpace {
    pub fn new() -> SmallSpace {
        let mut class_of_granules = [0u8; MAX_SMALL / GRANULE + 1];
        let mut c = 0;
        for (g, slot) in class_of_granules.iter_mut().enumerate() {
            while SIZE_CLASSES[c] < g * GRANULE {
                c += 1;
            }
            *slot = c as u8;
        }
        SmallSpace {
            arenas: Vec::new(),
            free_blocks: Vec::new(),
            classes: SIZE_CLASSES.iter().map(|_| ClassState::default()).collect(),
            class_of_granules,
            lo: usize::MAX,
            hi: 0,
        }
    }

    pub fn arena_bytes(&self) -> usize {
        self.arenas.len() * ARENA_SIZE
    }

    /// The slot size `size` is rounded up to (size <= MAX_SMALL).
    pub fn rounded_size(&self, size: usize) -> usize {
        SIZE_CLASSES[self.class_of_granules[size.div_ceil(GRANULE)] as usize]
    }

    /// The size class of a request of `size` (<= MAX_SMALL) bytes.
    #[inline]
    pub fn class_of(&self, size: usize) -> usize {
        self.class_of_granules[size.div_ceil(GRANULE)] as usize
    }

    /// The slot size of size class `class`.
    #[inline]
    pub fn class_size(&self, class: usize) -> usize {
        SIZE_CLASSES[class]
    }

    /// A zeroed slot of size class `class` from the class's current block, if it has room.
    #[inline]
    pub fn alloc_from_current(&mut self, kind: &'static Kind, class: usize) -> Option<*mut u8> {
        let b = self.classes[class].current?;
        // SAFETY: as in `alloc`.
        let b = unsafe { &mut *b };
        let slot = b.take_slot()?;
        // SAFETY: `take_slot` returns indices below `nslots`, the length of both tables.
        unsafe {
            *b.flags.get_unchecked_mut(slot) = F_ALLOC;
            *b.kinds.get_unchecked_mut(slot) = Some(kind);
        }
        b.live += 1;
        let p = (b.base + slot * b.obj_size) as *mut u8;
        // SAFETY: as in `alloc`.
        unsafe { zero(p, b.obj_size) };
        Some(p)
    }

    /// A zeroed slot for `size` (<= MAX_SMALL) bytes, or None when no memory can be had.
    #[inline]
    pub fn alloc(&mut self, kind: &'static Kind, size: usize) -> Option<*mut u8> {
        let class = self.class_of_granules[size.div_ceil(GRANULE)] as usize;
        loop {
            let cs = &mut self.classes[class];
            if let Some(b) = cs.current {
                // SAFETY: `current` points to a live Block owned by an arena table (rebuilt after
                // every sweep, the only place blocks are freed); no other reference to it is live.
                let b = unsafe { &mut *b };
                if let Some(slot) = b.take_slot() {
                    b.flags[slot] = F_ALLOC;
                    b.kinds[slot] = Some(kind);
                    b.live += 1;
                    let p = (b.base + slot * b.obj_size) as *mut u8;
                    // SAFETY: the slot lies inside the block, inside an arena we own, and is not in
                    // use by any object (it was free or never handed out).
                    unsafe { zero(p, b.obj_size) };
                    return Some(p);
                }
                cs.current = None;
            }
            if let Some(b) = cs.partial.pop() {
                cs.current = Some(b);
                continue;
            }
            let b = self.new_block(class)?;
            self.classes[class].current = Some(b);
        }
    }

    fn new_block(&mut self, class: usize) -> Option<*mut Block> {
        if self.free_blocks.is_empty() {
            self.new_arena()?;
        }
        let base = self.free_blocks.pop()?;
        let ai = self.arena_index(base)?;
        let arena = &mut self.arenas[ai];
        let bi = (base - arena.base) / BLOCK_SIZE;
        let b = Box::into_raw(Box::new(Block::new(base, class)));
        arena.blocks[bi] = b;
        arena.used += 1;
        Some(b)
    }

    fn new_arena(&mut self) -> Option<()> {
        // SAFETY: the layout has non-zero size.
        let base = unsafe { alloc(arena_layout()) } as usize;
        if base == 0 {
            return None;
        }
        let arena = Arena {
            base,
            blocks: [ptr::null_mut(); BLOCKS_PER_ARENA],
            used: 0,
        };
        let at = self.arenas.partition_point(|a| a.base < base);
        self.arenas.insert(at, arena);
        // Hand out low blocks first.
        for i in (0..BLOCKS_PER_ARENA).rev() {
            self.free_blocks.push(base + i * BLOCK_SIZE);
        }
        self.lo = self.lo.min(base);
        self.hi = self.hi.max(base + ARENA_SIZE);
        Some(())
    }

    fn arena_index(&self, addr: usize) -> Option<usize> {
        let base = addr & !(ARENA_SIZE - 1);
        self.arenas.binary_search_by_key(&base, |a| a.base).ok()
    }

    /// The allocated object whose slot contains `addr`.
    #[inline]
    pub fn find(&mut self, addr: usize) -> Option<ObjRef> {
        if addr < self.lo || addr >= self.hi {
            return None;
        }
        let ai = self.arena_index(addr)?;
        let arena = &self.arenas[ai];
        let b = arena.blocks[(addr - arena.base) / BLOCK_SIZE];
        if b.is_null() {
            return None;
        }
        // SAFETY: non-null block pointers in an arena table are live Boxes owned by the table.
        let b = unsafe { &mut *b };
        let slot = (addr - b.base) / b.obj_size;
        if slot >= b.nslots || b.flags[slot] & F_ALLOC == 0 {
            return None;
        }
        Some(b.obj(slot))
    }

    /// Frees every allocated, unmarked object (its kind's `drop` first, then poisoning if asked)
    /// and clears the marks of the others. Empty blocks go back to the free pool; empty arenas
    /// beyond `SPARE_ARENAS` spares are released.
    /// `next_cycle_bytes`: what the mutator may allocate before the next collection; that many
    /// empty arenas (plus a few) stay mapped, so a loop making garbage does not return memory
    /// to the kernel only to fault it back in.
    pub fn sweep(&mut self, poison: bool, next_cycle_bytes: usize) -> SweepCounts {
        let mut counts = SweepCounts::default();
        for arena in &mut self.arenas {
            for bp in arena.blocks.iter_mut() {
                if bp.is_null() {
                    continue;
                }
                // SAFETY: as in `find`; we hold the only reference.
                let b = unsafe { &mut **bp };
                b.free.clear();
                for slot in (0..b.bump).rev() {
                    let f = b.flags[slot];
                    if f & F_MARK != 0 {
                        b.flags[slot] = f & !F_MARK;
                        counts.live_objects += 1;
                        counts.live_bytes += b.obj_size;
                        continue;
                    }
                    if f & F_ALLOC != 0 {
                        let p = (b.base + slot * b.obj_size) as *mut u8;
                        if let Some(drop) = b.kinds[slot].and_then(|k| k.drop) {
                            // SAFETY: the object is allocated and unreachable; `drop`'s contract
                            // (Kind docs) is to release its own Rust-heap payload only.
                            unsafe { drop(p) };
                        }
                        if poison {
                            // SAFETY: the slot lies inside the block and is no longer in use.
                            unsafe { ptr::write_bytes(p, super::POISON, b.obj_size) };
                        }
                        b.flags[slot] = 0;
                        b.kinds[slot] = None;
                        b.live -= 1;
                        counts.freed_objects += 1;
                    }
                    b.free.push(slot as u32);
                }
                if b.live == 0 {
                    // SAFETY: the pointer came from Box::into_raw and is nulled right after, so it
                    // is freed once; the class states holding it are rebuilt below.
                    drop(unsafe { Box::from_raw(*bp) });
                    *bp = ptr::null_mut();
                    arena.used -= 1;
                }
            }
        }
        let spare = (next_cycle_bytes / ARENA_SIZE + SPARE_ARENAS).min(MAX_SPARE_ARENAS);
        self.rebuild_free_lists(spare);
        counts
    }

    fn rebuild_free_lists(&mut self, max_spares: usize) {
        for cs in &mut self.classes {
            cs.current = None;
            cs.partial.clear();
        }
        // Release empty arenas beyond a few spares: a loop making garbage refills them at once,
        // and re-mapping fresh arenas costs page faults and the kernel's zeroing.
        let mut spares = 0;
        self.arenas.retain(|a| {
            if a.used > 0 {
                return true;
            }
            if spares < max_spares {
                spares += 1;
                return true;
            }
            // SAFETY: the arena was allocated with this layout and holds no blocks in use.
            unsafe { dealloc(a.base as *mut u8, arena_layout()) };
            false
        });
        self.free_blocks.clear();
        self.lo = usize::MAX;
        self.hi = 0;
        for a in self.arenas.iter().rev() {
            self.lo = self.lo.min(a.base);
            self.hi = self.hi.max(a.base + ARENA_SIZE);
            for (i, &b) in a.blocks.iter().enumerate().rev() {
                if b.is_null() {
                    self.free_blocks.push(a.base + i * BLOCK_SIZE);
                    continue;
                }
                // SAFETY: live block owned by the table.
                let blk = unsafe { &*b };
                if blk.has_room() {
                    let class = self.class_of_granules[blk.obj_size / GRANULE] as usize;
                    self.classes[class].partial.push(b);
                }
            }
        }
    }

    /// Calls `f` on every allocated object (used at heap teardown).
    pub fn for_each_allocated(&mut self, mut f: impl FnMut(ObjRef)) {
        for arena in &self.arenas {
            for &bp in &arena.blocks {
                if bp.is_null() {
                    continue;
                }
                // SAFETY: live block owned by the table.
                let b = unsafe { &mut *bp };
                for slot in 0..b.bump {
                    if b.flags[slot] & F_ALLOC != 0 {
                        f(b.obj(slot));
                    }
                }
            }
        }
    }
}

impl Drop for SmallSpace {
    fn drop(&mut self) {
        for a in &self.arenas {
            for &b in &a.blocks {
                if !b.is_null() {
                    // SAFETY: each live block pointer is freed exactly once, here.
                    drop(unsafe { Box::from_raw(b) });
                }
            }
            // SAFETY: allocated in `new_arena` with this layout.
            unsafe { dealloc(a.base as *mut u8, arena_layout()) };
        }
    }
}

/// Zeroes a slot: small ones (most objects) with word stores, larger ones with `write_bytes`.
///
/// # Safety
/// `p` must be valid for writes of `size` bytes, 16-byte aligned, `size` a multiple of 16.
#[inline(always)]
unsafe fn zero(p: *mut u8, size: usize) {
    // Constant sizes let the compiler emit plain stores instead of a `memset` call.
    // SAFETY (all arms): the caller's contract.
    unsafe {
        match size {
            16 => ptr::write_bytes(p, 0, 16),
            32 => ptr::write_bytes(p, 0, 32),
            48 => ptr::write_bytes(p, 0, 48),
            64 => ptr::write_bytes(p, 0, 64),
            _ => ptr::write_bytes(p, 0, size),
        }
    }
}
