//! GC tests. Each test thread has its own heap (thread-local), so tests run in parallel safely.
//!
//! Test kinds: `CONS` (class word, car, cdr; traced), `ARRAY` (class word, length, refs…; traced),
//! `BLOB` (class word, pointer to a Rust-heap `Payload` whose drop is counted), `WEAKREF` (class
//! word, one weak slot; not traced). Drops are counted per thread.
//!
//! Conservative scanning caveat: a test asserting that something is FREED builds it in an
//! `#[inline(never)]` function that returns no pointer, then calls `gc_now()`, which zeroes 64 KiB
//! of dead stack before collecting, so no stale copy in an uninitialised frame slot can keep the
//! object alive. Survival assertions need no such care.

use super::*;
use std::cell::Cell;
use std::hint::black_box;
use std::ptr::null_mut;

thread_local! {
    static CONS_DROPS: Cell<usize> = const { Cell::new(0) };
    static BLOB_DROPS: Cell<usize> = const { Cell::new(0) };
    static TRACED_ROOT: Cell<*mut u8> = const { Cell::new(null_mut()) };
}

fn cons_drops() -> usize {
    CONS_DROPS.with(|c| c.get())
}
fn blob_drops() -> usize {
    BLOB_DROPS.with(|c| c.get())
}

/// Reads word `i` of an object.
unsafe fn word(obj: *mut u8, i: usize) -> *mut u8 {
    // SAFETY: callers pass live test objects with at least i+1 words.
    unsafe { *(obj as *mut *mut u8).add(i) }
}
unsafe fn set_word(obj: *mut u8, i: usize, v: *mut u8) {
    // SAFETY: as in `word`.
    unsafe { *(obj as *mut *mut u8).add(i) = v }
}

unsafe fn trace_cons(obj: *mut u8, m: &mut Marker) {
    // SAFETY: obj is a live CONS (3 words).
    unsafe {
        m.mark(word(obj, 1));
        m.mark(word(obj, 2));
    }
}
unsafe fn drop_cons(_obj: *mut u8) {
    CONS_DROPS.with(|c| c.set(c.get() + 1));
}
static CONS: Kind = Kind {
    name: "cons",
    trace: Some(trace_cons),
    drop: Some(drop_cons),
};

unsafe fn trace_array(obj: *mut u8, m: &mut Marker) {
    // SAFETY: obj is a live ARRAY: word 1 is its length, words 2.. its elements.
    unsafe {
        let n = word(obj, 1) as usize;
        for i in 0..n {
            m.mark(word(obj, 2 + i));
        }
    }
}
static ARRAY: Kind = Kind {
    name: "array",
    trace: Some(trace_array),
    drop: None,
};

