//! Small-object space: size classes, blocks and arenas.
//!
//! Input: allocation requests of at most [`MAX_SMALL`] bytes (run refills from the slow path),
//! addresses to identify, sweep passes.
//! Output: 16-byte aligned slots that never move (the fast path zeroes them); for an address,
//! the allocated object containing it (interior pointers included).
//!
//! Layout: arenas of [`ARENA_SIZE`] bytes aligned to their size (from `gc::pages`) are cut into
//! [`BLOCK_SIZE`] blocks; a block in use holds slots of one size class. All metadata lives outside the objects,
//! in a Rust-heap [`Block`] per block in use: one metadata word per slot (`gc::meta`: 0 when free,
//! else the kind pointer with the allocated / marked / finalizer flags in its low bits), i.e. 8
//! bytes per object, plus rounding up to the size class and the unused tail of the block.
//! Free slots are not listed anywhere: the fast path allocates from *runs* of consecutive free
//! slots found by scanning metadata words (`fast.rs`), so a sweep only clears the words of dead
//! objects and counts.
//!
//! Identification is O(1): a two-level radix map from an address's arena number (bits 20 and up)
//! to its `Arena`, whose inline table gives the block's (bits 14–19) metadata table, reciprocal
//! and slot size (no pointer chase to the `Block`); the slot is one multiplication by the
//! reciprocal away, and its metadata word says whether it is allocated. Each metadata table has
//! one spare always-zero word, so an address in a block's tail needs no bounds check.
//!
//! Invariants: every `Block` pointer in an arena table came from `Box::into_raw` and is freed
//! exactly once (in `sweep`, when the block empties, or in `Drop`); every arena we hold is in the
//! radix map and nothing else is; the fast path's runs are reset at the start of every sweep, so
//! they never outlive their block; `Block::live` is exact right after a sweep only.

use super::{fast, meta_kind, ObjRef, F_ALLOC, F_MARK};
use std::alloc::{alloc_zeroed, dealloc, Layout};
use std::ptr;

pub(crate) const ARENA_SIZE: usize = 1 << 20;
const ARENA_BITS: u32 = 20;
/// Empty arenas kept mapped after a sweep beyond those the next cycle will fill (4 MiB).
const SPARE_ARENAS: usize = 4;
/// At most this many empty arenas are kept, whatever the collection threshold.
const MAX_SPARE_ARENAS: usize = 64;
pub(crate) const BLOCK_SIZE: usize = 16 << 10;
const BLOCK_BITS: u32 = 14;
const BLOCKS_PER_ARENA: usize = ARENA_SIZE / BLOCK_SIZE;
const GRANULE: usize = 16;
/// Largest request served by size classes; anything bigger is a large object.
pub const MAX_SMALL: usize = 8192;

const NUM_CLASSES: usize = 29;
/// Tables indexed by size class have this many entries (a power of two, so `class % N` needs no
/// bounds check).
pub(crate) const NUM_CLASSES_POW2: usize = NUM_CLASSES.next_power_of_two();

/// Slot sizes: multiples of 16, spaced so that rounding wastes at most ~25%; the big ones are
/// chosen to fill a 16 KiB block (16384/6 → 2720, /5 → 3264, /3 → 5456). Padded with the
/// largest class up to `NUM_CLASSES_POW2` entries.
static SIZE_CLASSES: [usize; NUM_CLASSES_POW2] = {
    // (`class_of`/`slot_size` compute the first eight arithmetically: keep them 16, 32, … 128.)
    const REAL: [usize; NUM_CLASSES] = [
        16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 640, 768, 896,
        1024, 1280, 1536, 1792, 2048, 2720, 3264, 4096, 5456, 8192,
    ];
    let mut t = [MAX_SMALL; NUM_CLASSES_POW2];
    let mut i = 0;
    while i < NUM_CLASSES {
        t[i] = REAL[i];
        i += 1;
    }
    t
};

