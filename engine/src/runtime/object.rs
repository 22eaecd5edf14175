//! References, object headers, allocation and the error convention.
//!
//! In: GC memory from `gc::alloc`. Out: [`Obj`], the one reference type of the runtime, and the
//! helpers every type module uses to allocate and read objects.
//!
//! Invariants:
//! - Every object starts with a [`Header`] whose first word is its class (a type object, or for
//!   old-style instances the `instance` type). Payloads follow at fixed offsets (`#[repr(C)]`).
//! - An `Obj` is only ever made from a live GC object (or a static the GC ignores); it is `Copy`
//!   and is kept alive by being on the native stack, in a traced field, or in a registered root
//!   (ARCHITECTURE.md, "The GC rule in practice").
//! - Errors: functions return [`PyResult`]; `Err(Raised)` means an exception is pending in the
//!   thread state (`runtime::exc`).

use std::ptr::NonNull;

use crate::gc;

/// A reference to a Python object.
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Obj(NonNull<Header>);

/// The first word of every object.
#[repr(C)]
pub struct Header {
    pub class: Obj,
}

/// The marker of a raised exception: the exception itself is pending in the thread state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Raised;

pub type PyResult<T> = Result<T, Raised>;

impl Obj {
    #[inline]
    pub fn addr(self) -> usize {
        self.0.as_ptr() as usize
    }

    #[inline]
    pub fn as_ptr(self) -> *mut u8 {
        self.0.as_ptr() as *mut u8
    }

    /// # Safety
    /// `p` must point to a live object (or be null, giving `None`).
    #[inline]
    pub unsafe fn from_ptr(p: *mut u8) -> Option<Obj> {
        NonNull::new(p as *mut Header).map(Obj)
    }

    /// The object's class (`type(o)` for new-style objects; `instance` for old-style instances).
    #[inline]
    pub fn class(self) -> Obj {
        // SAFETY: every object starts with a header.
        unsafe { (*self.0.as_ptr()).class }
    }

    #[inline]
    pub fn set_class(self, c: Obj) {
        // SAFETY: as above; the header is ours to write.
        unsafe { (*self.0.as_ptr()).class = c }
    }

    /// The object's payload as `T`.
    ///
    /// # Safety
    /// The object's layout must be `T` (the caller checked its class), and no other live
    /// reference to the same payload may be used while the result is.
    #[inline]
    pub unsafe fn cast<T>(self) -> &'static mut T {
        unsafe { &mut *(self.0.as_ptr() as *mut T) }
    }
}

impl std::fmt::Debug for Obj {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "Obj({:#x})", self.addr())
    }
}

/// Allocates a zeroed object of `size` bytes with `kind`, its class set to `class`.
/// MemoryError (pending) when the heap cannot satisfy it. Always inlined: with a constant size
/// the GC's fast path folds to a few instructions (size class and zeroing resolved statically).
#[inline(always)]
pub fn alloc(kind: &'static gc::Kind, size: usize, class: Obj) -> PyResult<Obj> {
    // SAFETY: our callers keep their references on the stack or in traced objects; every kind's
    // trace accepts the all-zero object.
    match unsafe { gc::alloc(kind, size) } {
        Ok(p) => {
            let o = Obj(p.cast());
            o.set_class(class);
            Ok(o)
        }
        Err(_) => Err(super::exc::memory_error()),
    }
}

/// Allocates a `T` object, moving `value` into it. `T` starts with a `Header` (its class
/// is overwritten with `class`).
#[inline]
pub fn alloc_value<T>(kind: &'static gc::Kind, class: Obj, value: T) -> PyResult<Obj> {
    let o = alloc(kind, std::mem::size_of::<T>(), class)?;
    // SAFETY: fresh, zeroed, large enough and 16-byte aligned; we own it.
    unsafe { std::ptr::write(o.as_ptr() as *mut T, value) };
    o.set_class(class);
    Ok(o)
}