struct Payload(#[allow(dead_code)] Vec<u8>);
impl Drop for Payload {
    fn drop(&mut self) {
        BLOB_DROPS.with(|c| c.set(c.get() + 1));
    }
}
unsafe fn drop_blob(obj: *mut u8) {
    // SAFETY: word 1 of a BLOB is null or a Box<Payload> it owns.
    unsafe {
        let p = word(obj, 1) as *mut Payload;
        if !p.is_null() {
            drop(Box::from_raw(p));
        }
    }
}
static BLOB: Kind = Kind {
    name: "blob",
    trace: None,
    drop: Some(drop_blob),
};

static WEAKREF: Kind = Kind {
    name: "weakref",
    trace: None,
    drop: None,
};

fn cons(car: *mut u8, cdr: *mut u8) -> *mut u8 {
    // SAFETY: car and cdr are held by our caller's frame (or are not pointers).
    unsafe {
        let p = alloc(&CONS, 24).expect("cons").as_ptr();
        set_word(p, 1, car);
        set_word(p, 2, cdr);
        p
    }
}

fn blob(size: usize) -> *mut u8 {
    // SAFETY: a fresh blob; the payload is owned by it.
    unsafe {
        let p = alloc(&BLOB, size.max(16)).expect("blob").as_ptr();
        set_word(
            p,
            1,
            Box::into_raw(Box::new(Payload(vec![7; 100]))) as *mut u8,
        );
        p
    }
}

fn array(n: usize) -> *mut u8 {
    // SAFETY: a fresh array of n null elements.
    unsafe {
        let p = alloc(&ARRAY, 16 + 8 * n).expect("array").as_ptr();
        set_word(p, 1, n as *mut u8);
        p
    }
}

/// Zeroes a large region of dead stack, so no stale pointer survives in frames built later.
#[inline(never)]
fn clear_stack() {
    let buf = [0usize; 8192];
    black_box(&buf);
}

fn gc_now() {
    clear_stack();
    collect();
}

/// Runs `f` on a fresh thread (fresh heap) with a 2 MB stack.
fn on_thread(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("test thread panicked");
}

#[test]
fn gc_stack_reachable_objects_survive() {
    on_thread(|| {
        let b = blob(32);
        let c = cons(b, null_mut());
        let d = cons(c, c);
        gc_now();
        assert_eq!(blob_drops(), 0);
        assert_eq!(cons_drops(), 0);
        // SAFETY: d is alive (on our stack).
        unsafe {
            assert_eq!(word(d, 1), c);
            assert_eq!(word(word(d, 1), 1), b);
        }
        black_box(d);
    });
}

#[inline(never)]
fn make_garbage(n: usize) {
    let mut l = null_mut();
    for _ in 0..n {
        l = cons(blob(24), l);
    }
    black_box(l);
}

#[test]
fn gc_unreachable_objects_are_freed() {
    on_thread(|| {
        make_garbage(1000);
        gc_now();
        assert_eq!(cons_drops(), 1000);
        assert_eq!(blob_drops(), 1000);
        assert_eq!(stats().live_objects, 0);
    });
}

#[inline(never)]
fn make_interior() -> *mut u8 {
    let p = cons(blob(16), null_mut());
    p.wrapping_add(13) // inside the cons, not its start
}

#[test]
fn gc_interior_pointers_keep_objects_alive() {
    on_thread(|| {
        let inner = black_box(make_interior());
        gc_now();
        assert_eq!(cons_drops(), 0);
        assert_eq!(blob_drops(), 0);
        let start = object_start(inner).expect("still allocated");
        assert_eq!(start.as_ptr(), inner.wrapping_sub(13));
        assert_eq!(kind_of(inner).map(|k| k.name), Some("cons"));
        black_box(inner);
    });
}

#[inline(never)]
fn store_in_root(slot: &mut *mut u8) {
    *slot = cons(blob(16), null_mut());
}

#[test]
fn gc_registered_roots_and_tracers() {
    on_thread(|| {
        let mut slot: Box<*mut u8> = Box::new(null_mut());
        // SAFETY: the box outlives the registration (removed below).
        unsafe { add_root(&*slot) };
        store_in_root(&mut slot);
        gc_now();
        assert_eq!(cons_drops(), 0);
        // SAFETY: registered; the slot pointer is valid.
        assert!(unsafe { remove_root(&*slot) });
        *slot = null_mut();
        gc_now();
        assert_eq!(cons_drops(), 1);
        assert_eq!(blob_drops(), 1);

        fn tracer(m: &mut Marker) {
            m.mark(TRACED_ROOT.with(|c| c.get()));
        }
        add_root_tracer(tracer);
        #[inline(never)]
        fn set_traced() {
            TRACED_ROOT.with(|c| c.set(cons(null_mut(), null_mut())));
        }
        set_traced();
        gc_now();
        assert_eq!(cons_drops(), 1);
        TRACED_ROOT.with(|c| c.set(null_mut()));
        gc_now();
        assert_eq!(cons_drops(), 2);
    });
}

#[inline(never)]
fn build_and_check_long_list(n: usize) {
    let mut head = null_mut();
    for i in 0..n {
        // car: a tagged integer (odd, never a heap address).
        head = cons((i * 2 + 1) as *mut u8, head);
    }
    collect();
    assert_eq!(cons_drops(), 0);
    let mut k = n;
    let mut p = head;
    while !p.is_null() {
        k -= 1;
        // SAFETY: p is a live cons reachable from `head`.
        unsafe {
            assert_eq!(word(p, 1) as usize, k * 2 + 1);
            p = word(p, 2);
        }
    }
    assert_eq!(k, 0);
    black_box(head);
}

#[test]
fn gc_million_long_list_on_small_stack() {
    on_thread(|| {
        build_and_check_long_list(1_000_000);
        gc_now();
        assert_eq!(cons_drops(), 1_000_000);
        assert_eq!(stats().live_objects, 0);
    });
}

#[test]
fn gc_garbage_cycles_run_in_flat_memory() {
    on_thread(|| {
        let n = if cfg!(debug_assertions) {
            3_000_000
        } else {
            10_000_000
        };
        #[inline(never)]
        fn churn(n: usize) {
            for _ in 0..n {
                let a = cons(null_mut(), null_mut());
                let b = cons(a, a);
                // SAFETY: a is alive (on our stack).
                unsafe { set_word(a, 2, b) };
            }
        }
        churn(n);
        let s = stats();
        assert!(s.collections >= 3, "{s:?}");
        assert!(s.heap_bytes < 32 << 20, "heap grew: {s:?}");
        assert!(s.live_bytes < 16 << 20, "{s:?}");
        gc_now();
        assert_eq!(cons_drops(), 2 * n);
    });
}

#[test]
fn gc_heap_follows_live_data() {
    on_thread(|| {
        // Live data far above the minimum threshold: collections must not happen every few
        // allocations, and the heap stays within a small factor of the live data.
        let keep = array(200_000); // large object holding 200k live cons cells
        for i in 0..200_000 {
            let c = cons(null_mut(), null_mut());
            // SAFETY: keep is a live array of 200k slots.
            unsafe { set_word(keep, 2 + i, c) };
            black_box(cons(null_mut(), null_mut())); // garbage
        }
        for _ in 0..2_000_000 {
            black_box(cons(null_mut(), null_mut()));
        }
        let s = stats();
        assert!(s.collections < 40, "{s:?}");
        assert!(s.heap_bytes < 48 << 20, "{s:?}");
        black_box(keep);
    });
}

#[test]
fn gc_large_objects() {
    on_thread(|| {
        let a = array(10_000); // 80 KB: large
        const { assert!(16 + 8 * 10_000 > MAX_SMALL) };
        for i in 0..10_000 {
            let c = cons(blob(16), null_mut());
            // SAFETY: a is a live array of 10k slots.
            unsafe { set_word(a, 2 + i, c) };
        }
        let mid = black_box(a.wrapping_add(40_000));
        #[inline(never)]
        fn forget<T>(_: T) {}
        forget(a);
        gc_now();
        assert_eq!(cons_drops(), 0);
        assert_eq!(blob_drops(), 0);
        assert_eq!(object_start(mid).map(|p| p.as_ptr()), Some(a));
        black_box(mid);

        #[inline(never)]
        fn big_garbage() {
            let b = array(100_000);
            // SAFETY: live array.
            unsafe { set_word(b, 2, cons(null_mut(), null_mut())) };
            black_box(b);
        }
        let before = cons_drops();
        big_garbage();
        gc_now();
        assert_eq!(cons_drops(), before + 1);
    });
}

#[test]
fn gc_absurd_sizes_fail_cleanly() {
    on_thread(|| {
        // SAFETY: no references are held.
        unsafe {
            assert_eq!(alloc(&BLOB, 1 << 61), Err(AllocError { size: 1 << 61 }));
            assert!(alloc(&BLOB, usize::MAX).is_err());
            assert!(alloc(&BLOB, isize::MAX as usize).is_err());
            // The heap still works.
            assert!(alloc(&BLOB, 64).is_ok());
        }
    });
}

#[test]
fn gc_disable_stops_automatic_collections() {
    on_thread(|| {
        set_enabled(false);
        assert!(!is_enabled());
        for _ in 0..1_000_000 {
            black_box(cons(null_mut(), null_mut()));
        }
        assert_eq!(stats().collections, 0);
        collect();
        assert_eq!(stats().collections, 1);
        set_enabled(true);
        assert!(is_enabled());
    });
}

#[test]
fn gc_stress_mode_keeps_live_data_and_poisons() {
    on_thread(|| {
        set_stress_interval(1);
        let mut l = null_mut();
        for i in 0..2000 {
            l = cons((i * 2 + 1) as *mut u8, l);
            black_box(blob(40));
        }
        assert!(stats().collections >= 1999);
        let mut k = 2000;
        let mut p = l;
        while !p.is_null() {
            k -= 1;
            // SAFETY: live list.
            unsafe {
                assert_eq!(word(p, 1) as usize, k * 2 + 1);
                p = word(p, 2);
            }
        }
        assert_eq!(k, 0);
        black_box(l);
        set_stress_interval(0);

        // Poison: a freed slot next to a live one (same block, so the memory stays mapped).
        let keeper = blob(40);
        #[inline(never)]
        fn freed_addr() -> usize {
            blob(40) as usize ^ 0xA5A5 // hidden from the conservative scan
        }
        let addr = freed_addr() ^ 0xA5A5;
        gc_now();
        assert!(object_start(addr as *const u8).is_none());
        assert_eq!(
            object_start(keeper).map(|p| p.as_ptr() as usize & !((16 << 10) - 1)),
            Some(addr & !((16 << 10) - 1)),
            "same block"
        );
        if cfg!(debug_assertions) {
            // SAFETY: the block is alive (keeper), so the freed slot's memory is mapped.
            let bytes = unsafe { std::slice::from_raw_parts(addr as *const u8, 48) };
            assert!(bytes.iter().all(|&b| b == 0xDB), "{bytes:?}");
        }
        black_box(keeper);
    });
}

fn make_finalizable() {
    let x = cons(blob(16), null_mut());
    // SAFETY: x is a live object start.
    assert!(unsafe { register_finalizer(x) });
    // SAFETY: as above.
    assert!(!unsafe { register_finalizer(x) }, "registered once");
}

#[test]
fn gc_finalizers_queue_and_run_once() {
    on_thread(|| {
        #[inline(never)]
        fn setup() {
            make_finalizable();
        }
        setup();
        gc_now();
        // Queued, and kept alive with what it reaches.
        assert_eq!(cons_drops(), 0);
        assert_eq!(blob_drops(), 0);
        #[inline(never)]
        fn resurrect(slot: &mut *mut u8) {
            let x = pop_finalizable().expect("queued").as_ptr();
            assert!(pop_finalizable().is_none());
            // SAFETY: x is alive (just popped, on our stack).
            assert_eq!(kind_of(unsafe { word(x, 1) }).map(|k| k.name), Some("blob"));
            *slot = x;
        }
        let mut slot: Box<*mut u8> = Box::new(null_mut());
        // SAFETY: the box outlives the registration.
        unsafe { add_root(&*slot) };
        resurrect(&mut slot);
        gc_now();
        assert_eq!(cons_drops(), 0);
        assert!(pop_finalizable().is_none(), "not queued while reachable");
        // SAFETY: registered above.
        unsafe { remove_root(&*slot) };
        *slot = null_mut();
        gc_now();
        assert!(pop_finalizable().is_none(), "a finalizer runs at most once");
        assert_eq!(cons_drops(), 1);
        assert_eq!(blob_drops(), 1);
    });
}

#[test]
fn gc_finalizer_queue_keeps_objects_until_popped() {
    on_thread(|| {
        #[inline(never)]
        fn setup() {
            for _ in 0..10 {
                make_finalizable();
            }
        }
        setup();
        gc_now();
        gc_now(); // the queue is a root: still alive
        assert_eq!(cons_drops(), 0);
        #[inline(never)]
        fn drain() -> usize {
            let mut n = 0;
            while pop_finalizable().is_some() {
                n += 1;
            }
            n
        }
        assert_eq!(drain(), 10);
        gc_now();
        assert_eq!(cons_drops(), 10);
        assert_eq!(blob_drops(), 10);
    });
}

fn weakref(target: *mut u8, callback: bool) -> *mut u8 {
    // SAFETY: a fresh weakref object; its slot (word 1) lives as long as it does.
    unsafe {
        let w = alloc(&WEAKREF, 16).expect("weakref").as_ptr();
        set_word(w, 1, target);
        register_weak((w as *mut *mut u8).add(1), w, callback);
        w
    }
}

#[test]
fn gc_weak_refs_cleared_and_queued() {
    on_thread(|| {
        let strong = cons(null_mut(), null_mut());
        let w1 = weakref(strong, true);
        #[inline(never)]
        fn weak_to_garbage() -> usize {
            weakref(cons(blob(16), null_mut()), true) as usize ^ 0x5A5A
        }
        // Hidden from the scan until we recover it, but kept alive by a root.
        let w2 = (weak_to_garbage() ^ 0x5A5A) as *mut u8;
        let mut slot: Box<*mut u8> = Box::new(w2);
        // SAFETY: the box outlives the registration.
        unsafe { add_root(&*slot) };
        gc_now();
        // SAFETY: w1, w2 are alive.
        unsafe {
            assert_eq!(word(w1, 1), strong, "strong target kept");
            assert!(word(w2, 1).is_null(), "dead target cleared");
        }
        assert_eq!(cons_drops(), 1);
        assert_eq!(blob_drops(), 1);
        assert_eq!(pop_weak_callback().map(|p| p.as_ptr()), Some(w2));
        assert!(pop_weak_callback().is_none());
        // SAFETY: registered above.
        unsafe { remove_root(&*slot) };
        *slot = null_mut();
        black_box((strong, w1));
    });
}

#[test]
fn gc_weak_ref_with_dead_owner_is_forgotten() {
    on_thread(|| {
        #[inline(never)]
        fn both_garbage() {
            weakref(cons(null_mut(), null_mut()), true);
        }
        both_garbage();
        gc_now();
        assert_eq!(cons_drops(), 1);
        assert!(
            pop_weak_callback().is_none(),
            "dead weakrefs get no callback"
        );
        // Reusing the memory must not confuse a later collection.
        for _ in 0..10_000 {
            black_box(cons(null_mut(), null_mut()));
        }
        gc_now();
    });
}

#[test]
fn gc_weak_ref_to_finalizable_object() {
    on_thread(|| {
        #[inline(never)]
        fn setup() -> usize {
            let x = cons(null_mut(), null_mut());
            // SAFETY: x is a live object start.
            unsafe { register_finalizer(x) };
            weakref(x, false) as usize ^ 0x77
        }
        let w = black_box((setup() ^ 0x77) as *mut u8);
        gc_now();
        // Cleared before the finalizer runs (CPython 2.7 order), though x itself survives.
        // SAFETY: w is alive on our stack.
        assert!(unsafe { word(w, 1) }.is_null());
        assert_eq!(cons_drops(), 0);
        assert!(pop_finalizable().is_some());
        black_box(w);
    });
}

/// Timing, not a check: `cargo test -p pyston-engine --release gc_measure -- --ignored --nocapture`.
#[test]
#[ignore]
fn gc_measure() {
    on_thread(|| {
        let t = std::time::Instant::now();
        for _ in 0..10_000_000 {
            // SAFETY: the object is garbage at once.
            black_box(unsafe { alloc(&ARRAY, 32) }.ok());
        }
        let s = stats();
        println!(
            "10^7 allocs of 32 B: {:?} ({:.1} ns/alloc), {} collections, {:?} in GC, heap {} KiB",
            t.elapsed(),
            t.elapsed().as_nanos() as f64 / 1e7,
            s.collections,
            s.gc_time,
            s.heap_bytes >> 10
        );
        let mut head = null_mut();
        for _ in 0..1_000_000 {
            head = cons(null_mut(), head);
        }
        collect();
        let t = std::time::Instant::now();
        collect();
        println!(
            "collection with 10^6 live conses: {:?} (live {} objects)",
            t.elapsed(),
            stats().live_objects
        );
        black_box(head);
    });
}

/// A fake suspended stack: a Rust-heap buffer holding the only reference to a blob.
#[inline(never)]
fn park_fake_stack(buf: &mut [usize]) {
    buf[5] = blob(40) as usize;
    let r = buf.as_ptr_range();
    // SAFETY: the buffer stays alive and mapped until unparked below.
    unsafe { super::park_stack(r.start as usize, r.end as usize) };
}

#[test]
fn gc_parked_stacks_are_scanned_until_unparked() {
    on_thread(|| {
        let mut buf = vec![0usize; 64];
        park_fake_stack(&mut buf);
        gc_now();
        assert_eq!(blob_drops(), 0);
        // Prompt-release style collections scan parked stacks in full too.
        let anchor = 0usize;
        // SAFETY: an address of this thread's stack; nothing below it matters.
        unsafe { super::collect_acyclic_above(black_box(&anchor) as *const usize as usize) };
        assert_eq!(blob_drops(), 0);
        let top = buf.as_ptr_range().end as usize;
        assert!(super::unpark_stack(top));
        assert!(!super::unpark_stack(top));
        buf[5] = 0;
        gc_now();
        assert_eq!(blob_drops(), 1);
        black_box(&buf);
    });
}
