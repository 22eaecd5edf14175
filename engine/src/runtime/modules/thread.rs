//! The `thread` module: green threads (stackful coroutines on one OS thread), locks, get_ident.
//! The Python-level API (`start_new_thread`, `LockType`, `_local`, `error`) is in `py/thread.py`,
//! run in the module's namespace at import; the natives below are the scheduler it calls.
//!
//! Input: `_start(bootstrap, args)` from `start_new_thread`, lock acquire/release, `time.sleep`
//! (`sleep`), the interpreter's ticks (`preempt`, from `signals::tick`).
//! Output: each Python thread runs `bootstrap(*args)` on its own 16 MiB native stack (a
//! `corosensei` coroutine, lazily committed by the OS); threads interleave as under CPython's GIL:
//! a switch happens at a blocking acquire of a held lock, at `time.sleep`, and every
//! `sys.setcheckinterval()` ticks when another thread is ready.
//!
//! Design: the main program's thread is not a coroutine. Every switch goes through the scheduler
//! loop (`run_scheduler`), which runs on the main stack: a coroutine switching away suspends back
//! to it; the main thread switching away calls it, and it returns once the main thread is picked
//! again. Ready threads run in FIFO order; sleeping threads become ready at their deadline (when
//! nothing is ready, the OS thread sleeps until the earliest one); threads blocked on a lock
//! become ready (FIFO) when it is released, and re-check it. When nothing can ever run again (every
//! thread blocked on a lock, none sleeping), the main thread's blocking acquire raises
//! `thread.error` ('deadlock') instead of hanging.
//!
//! Invariants, per switch (`leave` / `enter`): the running thread's interpreter state — the
//! thread state of `exc.rs` (pending and handled exception, frame chain, recursion depth, scratch
//! roots), the prompt-release anchors of `finalize.rs`, the stack bounds of `stack.rs` and the
//! GC's stack base — is moved into its `Green` entry and the next thread's moved back. The saved
//! states and not-yet-started threads' arguments are GC roots (`trace`, a root tracer). A thread
//! switching away parks its stack with the GC from just below a copy of its callee-saved
//! registers to its top, so suspended stacks (the main stack too while a coroutine runs) are
//! scanned by every collection. No GC allocation and no Python code run while `SCHED` is
//! borrowed. Threads still suspended at exit (daemons) are leaked, never unwound: dropping a
//! suspended coroutine would run Rust destructors on its stack.

use std::cell::RefCell;
use std::collections::{BTreeMap, VecDeque};
use std::time::{Duration, Instant};

use corosensei::stack::{DefaultStack, Stack};
use corosensei::{Coroutine, CoroutineResult, Yielder};