/// The size class of a request of `g` granules (16 bytes), for every `g <= MAX_SMALL / 16`.
/// A static table, so a constant request size folds to a constant class.
static CLASS_OF_GRANULES: [u8; MAX_SMALL / GRANULE + 1] = {
    let mut t = [0u8; MAX_SMALL / GRANULE + 1];
    let mut c = 0;
    let mut g = 0;
    while g < t.len() {
        while SIZE_CLASSES[c] < g * GRANULE {
            c += 1;
        }
        t[g] = c as u8;
        g += 1;
    }
    t
};

/// Requests up to this size have class `granules - 1` (the classes up to 128 are 16, 32, … 128).
const LINEAR_CLASSES_MAX: usize = 128;

/// The size class of a request of `size` (<= MAX_SMALL) bytes.
#[inline(always)]
pub(crate) fn class_of(size: usize) -> usize {
    if size <= LINEAR_CLASSES_MAX {
        return size.saturating_sub(1) / GRANULE;
    }
    CLASS_OF_GRANULES[size.div_ceil(GRANULE)] as usize
}

/// The slot size of size class `class`.
#[inline(always)]
pub(crate) fn slot_size(class: usize) -> usize {
    if class < LINEAR_CLASSES_MAX / GRANULE {
        return (class + 1) * GRANULE;
    }
    SIZE_CLASSES[class % NUM_CLASSES_POW2]
}

pub(crate) struct Block {
    base: usize,
    obj_size: usize,
    nslots: usize,
    /// `ceil(2^32 / obj_size)`: `(offset * recip) >> 32 == offset / obj_size` for every offset
    /// inside a block (offsets < 2^14, so the rounding error stays below one slot's 1/obj_size).
    recip: u64,
    /// `nslots` metadata words.
    meta: MetaTable,
    /// Live objects as of the last sweep.
    live: usize,
}

/// A block's table of metadata words, all 0 when the block is new. A leaked boxed slice (raw,
/// so the fast path's pointers into it stay valid while the `Block` is referenced) of `len + 1`
/// words: the last one is never written, so it stays 0 ("free"). An address in the block's tail
/// (past the last whole slot) computes slot index `len` at most, so `find` reads that word and
/// needs no bounds check.
struct MetaTable {
    words: *mut usize,
    len: usize,
}

impl MetaTable {
    fn new(len: usize) -> MetaTable {
        let words = Box::into_raw(vec![0usize; len + 1].into_boxed_slice()) as *mut usize;
        MetaTable { words, len }
    }

    fn as_slice(&self) -> &[usize] {
        // SAFETY: `len` initialised words we own.
        unsafe { std::slice::from_raw_parts(self.words, self.len) }
    }

    fn as_mut_slice(&mut self) -> &mut [usize] {
        // SAFETY: `len` initialised words we own; `&mut self` makes this the only slice.
        unsafe { std::slice::from_raw_parts_mut(self.words, self.len) }
    }
}

impl Drop for MetaTable {
    fn drop(&mut self) {
        // SAFETY: `words` came from `Box::into_raw` of a boxed slice of `len + 1` words.
        drop(unsafe { Box::from_raw(ptr::slice_from_raw_parts_mut(self.words, self.len + 1)) });
    }
}

impl Block {
    /// A block of size class `class` at `base`; `table`: an all-zero table of the class's length
    /// to reuse (from a block freed by the last sweep), else a new one is allocated.
    fn new(base: usize, class: usize, table: Option<MetaTable>) -> Block {
        let obj_size = slot_size(class);
        let nslots = BLOCK_SIZE / obj_size;
        let meta = table
            .filter(|t| t.len == nslots)
            .unwrap_or_else(|| MetaTable::new(nslots));
        Block {
            base,
            obj_size,
            nslots,
            recip: (1u64 << 32).div_ceil(obj_size as u64),
            meta,
            live: 0,
        }
    }

    fn class(&self) -> usize {
        class_of(self.obj_size)
    }

    /// The metadata word of slot `slot` (< nslots).
    #[inline(always)]
    fn meta_of(&self, slot: usize) -> *mut usize {
        debug_assert!(slot < self.nslots);
        // SAFETY: the table holds `nslots` words; callers pass an index below `nslots`.
        unsafe { self.meta.words.add(slot) }
    }