/// Marks an optional reference field.
#[inline]
pub fn mark_opt(m: &mut gc::Marker, o: Option<Obj>) {
    if let Some(o) = o {
        m.mark(o.as_ptr());
    }
}

#[inline]
pub fn mark(m: &mut gc::Marker, o: Obj) {
    m.mark(o.as_ptr());
}

/// A growable array of references whose storage is itself a GC object (a "list storage"
/// block: a header word, the capacity, then the slots), so a slice of a list's items keeps its
/// storage alive (an interior pointer) even when nothing holds the list any more, and the
/// owner's `trace` only marks the block. Slots past `len` are kept null.
/// Length at offset 0, pointer to the first slot at 8 (what compiled code may inline for lists).
///
/// An owner may instead hand it *inline* storage inside its own object ([`ObjVec::adopt`],
/// used by lists built at a known size); the owner's `trace` then marks the items itself
/// ([`ObjVec::is_stored_at`]). Growing always moves the items to a storage block.
#[repr(C)]
pub struct ObjVec {
    len: usize,
    ptr: *mut Obj,
    cap: usize,
}

/// Offset of the first slot in a storage block.
const BUF_HEADER: usize = 16;

unsafe fn trace_buf(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: a storage block: its capacity at offset 8, then that many (possibly null) slots.
    unsafe {
        let cap = *(p.add(8) as *const usize);
        let slots = p.add(BUF_HEADER) as *const *mut u8;
        for i in 0..cap {
            m.mark(*slots.add(i));
        }
    }
}

/// The kind of `ObjVec` storage blocks (not Python objects).
pub static BUF_KIND: gc::Kind = gc::Kind {
    name: "list storage",
    trace: Some(trace_buf),
    drop: None,
};

