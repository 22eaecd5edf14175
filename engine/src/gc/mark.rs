//! Marking: the [`Marker`] handed to trace functions and root tracers, and the conservative scan of
//! the native stack and callee-saved registers.
//!
//! Input: candidate references (precise ones from `Kind::trace`, ambiguous words from stacks).
//! Output: mark bits set on every object reachable from them.
//! Invariants: marking never recurses natively — a newly marked object with a `trace` function is
//! pushed on an explicit mark stack (a Rust `Vec`, transient for one collection), and `drain` pops
//! until empty, so a 10^6-long chain costs 10^6 stack entries at worst, not 10^6 native frames.
//! A word counts as a reference when it points anywhere inside an allocated object (object start
//! or interior); anything else (null, statics, freed slots, non-heap addresses) is ignored.
//!
//! Cost: [`Marker::mark`] is inlined into trace functions as one range test against the span
//! covering BOTH spaces (small arenas and large objects: a test against the small space's range
//! alone would drop every large object), so null and non-heap words cost a few instructions; the
//! rest is one out-of-line call doing the small space's lookup, the mark-bit test and set, and
//! the push; large objects and gather mode are cold paths of their own. The marker never
//! stores the span's low end (see `Marker::hi`).

use super::block::SmallSpace;
use super::large::LargeSpace;
use super::{meta_kind, ObjRef, F_MARK};

type TraceFn = unsafe fn(*mut u8, &mut Marker);

/// Marks objects during a collection. Given to `Kind::trace` and to root tracers.
pub struct Marker<'a> {
    small: &'a mut SmallSpace,
    large: &'a mut LargeSpace,
    stack: &'a mut Vec<(*mut u8, TraceFn)>,
    /// Every object of both spaces lies in `[hi - span, hi)` (`span` 0: no object at all).
    /// Fixed for the marker's life: nothing is allocated or freed while marking. The low end is
    /// not kept: it is the first arena's base, i.e. the address of an object, and the marker
    /// lives in a frame the conservative stack scan reads, so storing it would keep that object
    /// alive. `hi` is past every object, so it identifies none.
    hi: usize,
    span: usize,
    /// Gather mode (`children_of`): `mark` records the start of each unmarked object reported
    /// here instead of marking it.
    gather: Option<Vec<usize>>,
}