    fn obj(&self, slot: usize) -> ObjRef {
        ObjRef {
            start: (self.base + slot * self.obj_size) as *mut u8,
            meta: self.meta_of(slot),
            size: self.obj_size,
        }
    }

    /// Hands the block's free slots to the fast path as its class's runs (`all_free`: a new
    /// block); false if it is full.
    fn start_runs(&self, all_free: bool) -> bool {
        // SAFETY: the block is live and of its class until the next sweep, which resets runs.
        unsafe {
            fast::start_block(
                self.class(),
                self.base,
                self.meta.words,
                self.meta.words.add(self.nslots),
                all_free,
            )
        }
    }
}

struct Arena {
    base: usize,
    blocks: [*mut Block; BLOCKS_PER_ARENA],
    /// What `find` needs of each block, inline (no pointer chase to the `Block`); kept equal to
    /// `BlockInfo::of(blocks[i])`, and [`BlockInfo::EMPTY`] where no block is in use.
    info: [BlockInfo; BLOCKS_PER_ARENA],
    used: usize,
}

/// A block's slot geometry and metadata table, as `find` reads them.
#[derive(Clone, Copy)]
struct BlockInfo {
    /// The block's metadata table (`nslots + 1` words, the last always 0).
    meta: *mut usize,
    /// `ceil(2^32 / obj_size)` (see `Block::recip`); 0 for no block, so every address maps to
    /// slot 0 of [`EMPTY_META`].
    recip: u32,
    obj_size: u32,
}

/// The metadata "table" of a block not in use: one free slot. Only ever read.
static EMPTY_META: usize = 0;

impl BlockInfo {
    const EMPTY: BlockInfo = BlockInfo {
        meta: &EMPTY_META as *const usize as *mut usize,
        recip: 0,
        obj_size: 0,
    };

    fn of(b: &Block) -> BlockInfo {
        BlockInfo {
            meta: b.meta.words,
            recip: b.recip as u32,
            obj_size: b.obj_size as u32,
        }
    }
}

/// Arena number (`addr >> 20`) → arena, as two levels: the top `L1_BITS` bits of a 48-bit
/// address pick a second-level table (allocated on demand), the next `L2_BITS` the entry.
struct ArenaMap {
    /// `1 << L1_BITS` pointers to second-level tables (null: none), zero-allocated.
    top: *mut *mut [*mut Arena; L2_LEN],
}

const ADDR_BITS: u32 = 48;
const L2_BITS: u32 = 12;
const L2_LEN: usize = 1 << L2_BITS;
const L1_BITS: u32 = ADDR_BITS - ARENA_BITS - L2_BITS;
const L1_LEN: usize = 1 << L1_BITS;

fn l1_layout() -> Layout {
    Layout::array::<usize>(L1_LEN).unwrap_or(Layout::new::<u8>())
}

impl ArenaMap {
    fn new() -> ArenaMap {
        // SAFETY: non-zero size; calloc-backed, so untouched pages cost no memory. A failed
        // allocation leaves `top` null and the map empty (`insert` then fails the arena).
        let top = unsafe { alloc_zeroed(l1_layout()) } as *mut *mut [*mut Arena; L2_LEN];
        ArenaMap { top }
    }

    /// The entry for `addr`'s arena, if its second-level table exists (`create`: make it).
    fn entry(&mut self, addr: usize, create: bool) -> Option<*mut *mut Arena> {
        let n = addr >> ARENA_BITS;
        if self.top.is_null() || n >> (L1_BITS + L2_BITS) != 0 {
            return None;
        }
        // SAFETY: `n >> L2_BITS < L1_LEN`, checked above.
        let l1 = unsafe { self.top.add(n >> L2_BITS) };
        // SAFETY: `l1` is inside the top table.
        if unsafe { *l1 }.is_null() {
            if !create {
                return None;
            }
            let t: Box<[*mut Arena; L2_LEN]> = Box::new([ptr::null_mut(); L2_LEN]);
            // SAFETY: as above.
            unsafe { *l1 = Box::into_raw(t) };
        }
        // SAFETY: a non-null second-level pointer is a live table of L2_LEN entries.
        Some(unsafe { (*(*l1)).as_mut_ptr().add(n & (L2_LEN - 1)) })
    }