use super::super::call::call;
use super::super::exc;
use super::super::finalize;
use super::super::object::{Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::stack;
use super::super::types::{int, str as pystr, tuple, Arity, NativeFn};
use crate::gc;

/// `get_ident()` of the main thread; started threads count up from the next value.
const MAIN_IDENT: i64 = 140000000000001;
/// Native stack of each started thread (address space; pages are committed when touched).
const THREAD_STACK: usize = 16 << 20;

type Co = Coroutine<(), (), (), DefaultStack>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum State {
    Running,
    Ready,
    /// Waiting for the release of the lock at this address.
    Blocked(usize),
    Sleeping,
}

struct Green {
    /// The coroutine (None for the main thread, and while it is being resumed).
    co: Option<Box<Co>>,
    yielder: *const Yielder<(), ()>,
    /// The thread's stack: `[low, top)`.
    top: usize,
    low: usize,
    ts: exc::SavedThreadState,
    fin: finalize::SavedAnchors,
    /// The bootstrap callable and its argument tuple until the thread starts (roots).
    start: Option<(Obj, Obj)>,
    state: State,
    /// Blocking order (FIFO wake-ups).
    seq: u64,
    /// Set by the scheduler when nothing can ever wake this thread.
    deadlock: bool,
}

impl Drop for Green {
    fn drop(&mut self) {
        // A suspended coroutine is leaked, not unwound (see the header).
        if let Some(co) = self.co.take() {
            if co.started() && !co.done() {
                std::mem::forget(co);
            }
        }
    }
}

struct Sched {
    threads: BTreeMap<i64, Green>,
    current: i64,
    ready: VecDeque<i64>,
    sleepers: Vec<(Instant, i64)>,
    next_ident: i64,
    seq: u64,
}

thread_local! {
    static SCHED: RefCell<Option<Sched>> = const { RefCell::new(None) };
    static TRACER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn main_green() -> Green {
    Green {
        co: None,
        yielder: std::ptr::null(),
        top: gc::stack_base(),
        low: stack::low(),
        ts: Default::default(),
        fin: Default::default(),
        start: None,
        state: State::Running,
        seq: 0,
        deadlock: false,
    }
}

/// Runs `f` on the scheduler (created with the main thread's entry at first use). `f` must not
/// allocate GC objects or run Python code.
fn with_sched<R>(f: impl FnOnce(&mut Sched) -> R) -> R {
    SCHED.with(|s| {
        let mut s = s.borrow_mut();
        let s = s.get_or_insert_with(|| {
            let mut threads = BTreeMap::new();
            threads.insert(MAIN_IDENT, main_green());
            Sched {
                threads,
                current: MAIN_IDENT,
                ready: VecDeque::new(),
                sleepers: Vec::new(),
                next_ident: MAIN_IDENT + 1,
                seq: 0,
            }
        });
        f(s)
    })
}

/// Whether threads were started and some other than the running one still exist.
fn others_exist() -> bool {
    SCHED.with(|s| {
        s.try_borrow()
            .ok()
            .is_some_and(|s| s.as_ref().is_some_and(|s| s.threads.len() > 1))
    })
}

fn trace(m: &mut gc::Marker) {
    SCHED.with(|s| {
        let Ok(s) = s.try_borrow() else { return };
        let Some(s) = s.as_ref() else { return };
        for g in s.threads.values() {
            exc::trace_saved_state(m, &g.ts);
            if let Some((f, a)) = g.start {
                m.mark(f.as_ptr());
                m.mark(a.as_ptr());
            }
        }
    });
}

/// The running thread's ident.
pub fn current_ident() -> i64 {
    SCHED.with(|s| {
        s.try_borrow()
            .ok()
            .and_then(|s| s.as_ref().map(|s| s.current))
            .unwrap_or(MAIN_IDENT)
    })
}

/// Saves the running thread's interpreter state into its entry.
fn leave(ident: i64) {
    let ts = exc::take_thread_state();
    let fin = finalize::take_anchors();
    with_sched(|s| {
        if let Some(g) = s.threads.get_mut(&ident) {
            g.ts = ts;
            g.fin = fin;
        }
    });
}

/// Makes `ident` the running thread: its stack, its interpreter state.
fn enter(ident: i64) {
    let (top, low, ts, fin) = with_sched(|s| {
        s.current = ident;
        let g = s.threads.get_mut(&ident).expect("entered thread exists");
        g.state = State::Running;
        (
            g.top,
            g.low,
            std::mem::take(&mut g.ts),
            std::mem::take(&mut g.fin),
        )
    });
    gc::unpark_stack(top);
    // SAFETY: `top` is the top of the stack we run on now (the main stack's base, or the
    // coroutine stack's base, which stays mapped while the coroutine exists).
    unsafe { gc::set_stack_base(top) };
    stack::set_low(low);
    exc::put_thread_state(ts);
    finalize::put_anchors(fin);
}

/// The running thread gives up the CPU (its state already says why: Ready and queued, Blocked,
/// Sleeping); returns when it is scheduled again.
fn switch_out() {
    let ident = with_sched(|s| s.current);
    leave(ident);
    if ident == MAIN_IDENT {
        run_scheduler();
    } else {
        suspend(ident);
    }
    enter(ident);
}

/// Suspends the running coroutine back to the scheduler, its stack parked with the GC.
#[inline(never)]
fn suspend(ident: i64) {
    let (y, top) = with_sched(|s| {
        let g = &s.threads[&ident];
        (g.yielder, g.top)
    });
    let mut regs = [0usize; 6];
    gc::save_registers(&mut regs);
    let sp = std::hint::black_box(&regs) as *const [usize; 6] as usize;
    // SAFETY: [sp, top) is this coroutine's live stack, frozen while it is suspended; the
    // callers' callee-saved registers are in `regs` (or spilled above it).
    unsafe { gc::park_stack(sp, top) };
    // SAFETY: the yielder of the running coroutine, valid while it runs.
    unsafe { &*y }.suspend(());
    std::hint::black_box(&regs);
}

/// The scheduler loop, on the main stack: runs other threads until the main thread is picked.
fn run_scheduler() {
    loop {
        match pick_next() {
            Some(MAIN_IDENT) => return,
            Some(id) => resume_one(id),
            None => {
                // Nothing can run: the main thread must be blocked on a lock for good.
                with_sched(|s| {
                    if let Some(g) = s.threads.get_mut(&MAIN_IDENT) {
                        g.deadlock = true;
                    }
                });
                return;
            }
        }
    }
}

/// The next thread to run: the first ready one, after waking sleepers whose deadline passed
/// (sleeping the OS thread when only sleepers are left); None when nothing can ever run.
fn pick_next() -> Option<i64> {
    loop {
        let r = with_sched(|s| {
            let now = Instant::now();
            s.sleepers.sort();
            while let Some(&(d, id)) = s.sleepers.first() {
                if d > now {
                    break;
                }
                s.sleepers.remove(0);
                if let Some(g) = s.threads.get_mut(&id) {
                    g.state = State::Ready;
                    s.ready.push_back(id);
                }
            }
            while let Some(id) = s.ready.pop_front() {
                if s.threads.get(&id).is_some_and(|g| g.state == State::Ready) {
                    return Ok(Some(id));
                }
            }
            match s.sleepers.first() {
                Some(&(d, _)) => Err(d.saturating_duration_since(now)),
                None => Ok(None),
            }
        });
        match r {
            Ok(x) => return x,
            Err(wait) => std::thread::sleep(wait),
        }
    }
}

/// Runs coroutine `id` until it switches away or finishes (main thread's context).
#[inline(never)]
fn resume_one(id: i64) {
    let (co, main_top, main_low) = with_sched(|s| {
        let main = &s.threads[&MAIN_IDENT];
        let (t, l) = (main.top, main.low);
        (s.threads.get_mut(&id).and_then(|g| g.co.take()), t, l)
    });
    let Some(mut co) = co else { return };
    let mut regs = [0usize; 6];
    gc::save_registers(&mut regs);
    let sp = std::hint::black_box(&regs) as *const [usize; 6] as usize;
    // SAFETY: as in `suspend`, for the main stack while the coroutine runs.
    unsafe { gc::park_stack(sp, main_top) };
    let r = co.resume(());
    std::hint::black_box(&regs);
    gc::unpark_stack(main_top);
    // SAFETY: back on the main stack.
    unsafe { gc::set_stack_base(main_top) };
    stack::set_low(main_low);
    match r {
        CoroutineResult::Yield(()) => with_sched(|s| {
            if let Some(g) = s.threads.get_mut(&id) {
                g.co = Some(co);
            }
        }),
        CoroutineResult::Return(()) => {
            let g = with_sched(|s| s.threads.remove(&id));
            drop(g);
            drop(co);
        }
    }
}

/// A started thread's whole life, on its own stack.
fn body(ident: i64, y: &Yielder<(), ()>) {
    let start = with_sched(|s| {
        let g = s.threads.get_mut(&ident).expect("started thread exists");
        g.yielder = y as *const _;
        g.start.take()
    });
    enter(ident);
    if let Some((f, args)) = start {
        if call(f, tuple::items(args), None).is_err() {
            exc::clear_pending();
        }
    }
    drop(exc::take_thread_state());
    drop(finalize::take_anchors());
}

/// Blocks the running thread until [`wake`]`(key)`; false when nothing could ever wake it.
fn block_on(key: usize) -> bool {
    if !others_exist() {
        return false;
    }
    with_sched(|s| {
        s.seq += 1;
        let seq = s.seq;
        let cur = s.current;
        let g = s.threads.get_mut(&cur).expect("running thread exists");
        g.state = State::Blocked(key);
        g.seq = seq;
        g.deadlock = false;
    });
    switch_out();
    with_sched(|s| {
        let cur = s.current;
        !std::mem::take(&mut s.threads.get_mut(&cur).expect("running").deadlock)
    })
}

/// Makes every thread blocked on `key` ready (in blocking order).
fn wake(key: usize) {
    if !others_exist() {
        return;
    }
    with_sched(|s| {
        let mut w: Vec<(u64, i64)> = s
            .threads
            .iter()
            .filter(|(_, g)| g.state == State::Blocked(key))
            .map(|(&id, g)| (g.seq, id))
            .collect();
        w.sort();
        for (_, id) in w {
            if let Some(g) = s.threads.get_mut(&id) {
                g.state = State::Ready;
            }
            s.ready.push_back(id);
        }
    });
}

/// `time.sleep(secs)` when other threads exist: sleeps the running green thread (others run
/// meanwhile) and returns true; false when the caller should sleep the OS thread itself.
pub fn sleep(secs: f64) -> bool {
    if !others_exist() {
        return false;
    }
    let deadline = Instant::now() + Duration::from_secs_f64(secs.min(1e9));
    with_sched(|s| {
        let cur = s.current;
        if let Some(g) = s.threads.get_mut(&cur) {
            g.state = State::Sleeping;
        }
        s.sleepers.push((deadline, cur));
    });
    switch_out();
    true
}

/// Called every check interval ticks: lets the ready threads run first.
pub fn preempt() {
    let go = SCHED.with(|s| {
        let Ok(mut s) = s.try_borrow_mut() else {
            return false;
        };
        let Some(s) = s.as_mut() else { return false };
        if s.ready.is_empty() {
            return false;
        }
        let cur = s.current;
        if let Some(g) = s.threads.get_mut(&cur) {
            g.state = State::Ready;
        }
        s.ready.push_back(cur);
        true
    });
    if go {
        switch_out();
    }
}

// ---------------------------------------------------------------------------------------------
// Natives used by py/thread.py.

/// `_start(bootstrap, args)`: a new thread, ready to run `bootstrap(*args)`; its ident, or None
/// when no stack could be allocated.
fn start_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    if !tuple::is_tuple(a[1]) {
        return Err(exc::type_error("_start: args must be a tuple"));
    }
    let Ok(stack) = DefaultStack::new(THREAD_STACK) else {
        return Ok(rt().none);
    };
    let top = stack.base().get();
    let low = stack.limit().get();
    let ident = with_sched(|s| {
        let id = s.next_ident;
        s.next_ident += 1;
        id
    });
    let co: Co = Coroutine::with_stack(stack, move |y: &Yielder<(), ()>, ()| body(ident, y));
    with_sched(|s| {
        s.threads.insert(
            ident,
            Green {
                co: Some(Box::new(co)),
                yielder: std::ptr::null(),
                top,
                low,
                ts: Default::default(),
                fin: Default::default(),
                start: Some((a[0], a[1])),
                state: State::Ready,
                seq: 0,
                deadlock: false,
            },
        );
        s.ready.push_back(ident);
    });
    int::new(ident)
}

fn get_ident(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    int::new(current_ident())
}

/// Threads started and not finished.
fn count(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let n = SCHED.with(|s| {
        s.try_borrow()
            .ok()
            .and_then(|s| s.as_ref().map(|s| s.threads.len() - 1))
            .unwrap_or(0)
    });
    int::new(n as i64)
}

fn locked_name() -> PyResult<Obj> {
    pystr::intern("_locked")
}

fn is_locked(lock: Obj) -> PyResult<bool> {
    let v = ops::getattr(lock, locked_name()?)?;
    ops::truthy(v)
}

/// `_acquire(lock, waitflag)`: True when acquired, False when not (waitflag false), None on
/// deadlock. Atomic with respect to other green threads except while blocked.
fn acquire_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let lock = a[0];
    let wait = ops::truthy(a[1])?;
    loop {
        if !is_locked(lock)? {
            ops::setattr(lock, locked_name()?, rt().true_)?;
            return Ok(rt().true_);
        }
        if !wait {
            return Ok(rt().false_);
        }
        if !block_on(lock.as_ptr() as usize) {
            return Ok(rt().none);
        }
    }
}

/// `_release(lock)`: False if it was not locked; else unlocks it and wakes its waiters.
fn release_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let lock = a[0];
    if !is_locked(lock)? {
        return Ok(rt().false_);
    }
    ops::setattr(lock, locked_name()?, rt().false_)?;
    wake(lock.as_ptr() as usize);
    Ok(rt().true_)
}

const FUNCS: &[(&str, NativeFn, Arity)] = &[
    ("_start", start_, Arity::Range(2, 2)),
    ("get_ident", get_ident, Arity::None),
    ("_count", count, Arity::None),
    ("_acquire", acquire_, Arity::Range(2, 2)),
    ("_release", release_, Arity::One),
];

pub fn init(d: Obj) -> PyResult<()> {
    if !TRACER.with(|t| t.replace(true)) {
        gc::add_root_tracer(trace);
    }
    super::add_funcs(d, FUNCS)?;
    super::run_source(d, "thread", include_str!("py/thread.py"))
}