impl<'a> Marker<'a> {
    pub(crate) fn new(
        small: &'a mut SmallSpace,
        large: &'a mut LargeSpace,
        stack: &'a mut Vec<(*mut u8, TraceFn)>,
    ) -> Marker<'a> {
        let (hi, span) = heap_span(small, large);
        Marker {
            small,
            large,
            stack,
            hi,
            span,
            gather: None,
        }
    }

    #[inline(always)]
    pub(crate) fn find(&mut self, addr: usize) -> Option<ObjRef> {
        match self.small.find(addr) {
            Some(o) => Some(o),
            None => self.large.find(addr),
        }
    }

    /// Marks the object `ptr` points into (start or interior); null and non-heap pointers are
    /// ignored, so trace functions may report every reference field unconditionally.
    #[inline(always)]
    pub fn mark(&mut self, ptr: *mut u8) {
        self.mark_word(ptr as usize);
    }

    /// The inline part of marking: words outside both spaces' span are rejected here.
    #[inline(always)]
    fn mark_word(&mut self, w: usize) {
        // `w` in [hi - span, hi)  <=>  hi - w in [1, span]  (wrapping: below and above fail).
        if self.hi.wrapping_sub(w).wrapping_sub(1) < self.span {
            self.mark_in_span(w);
        }
    }

    #[inline(never)]
    fn mark_in_span(&mut self, w: usize) {
        match self.small.find(w) {
            Some(o) => self.mark_found(o),
            None => self.mark_large(w),
        }
    }

    #[cold]
    #[inline(never)]
    fn mark_large(&mut self, w: usize) {
        if let Some(o) = self.large.find(w) {
            self.mark_found(o);
        }
    }

    /// Marks the allocated object `o` (and queues it for tracing) unless already marked.
    #[inline(always)]
    fn mark_found(&mut self, o: ObjRef) {
        // SAFETY: `meta` points to the live metadata word of the object just found.
        let meta = unsafe { &mut *o.meta };
        let m = *meta;
        if m & F_MARK != 0 {
            return;
        }
        if self.gather.is_some() {
            self.gather_found(o.start);
            return;
        }
        *meta = m | F_MARK;
        if let Some(t) = meta_kind(m).trace {
            self.stack.push((o.start, t));
        }
    }

    #[cold]
    #[inline(never)]
    fn gather_found(&mut self, start: *mut u8) {
        if let Some(g) = &mut self.gather {
            g.push(start as usize);
        }
    }

    /// The unmarked objects `obj` (an allocated object start) references, by its `trace`.
    pub(crate) fn children_of(&mut self, obj: *mut u8, out: &mut Vec<usize>) {
        out.clear();
        let Some(o) = self.find(obj as usize) else {
            return;
        };
        let Some(t) = o.kind().trace else { return };
        self.gather = Some(std::mem::take(out));
        // SAFETY: an allocated object of this kind; in gather mode nothing is marked or pushed.
        unsafe { t(o.start, self) };
        *out = self.gather.take().unwrap_or_default();
    }

    /// Every allocated, unmarked object start.
    pub(crate) fn unmarked(&mut self) -> Vec<usize> {
        let mut v = Vec::new();
        let mut f = |o: ObjRef| {
            // SAFETY: live metadata of an allocated object.
            if unsafe { *o.meta } & F_MARK == 0 {
                v.push(o.start as usize);
            }
        };
        self.small.for_each_allocated(&mut f);
        self.large.for_each_allocated(&mut f);
        v
    }

    /// Whether the object containing `ptr` is marked (false for non-heap pointers).
    pub(crate) fn is_marked(&mut self, ptr: *mut u8) -> bool {
        match self.find(ptr as usize) {
            // SAFETY: as in `mark_word`.
            Some(o) => unsafe { *o.meta & F_MARK != 0 },
            None => false,
        }
    }

    /// Conservatively scans the aligned words of `[start, end)`: each word pointing into an
    /// allocated object marks it. For native stacks, generator stacks, and similar regions.
    ///
    /// # Safety
    /// The whole range must be readable memory.
    pub unsafe fn mark_range(&mut self, start: *const u8, end: *const u8) {
        let align = std::mem::align_of::<usize>();
        let mut p = (start as usize).next_multiple_of(align);
        while p + std::mem::size_of::<usize>() <= end as usize {
            // SAFETY: the caller guarantees the range is readable; `p` is aligned. Volatile because
            // the words may belong to other live frames the compiler knows nothing about here.
            let w = unsafe { std::ptr::read_volatile(p as *const usize) };
            self.mark_word(w);
            p += std::mem::size_of::<usize>();
        }
    }

    /// Traces marked objects until the mark stack is empty.
    pub(crate) fn drain(&mut self) {
        while let Some((obj, trace)) = self.stack.pop() {
            // SAFETY: `obj` is an allocated, marked object of a kind whose `trace` is `trace`;
            // Kind's contract makes it read only that object's reference fields.
            unsafe { trace(obj, self) };
        }
    }
}

/// `(hi, span)`: every object of both spaces lies in `[hi - span, hi)`. Not inlined, so the low
/// end lives only in this leaf's scratch registers, never in the collector's frames or
/// callee-saved registers that the stack scan reads (see `Marker::hi`).
#[inline(never)]
fn heap_span(small: &SmallSpace, large: &LargeSpace) -> (usize, usize) {
    let (slo, shi) = small.bounds();
    let (llo, lhi) = large.bounds();
    let hi = shi.max(lhi);
    (hi, hi.saturating_sub(slo.min(llo)))
}

/// Stores the six callee-saved registers (SysV x86-64: rbx, rbp, r12–r15) as they are at the
/// call into `out`. Not inlined, so the values are the caller's.
#[inline(never)]
pub fn save_registers(out: &mut [usize; 6]) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: stores six registers into the six-word array `out`; no other state is touched.
    unsafe {
        std::arch::asm!(
            "mov [{r}], rbx",
            "mov [{r} + 8], rbp",
            "mov [{r} + 16], r12",
            "mov [{r} + 24], r13",
            "mov [{r} + 32], r14",
            "mov [{r} + 40], r15",
            r = in(reg) out.as_mut_ptr(),
            options(nostack, preserves_flags),
        );
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        *out = [0; 6];
    }
}