    /// The arena containing `addr`, if it is one of ours.
    #[inline(always)]
    fn get(&self, addr: usize) -> *mut Arena {
        let n = addr >> ARENA_BITS;
        if n >> (L1_BITS + L2_BITS) != 0 || self.top.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: index below L1_LEN (checked); a non-null entry is a live second-level table.
        unsafe {
            let l2 = *self.top.add(n >> L2_BITS);
            if l2.is_null() {
                return ptr::null_mut();
            }
            (*l2)[n & (L2_LEN - 1)]
        }
    }
}

impl ArenaMap {
    /// [`ArenaMap::get`] for an address inside `[lo, hi)` of a space whose arenas are all in
    /// this map: the top table exists and the index is in range, only the second level may be
    /// missing (a gap between arenas).
    #[inline(always)]
    fn get_in_range(&self, addr: usize) -> *mut Arena {
        let n = addr >> ARENA_BITS;
        debug_assert!(!self.top.is_null() && n >> (L1_BITS + L2_BITS) == 0);
        // SAFETY: as in `get`; the caller's range check stands in for its checks.
        unsafe {
            let l2 = *self.top.add(n >> L2_BITS);
            if l2.is_null() {
                return ptr::null_mut();
            }
            (*l2)[n & (L2_LEN - 1)]
        }
    }
}

impl Drop for ArenaMap {
    fn drop(&mut self) {
        if self.top.is_null() {
            return;
        }
        for i in 0..L1_LEN {
            // SAFETY: index below L1_LEN; non-null entries came from Box::into_raw.
            unsafe {
                let l2 = *self.top.add(i);
                if !l2.is_null() {
                    drop(Box::from_raw(l2));
                }
            }
        }
        // SAFETY: allocated in `new` with this layout.
        unsafe { dealloc(self.top as *mut u8, l1_layout()) };
    }
}

#[derive(Default)]
struct ClassState {
    /// The block the class's runs come from now.
    current: Option<*mut Block>,
    /// Blocks with free slots (as of the last sweep), taken in turn.
    partial: Vec<*mut Block>,
}

pub(crate) struct SmallSpace {
    /// Boxed so the radix map's pointers stay valid; sorted by base.
    arenas: Vec<Box<Arena>>,
    map: ArenaMap,
    /// Base addresses of blocks not in use, in arenas we hold.
    free_blocks: Vec<usize>,
    classes: Vec<ClassState>,
    /// Per size class, the (all-zero) metadata tables of blocks the last sweep freed, for new
    /// blocks of that class: the next cycle usually needs as many, and a fresh table costs an
    /// allocation and a `memset`. Tables not reused by the next sweep are freed then, so this
    /// never holds more than the blocks of the previous cycle had.
    spare_tables: Vec<Vec<MetaTable>>,
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

impl SmallSpace {
    pub fn new() -> SmallSpace {
        SmallSpace {
            arenas: Vec::new(),
            map: ArenaMap::new(),
            free_blocks: Vec::new(),
            classes: (0..NUM_CLASSES).map(|_| ClassState::default()).collect(),
            spare_tables: (0..NUM_CLASSES).map(|_| Vec::new()).collect(),
            lo: usize::MAX,
            hi: 0,
        }
    }

    pub fn arena_bytes(&self) -> usize {
        self.arenas.len() * ARENA_SIZE
    }

    /// The slot size `size` is rounded up to (size <= MAX_SMALL).
    pub fn rounded_size(&self, size: usize) -> usize {
        slot_size(class_of(size))
    }

