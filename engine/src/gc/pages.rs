//! Arena memory straight from the OS, in transparent huge pages where the kernel offers them.
//!
//! Input: requests for one small-object arena ([`ARENA_SIZE`] bytes aligned to its size) and
//! arenas given back.
//! Output: arenas cut from 64 MiB reservations aligned to 2 MiB and marked `MADV_HUGEPAGE`, so a
//! growing heap takes one page fault per 2 MiB instead of one per 4 KiB (on this project's
//! benchmarks the 4 KiB faults of a growing heap cost 10–17% of the run in the kernel) and the
//! collector's marking walks fewer TLB entries. An arena given back is released to the OS with
//! `MADV_DONTNEED` (its pages read as zero when touched again) and handed out again before the
//! reservation grows.
//!
//! Reservations are never unmapped: address space is cheap, and the resident memory of an arena
//! given back is released. Under `THP=never` (or on a kernel without huge pages) the advice is
//! ignored and everything works with 4 KiB pages.
//!
//! [`tune_process_malloc`] is the same policy for the Rust-heap payloads of GC objects (long
//! digits, list and dict tables, large objects): a sweep frees them in bulk, and glibc's default
//! would hand the freed top of its heap back to the kernel at once, so the program faulted the
//! same pages in again right after (pidigits.py: 38k page faults, 8k with the tuning).

use super::block::ARENA_SIZE;
use std::os::raw::{c_int, c_void};
use std::sync::Mutex;

/// Address space reserved at a time (64 arenas).
const RESERVATION: usize = 64 << 20;
/// Huge-page size on x86-64: reservations start on this boundary.
const HUGE_PAGE: usize = 2 << 20;

const PROT_READ: c_int = 1;
const PROT_WRITE: c_int = 2;
const MAP_PRIVATE: c_int = 0x02;
const MAP_ANONYMOUS: c_int = 0x20;
const MAP_NORESERVE: c_int = 0x4000;
const MADV_DONTNEED: c_int = 4;
const MADV_HUGEPAGE: c_int = 14;

extern "C" {
    fn mmap(
        addr: *mut c_void,
        len: usize,
        prot: c_int,
        flags: c_int,
        fd: c_int,
        off: i64,
    ) -> *mut c_void;
    fn munmap(addr: *mut c_void, len: usize) -> c_int;
    fn madvise(addr: *mut c_void, len: usize, advice: c_int) -> c_int;
}

struct Source {
    /// Next never-used arena of the current reservation, and its end.
    next: usize,
    end: usize,
    /// Arenas given back (their memory released), reused last-in first-out.
    free: Vec<usize>,
}

static SOURCE: Mutex<Source> = Mutex::new(Source {
    next: 0,
    end: 0,
    free: Vec::new(),
});

/// One arena of `ARENA_SIZE` bytes aligned to `ARENA_SIZE`, readable and writable; its contents
/// are unspecified (fresh pages read as zero). None when the OS refuses more memory.
pub(super) fn map_arena() -> Option<usize> {
    let mut s = SOURCE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(base) = s.free.pop() {
        return Some(base);
    }
    if s.next == s.end {
        let (start, end) = reserve()?;
        s.next = start;
        s.end = end;
    }
    let base = s.next;
    s.next += ARENA_SIZE;
    Some(base)
}

/// Gives back an arena from [`map_arena`]; its memory returns to the OS.
///
/// # Safety
/// `base` came from `map_arena`, is not given back twice, and nothing uses its memory after.
pub(super) unsafe fn unmap_arena(base: usize) {
    // SAFETY: the arena lies inside one of our reservations (caller's contract); dropping its
    // pages cannot touch anything else. A failure only leaves the memory resident.
    unsafe { madvise(base as *mut c_void, ARENA_SIZE, MADV_DONTNEED) };
    let mut s = SOURCE.lock().unwrap_or_else(|e| e.into_inner());
    s.free.push(base);
}

/// Keeps glibc's malloc from returning freed memory to the kernel until 256 MiB of it sit at the
/// top of its heap, and serves requests below 32 MiB from the heap (reused after a free) rather
/// than from fresh mappings (unmapped at the free). Process-wide: the `pyston` binary calls it
/// first thing. A no-op elsewhere than on glibc.
pub fn tune_process_malloc() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        const M_TRIM_THRESHOLD: c_int = -1;
        const M_MMAP_THRESHOLD: c_int = -3;
        extern "C" {
            fn mallopt(param: c_int, value: c_int) -> c_int;
        }
        // SAFETY: plain settings calls, before the process has other threads. A refusal
        // leaves glibc's defaults.
        unsafe {
            mallopt(M_TRIM_THRESHOLD, 256 << 20);
            mallopt(M_MMAP_THRESHOLD, 32 << 20);
        }
    }
}

/// Maps a new reservation of `RESERVATION` bytes starting on a huge-page boundary (which is also
/// an arena boundary) and asks for huge pages on it.
fn reserve() -> Option<(usize, usize)> {
    const _: () = assert!(HUGE_PAGE % ARENA_SIZE == 0 && RESERVATION % HUGE_PAGE == 0);
    let len = RESERVATION + HUGE_PAGE;
    // SAFETY: an anonymous private mapping at an address of the kernel's choice.
    let p = unsafe {
        mmap(
            std::ptr::null_mut(),
            len,
            PROT_READ | PROT_WRITE,
            MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
            -1,
            0,
        )
    };
    if p as isize == -1 || p.is_null() {
        return None;
    }
    let raw = p as usize;
    let start = (raw + HUGE_PAGE - 1) & !(HUGE_PAGE - 1);
    let end = start + RESERVATION;
    // SAFETY: both trimmed pieces lie inside the mapping made above and hold nothing.
    unsafe {
        if start > raw {
            munmap(raw as *mut c_void, start - raw);
        }
        if raw + len > end {
            munmap(end as *mut c_void, raw + len - end);
        }
        // Advice only: without transparent huge pages this fails and nothing changes.
        madvise(start as *mut c_void, RESERVATION, MADV_HUGEPAGE);
    }
    Some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arenas_are_aligned_distinct_and_writable() {
        let a = map_arena().expect("an arena");
        let b = map_arena().expect("another arena");
        assert_ne!(a, b);
        for base in [a, b] {
            assert_eq!(base % ARENA_SIZE, 0, "arena {base:#x} not aligned");
            // SAFETY: the whole arena is ours, readable and writable.
            unsafe {
                std::ptr::write_bytes(base as *mut u8, 0xa5, ARENA_SIZE);
                assert_eq!(*((base + ARENA_SIZE - 1) as *const u8), 0xa5);
            }
        }
        // SAFETY: mapped above, given back once, not used after.
        unsafe {
            unmap_arena(a);
            unmap_arena(b);
        }
    }
}