/// Spills the callee-saved registers, then scans from the current stack pointer up to
/// `stack_base` (exclusive). Must not be inlined: its frame is the lowest one scanned.
///
/// # Safety
/// `stack_base` must be above (at a higher address than) the caller's frames on this thread's stack
/// and every address in between must be mapped stack.
#[inline(never)]
pub(crate) unsafe fn scan_stack(m: &mut Marker, stack_base: usize) {
    let mut regs = [0usize; 6];
    save_registers(&mut regs);
    // The scan starts at this frame's register array: everything the callers hold is above it.
    let sp = &regs as *const _ as usize;
    let regs = std::hint::black_box(regs);
    for w in regs {
        m.mark_word(w);
    }
    if stack_base > sp {
        // SAFETY: [sp, stack_base) is this thread's live stack by the caller's contract.
        unsafe { m.mark_range(sp as *const u8, stack_base as *const u8) };
    }
}

/// The lowest address of the executable's static TLS block for this thread (x86-64 glibc).
#[cfg(all(target_os = "linux", target_env = "gnu", target_arch = "x86_64"))]
fn static_tls_low() -> Option<usize> {
    extern "C" {
        fn getauxval(t: u64) -> u64;
    }
    const AT_PHDR: u64 = 3;
    const AT_PHNUM: u64 = 5;
    const PT_TLS: u32 = 7;
    #[repr(C)]
    struct Phdr {
        p_type: u32,
        p_flags: u32,
        p_offset: u64,
        p_vaddr: u64,
        p_paddr: u64,
        p_filesz: u64,
        p_memsz: u64,
        p_align: u64,
    }
    // SAFETY: getauxval is always safe to call; AT_PHDR/AT_PHNUM describe the executable's
    // program headers, mapped for the life of the process.
    let (phdr, phnum) = unsafe { (getauxval(AT_PHDR) as *const Phdr, getauxval(AT_PHNUM)) };
    if phdr.is_null() {
        return None;
    }
    // SAFETY: as above: `phnum` headers are readable at `phdr`.
    let headers = unsafe { std::slice::from_raw_parts(phdr, phnum as usize) };
    let tls = headers.iter().find(|h| h.p_type == PT_TLS)?;
    let tp: usize;
    // SAFETY: reads the thread pointer (fs:0 holds its own address on x86-64 Linux).
    unsafe {
        std::arch::asm!("mov {}, fs:0", out(reg) tp, options(nostack, readonly, preserves_flags))
    };
    let size = (tls.p_memsz as usize).next_multiple_of((tls.p_align as usize).max(1));
    Some(tp - size)
}

#[cfg(not(all(target_os = "linux", target_env = "gnu", target_arch = "x86_64")))]
fn static_tls_low() -> Option<usize> {
    None
}

/// The calling thread's stack block `[low, high)` from the C library (glibc/Linux), or None.
pub fn thread_stack_extent() -> Option<(usize, usize)> {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        use std::ffi::c_void;
        extern "C" {
            fn pthread_self() -> usize;
            fn pthread_getattr_np(thread: usize, attr: *mut c_void) -> i32;
            fn pthread_attr_getstack(
                attr: *const c_void,
                addr: *mut *mut c_void,
                size: *mut usize,
            ) -> i32;
            fn pthread_attr_destroy(attr: *mut c_void) -> i32;
        }
        // pthread_attr_t is 56 bytes on x86-64/aarch64 glibc; 128 aligned bytes is ample.
        #[repr(C, align(16))]
        struct Attr([u8; 128]);
        let mut attr = Attr([0; 128]);
        let mut addr: *mut c_void = std::ptr::null_mut();
        let mut size = 0usize;
        let a = &mut attr as *mut Attr as *mut c_void;
        // SAFETY: glibc's documented calls on the current thread, with a buffer larger than
        // pthread_attr_t; the attr is destroyed only after a successful getattr.
        unsafe {
            if pthread_getattr_np(pthread_self(), a) != 0 {
                return None;
            }
            let r = pthread_attr_getstack(a, &mut addr, &mut size);
            pthread_attr_destroy(a);
            if r != 0 || addr.is_null() {
                return None;
            }
        }
        Some((addr as usize, addr as usize + size))
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    {
        None
    }
}

/// The highest address of the calling thread's stack, from the C library (glibc/Linux), or None.
pub(crate) fn current_stack_base() -> Option<usize> {
    {
        let (_, mut base) = thread_stack_extent()?;
        // glibc puts a thread's TCB and static TLS at the top of its stack block (x86-64 keeps
        // TLS variant II: the executable's TLS segment ends at the thread pointer). TLS is not
        // stack and holds words that look like heap pointers (the heap's own bounds), so the
        // scan stops below it.
        let here = &base as *const usize as usize;
        if let Some(tls_low) = static_tls_low() {
            if tls_low > here && tls_low < base {
                base = tls_low;
            }
        }
        Some(base)
    }
}