    /// A zeroed slot for `size` (<= MAX_SMALL) bytes, refilling the size class's run from the
    /// next block with free slots (or a new block); None when no memory can be had.
    pub fn alloc(&mut self, kind: &'static super::Kind, size: usize) -> Option<*mut u8> {
        let class = class_of(size);
        loop {
            // SAFETY: as for `gc::alloc`, whose contract our caller carries.
            if let Some(p) = unsafe { fast::try_alloc_unbudgeted(kind, size) } {
                return Some(p.as_ptr());
            }
            let cs = &mut self.classes[class];
            cs.current = None;
            if let Some(b) = cs.partial.pop() {
                cs.current = Some(b);
                // SAFETY: partial lists hold live blocks (rebuilt after every sweep).
                unsafe { (*b).start_runs(false) };
                continue;
            }
            let b = self.new_block(class)?;
            self.classes[class].current = Some(b);
            // SAFETY: just created, owned by its arena table.
            unsafe { (*b).start_runs(true) };
        }
    }

    fn new_block(&mut self, class: usize) -> Option<*mut Block> {
        if self.free_blocks.is_empty() {
            self.new_arena()?;
        }
        let base = self.free_blocks.pop()?;
        let arena = self.map.get(base);
        if arena.is_null() {
            return None;
        }
        // SAFETY: the map holds live boxed arenas only; we hold `&mut self`.
        let arena = unsafe { &mut *arena };
        let bi = (base - arena.base) / BLOCK_SIZE;
        let table = self.spare_tables[class].pop();
        let b = Box::into_raw(Box::new(Block::new(base, class, table)));
        arena.blocks[bi] = b;
        // SAFETY: just created from a live Box.
        arena.info[bi] = BlockInfo::of(unsafe { &*b });
        arena.used += 1;
        Some(b)
    }

