//! Large-object space: objects bigger than `block::MAX_SMALL`, each its own allocation.
//!
//! Input: sizes of any magnitude. Output: zeroed, 16-byte aligned memory from the system allocator,
//! or `None` when the size is unrepresentable or the system refuses (the caller turns that into
//! `AllocError`, never an abort). Identification: a sorted map from start address to the object's
//! metadata (size, metadata word: kind and flags as for small objects), so the object containing an address is one ordered lookup,
//! O(log n). Metadata per large object: one map entry (~40 bytes) outside the object.
//!
//! Invariant: every map entry's memory was allocated with `layout(size)` and is freed once.

use super::{meta_kind, Kind, ObjRef, F_ALLOC, F_MARK};
use std::alloc::{alloc_zeroed, dealloc, Layout};
use std::collections::BTreeMap;

struct LargeObj {
    size: usize,
    meta: usize,
}

pub(crate) struct LargeSpace {
    objects: BTreeMap<usize, LargeObj>,
    bytes: usize,
    lo: usize,
    hi: usize,
}

fn layout(size: usize) -> Option<Layout> {
    Layout::from_size_align(size.max(16), 16).ok()
}

impl LargeSpace {
    pub fn new() -> LargeSpace {
        LargeSpace {
            objects: BTreeMap::new(),
            bytes: 0,
            lo: usize::MAX,
            hi: 0,
        }
    }

    pub fn bytes(&self) -> usize {
        self.bytes
    }

    pub fn alloc(&mut self, kind: &'static Kind, size: usize) -> Option<*mut u8> {
        let layout = layout(size)?;
        // SAFETY: the layout has non-zero size.
        let p = unsafe { alloc_zeroed(layout) };
        if p.is_null() {
            return None;
        }
        let start = p as usize;
        self.objects.insert(
            start,
            LargeObj {
                size: layout.size(),
                meta: kind as *const Kind as usize | F_ALLOC,
            },
        );
        self.bytes += layout.size();
        self.lo = self.lo.min(start);
        self.hi = self.hi.max(start + layout.size());
        Some(p)
    }

    /// `[lo, hi)`: every large object lies inside (`lo > hi` when there is none).
    pub fn bounds(&self) -> (usize, usize) {
        (self.lo, self.hi)
    }

    #[inline(always)]
    pub fn find(&mut self, addr: usize) -> Option<ObjRef> {
        if addr < self.lo || addr >= self.hi {
            return None;
        }
        self.find_in_map(addr)
    }

    #[inline(never)]
    fn find_in_map(&mut self, addr: usize) -> Option<ObjRef> {
        let (&start, obj) = self.objects.range_mut(..=addr).next_back()?;
        if addr >= start + obj.size {
            return None;
        }
        Some(ObjRef {
            start: start as *mut u8,
            meta: &mut obj.meta,
            size: obj.size,
        })
    }

    pub fn sweep(&mut self, poison: bool) -> super::block::SweepCounts {
        let mut counts = super::block::SweepCounts::default();
        self.objects.retain(|&start, obj| {
            if obj.meta & F_MARK != 0 {
                obj.meta &= !F_MARK;
                counts.live_bytes += obj.size;
                counts.live_objects += 1;
                return true;
            }
            let p = start as *mut u8;
            if let Some(drop) = meta_kind(obj.meta).drop {
                // SAFETY: the object is allocated and unreachable; see Kind::drop's contract.
                unsafe { drop(p) };
            }
            if poison {
                // SAFETY: the object's memory is ours until the dealloc below.
                unsafe { std::ptr::write_bytes(p, super::POISON, obj.size) };
            }
            if let Some(l) = layout(obj.size) {
                // SAFETY: allocated in `alloc` with this very layout; removed from the map now.
                unsafe { dealloc(p, l) };
            }
            counts.freed_objects += 1;
            false
        });
        self.bytes = counts.live_bytes;
        self.lo = self.objects.keys().next().copied().unwrap_or(usize::MAX);
        self.hi = self
            .objects
            .iter()
            .map(|(&s, o)| s + o.size)
            .max()
            .unwrap_or(0);
        counts
    }

    pub fn for_each_allocated(&mut self, mut f: impl FnMut(ObjRef)) {
        for (&start, obj) in self.objects.iter_mut() {
            f(ObjRef {
                start: start as *mut u8,
                meta: &mut obj.meta,
                size: obj.size,
            });
        }
    }
}

impl Drop for LargeSpace {
    fn drop(&mut self) {
        for (&start, obj) in &self.objects {
            if let Some(l) = layout(obj.size) {
                // SAFETY: allocated with this layout; the map is being dropped.
                unsafe { dealloc(start as *mut u8, l) };
            }
        }
    }
}