impl ObjVec {
    pub const fn new() -> ObjVec {
        ObjVec {
            len: 0,
            ptr: std::ptr::null_mut(),
            cap: 0,
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[inline]
    pub fn as_slice(&self) -> &[Obj] {
        if self.ptr.is_null() {
            &[]
        } else {
            // SAFETY: ptr holds len initialised items.
            unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
        }
    }

    #[inline]
    pub fn as_mut_slice(&mut self) -> &mut [Obj] {
        if self.ptr.is_null() {
            &mut []
        } else {
            // SAFETY: as above.
            unsafe { std::slice::from_raw_parts_mut(self.ptr, self.len) }
        }
    }

    #[inline]
    pub fn get(&self, i: usize) -> Option<Obj> {
        self.as_slice().get(i).copied()
    }

    /// Nulls slots `from..to` (vacated by removals) so the block does not keep them alive.
    fn clear_slots(&mut self, from: usize, to: usize) {
        if self.ptr.is_null() {
            return;
        }
        // SAFETY: from..to lies within the capacity.
        unsafe {
            std::ptr::write_bytes(self.ptr.add(from) as *mut usize, 0, to - from);
        }
    }

    /// Makes room for `extra` more items, over-allocating so that a run of appends copies each
    /// item a bounded number of times (amortised O(1) per append); MemoryError when impossible.
    ///
    /// Growth policy: blocks never grow in place (the heap does not move or resize objects), so
    /// every growth is a fresh block plus a copy and the old block becomes garbage. Growing by
    /// half the capacity (CPython's `list_resize` adds an eighth, but it reallocs in place)
    /// keeps the copies and the garbage to about twice the final size.
    #[inline]
    pub fn reserve(&mut self, extra: usize) -> PyResult<()> {
        match self.len.checked_add(extra) {
            Some(need) if need <= self.cap => Ok(()),
            need => self.grow(need, true),
        }
    }

    /// Makes room for exactly `extra` more items (rounded up to the allocation granule): for
    /// lists whose final size is known (slices, copies, `range`).
    #[inline]
    pub fn reserve_exact(&mut self, extra: usize) -> PyResult<()> {
        match self.len.checked_add(extra) {
            Some(need) if need <= self.cap => Ok(()),
            need => self.grow(need, false),
        }
    }

    /// Moves the items to a new block of at least `need` slots (None: the count overflowed).
    #[cold]
    #[inline(never)]
    fn grow(&mut self, need: Option<usize>, amortised: bool) -> PyResult<()> {
        let need = need.ok_or_else(super::exc::memory_error)?;
        let want = if amortised {
            need.max(self.cap + (self.cap >> 1) + 3)
        } else {
            need
        };
        // Every GC slot is a multiple of 16 bytes: round the block up to that granule and use
        // the spare word as capacity.
        let bytes = want
            .checked_mul(8)
            .and_then(|b| b.checked_add(BUF_HEADER + 15))
            .filter(|b| *b <= isize::MAX as usize / 2)
            .ok_or_else(super::exc::memory_error)?
            & !15;
        let new_cap = (bytes - BUF_HEADER) / 8;
        // SAFETY: the old block stays reachable through `self.ptr` (our owner is traced, or
        // is on the caller's stack) during the allocation; the new block is written before use.
        let p = unsafe { gc::alloc(&BUF_KIND, bytes) }.map_err(|_| super::exc::memory_error())?;
        let p = p.as_ptr();
        // SAFETY: fresh zeroed block of `bytes` bytes.
        unsafe {
            *(p.add(8) as *mut usize) = new_cap;
            let slots = p.add(BUF_HEADER) as *mut Obj;
            if !self.ptr.is_null() {
                std::ptr::copy_nonoverlapping(self.ptr, slots, self.len);
            }
            self.ptr = slots;
        }
        self.cap = new_cap;
        Ok(())
    }

    /// Whether `items` lies in this vector's storage block.
    fn holds(&self, items: &[Obj]) -> bool {
        let start = self.ptr as usize;
        let p = items.as_ptr() as usize;
        !self.ptr.is_null() && p >= start && p < start + self.cap * 8
    }

    #[inline]
    pub fn push(&mut self, o: Obj) -> PyResult<()> {
        if self.len == self.cap {
            self.grow(self.len.checked_add(1), true)?;
        }
        // SAFETY: len < cap after growing.
        unsafe { self.ptr.add(self.len).write(o) };
        self.len += 1;
        Ok(())
    }

    pub fn extend_from_slice(&mut self, items: &[Obj]) -> PyResult<()> {
        self.reserve(items.len())?;
        self.append_reserved(items);
        Ok(())
    }

    /// `extend_from_slice` growing to the exact size (a new list's items).
    pub fn extend_exact(&mut self, items: &[Obj]) -> PyResult<()> {
        self.reserve_exact(items.len())?;
        self.append_reserved(items);
        Ok(())
    }

    /// Appends `f(0), f(1), ... f(n-1)`, growing to the exact size first. `f` must neither
    /// allocate nor run Python code (it reads items other objects keep alive).
    pub fn extend_exact_with(&mut self, n: usize, mut f: impl FnMut(usize) -> Obj) -> PyResult<()> {
        self.reserve_exact(n)?;
        for j in 0..n {
            // SAFETY: `len + n` slots are reserved; `len` counts the written ones.
            unsafe { self.ptr.add(self.len).write(f(j)) };
            self.len += 1;
        }
        Ok(())
    }

    /// Copies `items` (possibly our own slots) after the last item; capacity reserved.
    #[inline]
    fn append_reserved(&mut self, items: &[Obj]) {
        if items.is_empty() {
            return;
        }
        // SAFETY: capacity reserved; `copy` tolerates `items` being our own slots, or those of
        // the block `reserve` just left (nothing reused it: no allocation since).
        unsafe { std::ptr::copy(items.as_ptr(), self.ptr.add(self.len), items.len()) };
        self.len += items.len();
    }

    pub fn insert(&mut self, i: usize, o: Obj) -> PyResult<()> {
        let i = i.min(self.len);
        self.reserve(1)?;
        // SAFETY: capacity for len+1 items; ptr::copy handles the overlap.
        unsafe {
            std::ptr::copy(self.ptr.add(i), self.ptr.add(i + 1), self.len - i);
            self.ptr.add(i).write(o);
        }
        self.len += 1;
        Ok(())
    }

    pub fn remove(&mut self, i: usize) -> Obj {
        assert!(i < self.len);
        // SAFETY: i < len.
        let o = unsafe {
            let o = self.ptr.add(i).read();
            std::ptr::copy(self.ptr.add(i + 1), self.ptr.add(i), self.len - i - 1);
            o
        };
        self.len -= 1;
        self.clear_slots(self.len, self.len + 1);
        o
    }

    pub fn pop(&mut self) -> Option<Obj> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        // SAFETY: the item at the old len-1 is initialised.
        let o = unsafe { self.ptr.add(self.len).read() };
        self.clear_slots(self.len, self.len + 1);
        Some(o)
    }

    pub fn truncate(&mut self, n: usize) {
        if n < self.len {
            let old = self.len;
            self.len = n;
            self.clear_slots(n, old);
        }
    }

    /// Replaces items `lo..hi` with `items` (slice assignment). `items` may be our own slots
    /// (`a[1:3] = a`): they are then copied to a block of their own first.
    pub fn splice(&mut self, lo: usize, hi: usize, items: &[Obj]) -> PyResult<()> {
        if self.holds(items) {
            // The copy lives in a storage block referenced from this frame (`tmp`), so it stays
            // alive and traced across the allocations below.
            let mut tmp = ObjVec::new();
            tmp.extend_exact(items)?;
            let r = self.splice_from(lo, hi, tmp.as_slice());
            std::hint::black_box(&tmp);
            return r;
        }
        self.splice_from(lo, hi, items)
    }

    /// `splice` for `items` outside our block (kept alive by the caller).
    fn splice_from(&mut self, lo: usize, hi: usize, items: &[Obj]) -> PyResult<()> {
        let hi = hi.min(self.len);
        let lo = lo.min(hi);
        let removed = hi - lo;
        if items.len() > removed {
            self.reserve(items.len() - removed)?;
        }
        let old_len = self.len;
        if self.ptr.is_null() {
            // Nothing to remove, nothing to insert.
            return Ok(());
        }
        // SAFETY: capacity suffices for the new length; the tail moves with ptr::copy; `items`
        // does not overlap our block.
        unsafe {
            let tail = self.len - hi;
            std::ptr::copy(self.ptr.add(hi), self.ptr.add(lo + items.len()), tail);
            std::ptr::copy_nonoverlapping(items.as_ptr(), self.ptr.add(lo), items.len());
        }
        self.len = self.len - removed + items.len();
        if self.len < old_len {
            self.clear_slots(self.len, old_len);
        }
        Ok(())
    }

    pub fn clear(&mut self) {
        self.truncate(0);
    }

    /// Forgets the storage (the GC frees the block).
    pub fn free(&mut self) {
        self.ptr = std::ptr::null_mut();
        self.len = 0;
        self.cap = 0;
    }

    /// Marks the storage block (which marks the items).
    pub fn trace(&self, m: &mut gc::Marker) {
        m.mark(self.ptr as *mut u8);
    }

    /// Makes `cap` zeroed slots at `slots` (inside the owner's own object) the storage of this
    /// empty vector.
    ///
    /// # Safety
    /// The vector must be empty with no storage; `slots` must be `cap` zeroed, 8-aligned words
    /// inside the object owning this vector, whose `trace` marks the items while
    /// [`ObjVec::is_stored_at`]`(slots)` holds.
    pub unsafe fn adopt(&mut self, slots: *mut Obj, cap: usize) {
        debug_assert!(self.ptr.is_null() && self.len == 0);
        self.ptr = slots;
        self.cap = cap;
    }

    /// Whether the storage is the inline slots at `slots` (see [`ObjVec::adopt`]).
    #[inline]
    pub fn is_stored_at(&self, slots: *const u8) -> bool {
        self.ptr as *const u8 == slots
    }
}

impl Default for ObjVec {
    fn default() -> Self {
        ObjVec::new()
    }
}