    fn new_arena(&mut self) -> Option<()> {
        let base = super::pages::map_arena()?;
        let mut arena = Box::new(Arena {
            base,
            blocks: [ptr::null_mut(); BLOCKS_PER_ARENA],
            info: [BlockInfo::EMPTY; BLOCKS_PER_ARENA],
            used: 0,
        });
        let Some(entry) = self.map.entry(base, true) else {
            // SAFETY: mapped just above, never used.
            unsafe { super::pages::unmap_arena(base) };
            return None;
        };
        // SAFETY: an entry pointer into a live second-level table.
        unsafe { *entry = &mut *arena };
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

    /// `[lo, hi)`: every arena we hold lies inside (`lo > hi` when there is none).
    pub fn bounds(&self) -> (usize, usize) {
        (self.lo, self.hi)
    }

    /// The allocated object whose slot contains `addr`.
    #[inline(always)]
    pub fn find(&self, addr: usize) -> Option<ObjRef> {
        if addr < self.lo || addr >= self.hi {
            return None;
        }
        let arena = self.map.get_in_range(addr);
        if arena.is_null() {
            return None;
        }
        // SAFETY: the map holds live boxed arenas.
        let info = unsafe { &(*arena).info[(addr >> BLOCK_BITS) & (BLOCKS_PER_ARENA - 1)] };
        let offset = addr & (BLOCK_SIZE - 1);
        // `offset / obj_size` (exact for offsets < BLOCK_SIZE, see `Block::recip`): at most
        // `nslots` (an address in the tail), whose word is the table's always-zero pad.
        let slot = ((offset as u64 * info.recip as u64) >> 32) as usize;
        // SAFETY: `slot <= nslots`, inside the table (`EMPTY_META` for no block: recip 0).
        let meta = unsafe { info.meta.add(slot) };
        // SAFETY: as above.
        if unsafe { *meta } & F_ALLOC == 0 {
            return None;
        }
        Some(ObjRef {
            start: (addr - offset + slot * info.obj_size as usize) as *mut u8,
            meta,
            size: info.obj_size as usize,
        })
    }

    /// Frees every allocated, unmarked object (its kind's `drop` first, then poisoning if asked)
    /// and clears the marks of the others. Empty blocks go back to the free pool; empty arenas
    /// beyond `SPARE_ARENAS` spares are released.
    /// `next_cycle_bytes`: what the mutator may allocate before the next collection; that many
    /// empty arenas (plus a few) stay mapped, so a loop making garbage does not return memory
    /// to the kernel only to fault it back in.
    pub fn sweep(&mut self, poison: bool, next_cycle_bytes: usize) -> SweepCounts {
        fast::reset_runs();
        for t in &mut self.spare_tables {
            t.clear();
        }
        let mut counts = SweepCounts::default();
        for arena in &mut self.arenas {
            for bp in arena.blocks.iter_mut() {
                if bp.is_null() {
                    continue;
                }
                // SAFETY: as in `find`; we hold the only reference.
                let b = unsafe { &mut **bp };
                let freed = sweep_block(b, poison);
                counts.freed_objects += freed;
                counts.live_objects += b.live;
                counts.live_bytes += b.live * b.obj_size;
                if b.live == 0 {
                    // SAFETY: the pointer came from Box::into_raw and is nulled right after, so it
                    // is freed once; the class states holding it are rebuilt below.
                    let b = unsafe { Box::from_raw(*bp) };
                    *bp = ptr::null_mut();
                    arena.info[(b.base - arena.base) / BLOCK_SIZE] = BlockInfo::EMPTY;
                    arena.used -= 1;
                    // Every word is 0 now: the block had no live object.
                    self.spare_tables[b.class()].push(b.meta);
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
        let map = &mut self.map;
        self.arenas.retain(|a| {
            if a.used > 0 {
                return true;
            }
            if spares < max_spares {
                spares += 1;
                return true;
            }
            if let Some(e) = map.entry(a.base, false) {
                // SAFETY: an entry pointer into a live second-level table.
                unsafe { *e = ptr::null_mut() };
            }
            // SAFETY: the arena came from `map_arena` and holds no blocks in use.
            unsafe { super::pages::unmap_arena(a.base) };
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
                if blk.live < blk.nslots {
                    self.classes[blk.class()].partial.push(b);
                }
            }
        }
    }

    /// Calls `f` on every allocated object (heap walks, teardown).
    pub fn for_each_allocated(&self, mut f: impl FnMut(ObjRef)) {
        for arena in &self.arenas {
            for &bp in &arena.blocks {
                if bp.is_null() {
                    continue;
                }
                // SAFETY: live block owned by the table.
                let b = unsafe { &*bp };
                for (slot, &m) in b.meta.as_slice().iter().enumerate() {
                    if m & F_ALLOC != 0 {
                        f(b.obj(slot));
                    }
                }
            }
        }
    }
}

/// Sweeps one block: frees its allocated, unmarked objects (drop, poison, clear the word),
/// unmarks the rest and sets `live`. Returns the number freed.
fn sweep_block(b: &mut Block, poison: bool) -> usize {
    let (base, size) = (b.base, b.obj_size);
    let mut live = 0;
    let mut freed = 0;
    for (slot, w) in b.meta.as_mut_slice().iter_mut().enumerate() {
        let m = *w;
        if m == 0 {
            continue;
        }
        if m & F_MARK != 0 {
            *w = m & !F_MARK;
            live += 1;
            continue;
        }
        *w = 0;
        freed += 1;
        let drop = meta_kind(m).drop;
        if drop.is_some() || poison {
            release((base + slot * size) as *mut u8, size, drop, poison);
        }
    }
    b.live = live;
    freed
}

/// Releases a dead object's payload (`drop`) and poisons its slot if asked.
#[inline(never)]
fn release(p: *mut u8, size: usize, drop: Option<unsafe fn(*mut u8)>, poison: bool) {
    if let Some(drop) = drop {
        // SAFETY: the object was allocated and is unreachable; `drop`'s contract (Kind docs) is
        // to release its own Rust-heap payload only.
        unsafe { drop(p) };
    }
    if poison {
        // SAFETY: the slot lies inside its block and is no longer in use.
        unsafe { ptr::write_bytes(p, super::POISON, size) };
    }
}

impl Drop for SmallSpace {
    fn drop(&mut self) {
        fast::reset_runs();
        for a in &self.arenas {
            for &b in &a.blocks {
                if !b.is_null() {
                    // SAFETY: each live block pointer is freed exactly once, here.
                    drop(unsafe { Box::from_raw(b) });
                }
            }
            // SAFETY: mapped in `new_arena`; the space is going away.
            unsafe { super::pages::unmap_arena(a.base) };
        }
    }
}
