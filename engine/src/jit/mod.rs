//! Tier 1: the baseline LLVM tier, and the policy that moves code between tiers.
//!
//! In: code objects the interpreter is about to run (a call, a generator resumption) or is
//! running (a backedge to a loop header). Out: a compiled function for the code object, run over
//! the same heap frame the interpreter uses, or `None` (the interpreter runs it).
//!
//! - `codegen` turns a `compile::ir::CodeUnit` into one LLVM function
//!   `extern "C" fn(frame, entry) -> usize` (see ARCHITECTURE.md "Tier 1").
//! - `abi` holds the runtime entry points compiled code calls (C ABI, errors as a pending
//!   exception plus a sentinel result).
//! - `engine` owns LLVM: the context, the MCJIT execution engines (created by the first compile
//!   at their level, so a run that compiles nothing never initialises LLVM), IR and assembly
//!   dumps, and the compile thread.
//!
//! Policy (the seed's defaults): a function is compiled when it is called for the 4th time (the
//! interpreter runs its first 3 calls); a loop moves to compiled code (OSR) when its header has
//! been reached 10 times by a backward jump, counted per header. Code that runs once (module
//! bodies, class bodies, exec'd and eval'd code) tiers up only through OSR. `-n` compiles every
//! unit before its first instruction; `-I` never compiles. `--tier-thresholds CALLS[,LOOPS[,HOT]]` or
//! `PYSTON_TIER_THRESHOLDS` override the thresholds (`0`: compile functions at their first call,
//! OSR at a loop's first backedge).
//!
//! Compiles run in the background: a unit due for compiling is queued (once) on the runtime
//! thread's compile thread (`engine::Worker`, started by the first request), and the interpreter
//! keeps running it until its code is installed. Results are installed on the runtime thread at
//! the tier checks it passes anyway (`at_entry`: calls and generator resumptions of units not
//! compiled yet; `at_backedge`: loop headers past the threshold), after a one-load poll
//! (`engine::any_finished`). A compile that is due before the code may run at all waits for
//! its result instead (the request jumps the queue): under `-n`, for a threshold of 0, and
//! under `--stats` (so its counters are deterministic; `PYSTON_JIT_BACKGROUND=1` keeps
//! compiles in the background there, `=0` makes every compile wait). At exit, queued compiles
//! are dropped (`--stats` counts them as `tier1_queued_at_exit`).
//!
//! Hot code is compiled a second time, optimised (`engine::Level::Optimized`: LLVM's full
//! instruction selector and register allocator, on IR whose operators keep only the inline
//! paths their sites' type feedback has seen, see `codegen::generate`), in the background: a unit
//! becomes hot after `hot_threshold` activations (checked in [`run`]) or when its compiled
//! loops reach the equivalent number of backedge checks ([`at_loop_check`], from
//! `pyston_rt_backedge`). The new code replaces the old for every later entry; a frame running
//! in the old code moves over at its next backedge check to a loop header (the old code
//! returns [`SWITCH`] with the header, and [`run`] re-enters the new code there, as OSR
//! does). The third threshold field, HOT, sets `hot_threshold` (1: recompile at once, waited
//! for: the `hot-opt` test configuration).
//!
//! Invariants: compiled code and the interpreter agree on the frame at every instruction that can
//! raise or collect (slots, `block`, `inst`, `lineno`), so switching tiers transfers no state. A
//! code object is compiled at most once per level; a baseline compile failure (an LLVM error)
//! leaves the code to the interpreter for good, an optimised one leaves the baseline code,
//! both reported on the runtime thread. A code object with a compile in
//! flight is a GC root (its unit, which the compile thread reads, stays alive and unchanged)
//! until its result is installed; the compile thread never touches the runtime.

pub mod abi;
pub mod codegen;
pub mod engine;

use engine::Level;

use std::cell::{Cell, RefCell};
use std::sync::OnceLock;

use crate::compile::ir::UnitKind;
use crate::runtime::interp::{Exit, Resume};
use crate::runtime::object::{Obj, PyResult, Raised};
use crate::runtime::types::code;

/// How code moves between tiers (fixed once per process by the command line).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policy {
    /// Never compile (`-I`).
    pub interpreter_only: bool,
    /// Compile every unit before it runs (`-n`).
    pub no_interpreter: bool,
    /// Interpreted calls of a function before it is compiled.
    pub call_threshold: u64,
    /// Backedges to one loop header before the frame moves to compiled code.
    pub loop_threshold: u64,
    /// Activations of a unit before it is recompiled optimised (hot code); its compiled loops
    /// count too, a backedge check (every `sys.getcheckinterval()` ticks) as 25 calls.
    pub hot_threshold: u64,
    /// `-v`: each compiled function's IR on stderr; `-d`: its assembly too.
    pub dump_ir: bool,
    pub dump_asm: bool,
    /// `--stats`: counters on stderr at exit.
    pub stats: bool,
    /// `-q`: no diagnostics at all.
    pub quiet: bool,
    /// Compile on the compile thread while the interpreter runs on (off: every compile is
    /// waited for). `configure` turns it off under `--stats` (see the module header).
    pub background: bool,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            interpreter_only: false,
            no_interpreter: false,
            call_threshold: 3,
            loop_threshold: 10,
            hot_threshold: 1000,
            dump_ir: false,
            dump_asm: false,
            stats: false,
            quiet: false,
            background: true,
        }
    }
}

impl Policy {
    /// Applies a `--tier-thresholds` / `PYSTON_TIER_THRESHOLDS` value: `CALLS[,LOOPS[,HOT]]`;
    /// a single number sets both of the first two (HOT, the optimised recompile's threshold,
    /// keeps its default unless given; 0 counts as 1). Err: the message for a malformed value.
    pub fn set_thresholds(&mut self, spec: &str) -> Result<(), String> {
        let bad = || format!("bad tier thresholds '{spec}' (expected CALLS[,LOOPS[,HOT]])");
        let parse = |s: &str| s.trim().parse::<u64>().map_err(|_| bad());
        let fields: Vec<&str> = spec.split(',').collect();
        match fields[..] {
            [n] => {
                let n = parse(n)?;
                self.call_threshold = n;
                self.loop_threshold = n;
            }
            [c, l] | [c, l, _] => {
                self.call_threshold = parse(c)?;
                self.loop_threshold = parse(l)?;
            }
            _ => return Err(bad()),
        }
        if let [_, _, h] = fields[..] {
            self.hot_threshold = parse(h)?.max(1);
        }
        Ok(())
    }

    /// Backedge checks in a unit's compiled loops that make it hot.
    fn hot_loop_checks(&self) -> u32 {
        self.hot_threshold.div_ceil(25).min(u32::MAX as u64) as u32
    }

    /// Whether a compile that falls due at `threshold` is waited for before the code runs on
    /// (rather than done in the background while the interpreter runs it).
    fn waits(&self, threshold: u64) -> bool {
        !self.background || self.no_interpreter || threshold == 0
    }
}

static POLICY: OnceLock<Policy> = OnceLock::new();

/// Fixes the policy (the first call wins; later ones are ignored). `--stats` compiles
/// synchronously (its counts follow the thresholds exactly) unless `PYSTON_JIT_BACKGROUND`
/// says `1`; `PYSTON_JIT_BACKGROUND=0` waits for every compile.
pub fn configure(mut p: Policy) {
    p.background = match std::env::var("PYSTON_JIT_BACKGROUND").as_deref() {
        Ok("0") => false,
        Ok("1") => true,
        _ => p.background && !p.stats,
    };
    let _ = POLICY.set(p);
}

pub fn policy() -> &'static Policy {
    POLICY.get_or_init(Policy::default)
}

/// Counters `--stats` prints.
#[derive(Default)]
pub struct Stats {
    pub compiled: Cell<u64>,
    /// Hot code recompiled at `engine::Level::Optimized`.
    pub optimized: Cell<u64>,
    pub compile_failures: Cell<u64>,
    pub osr_entries: Cell<u64>,
    pub compile_nanos: Cell<u64>,
}

thread_local! {
    pub static STATS: Stats = Stats::default();
}

/// A compiled code unit: `fn(frame, entry, words) -> usize`. `entry` is 0 for a call, a block number
/// (a loop header for OSR, a resume block for a generator), or [`THROW`] | block (raise the
/// pending exception at that block's terminator). The result is 0 with the exception pending,
/// the returned object, the yielded object | 1, or [`SWITCH`] | block << 4: the frame's code
/// has newer (optimised) code now, to continue in at that loop header.
pub type CompiledFn = unsafe extern "C" fn(*mut u8, u32, *const abi::Words) -> usize;

pub const THROW: u32 = 1 << 31;

/// The low bits of a compiled function's result that ask for a switch to newer code.
pub const SWITCH: usize = 2;

/// `Profile::compiled` values besides a function address (functions are 16-byte aligned).
const NOT_YET: usize = 0;
const FAILED: usize = 1;
/// Queued on the compile thread, or being compiled there.
const QUEUED: usize = 2;

/// The compiled code of the profiled code object, if it has some.
#[inline]
pub fn compiled_of(profile: &code::Profile) -> Option<CompiledFn> {
    match profile.compiled.get() {
        NOT_YET | FAILED | QUEUED => None,
        // SAFETY: set by `install_finished` from the execution engine's address of a function
        // of this signature; code memory is never freed.
        addr => Some(unsafe { std::mem::transmute::<usize, CompiledFn>(addr) }),
    }
}

fn runs_once(kind: UnitKind) -> bool {
    matches!(
        kind,
        UnitKind::Module | UnitKind::Class | UnitKind::Eval | UnitKind::Interactive
    )
}

thread_local! {
    /// This thread's compile thread, started by its first compile request.
    static WORKER: RefCell<Option<engine::Worker>> = const { RefCell::new(None) };
    /// Code objects queued on the compile thread and not installed yet, with the level asked
    /// for: GC roots (see `trace_queued`); a request's ticket is its code object's address
    /// plus the level's number (code objects are 16-byte aligned).
    static QUEUED_CODE: RefCell<Vec<(Obj, Level)>> = const { RefCell::new(Vec::new()) };
}

/// The root tracer for `QUEUED_CODE`.
fn trace_queued(m: &mut crate::gc::Marker) {
    let _ = QUEUED_CODE.try_with(|q| {
        for (o, _) in q.borrow().iter() {
            m.mark(o.as_ptr());
        }
    });
}

/// Registers the `fork` handlers (once per process): the compile thread of the forking thread
/// pauses around the fork; in the child, which has no compile thread, the worker is abandoned
/// and the compiles it owed go back to not requested (a new compile thread takes them).
fn watch_forks() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    extern "C" {
        fn pthread_atfork(
            prepare: Option<extern "C" fn()>,
            parent: Option<extern "C" fn()>,
            child: Option<extern "C" fn()>,
        ) -> std::os::raw::c_int;
    }
    fn with_worker(f: impl FnOnce(&mut Option<engine::Worker>)) {
        let _ = WORKER.try_with(|w| {
            if let Ok(mut w) = w.try_borrow_mut() {
                f(&mut w)
            }
        });
    }
    extern "C" fn prepare() {
        with_worker(|w| w.iter().for_each(engine::Worker::pause));
    }
    extern "C" fn parent() {
        with_worker(|w| w.iter().for_each(engine::Worker::resume));
    }
    extern "C" fn child() {
        with_worker(|w| w.take().into_iter().for_each(engine::Worker::abandon));
        let _ = QUEUED_CODE.try_with(|q| {
            if let Ok(mut q) = q.try_borrow_mut() {
                for (c, level) in q.drain(..) {
                    match level {
                        Level::Baseline => code::profile(c).compiled.set(NOT_YET),
                        Level::Optimized => code::profile(c).optimizing.set(false),
                    }
                }
            }
        });
    }
    ONCE.call_once(|| {
        // SAFETY: registers three handlers that only touch this module's thread-locals (on
        // the forking thread) and the worker's own lock; they never unwind.
        unsafe { pthread_atfork(Some(prepare), Some(parent), Some(child)) };
    });
}

/// Asks the compile thread for `code_obj`'s code if nobody has yet; with `wait`, returns only
/// once the result is installed. The code's compiled function, if it has one now.
fn request(code_obj: Obj, wait: bool) -> Option<CompiledFn> {
    let profile = code::profile(code_obj);
    if profile.compiled.get() == NOT_YET {
        submit(code_obj, Level::Baseline, wait);
    }
    while wait && profile.compiled.get() == QUEUED {
        install_finished(true);
    }
    compiled_of(profile)
}

/// Queues `code_obj` on this thread's compile thread (starting it if needed) at `level`, ahead
/// of the queue if `urgent`. If the thread cannot start, the code stays as it is (for a
/// baseline compile: interpreted, a failure).
fn submit(code_obj: Obj, level: Level, urgent: bool) {
    let started = WORKER.with(|w| {
        let mut w = w.borrow_mut();
        if w.is_none() {
            *w = Some(engine::Worker::start()?);
            crate::gc::add_root_tracer(trace_queued);
            watch_forks();
        }
        let worker = w.as_ref().ok_or("no compile thread")?;
        QUEUED_CODE.with(|q| q.borrow_mut().push((code_obj, level)));
        let feedback = match level {
            Level::Baseline => Vec::new(),
            Level::Optimized => code::profile(code_obj)
                .sites
                .iter()
                .map(|s| s.operands.get())
                .collect(),
        };
        // SAFETY: the unit belongs to `code_obj`, which `QUEUED_CODE` keeps alive until its
        // result is taken (`install_finished`); a unit never changes after its code object
        // is made. The worker lives in this thread's `WORKER` until the thread ends.
        unsafe {
            worker.submit(
                code_obj.addr() | level as usize,
                code::unit(code_obj),
                level,
                feedback,
                urgent,
            )
        };
        Ok::<(), String>(())
    });
    let profile = code::profile(code_obj);
    match started {
        Ok(()) if level == Level::Optimized => {}
        Ok(()) => profile.compiled.set(QUEUED),
        Err(_) if level == Level::Optimized => {}
        Err(e) => {
            profile.compiled.set(FAILED);
            STATS.with(|s| s.compile_failures.set(s.compile_failures.get() + 1));
            report(&format!(
                "cannot compile {}: {e}",
                code::unit(code_obj).name
            ));
        }
    }
}

/// Installs the compiles the compile thread has finished (waiting for one if `wait`): each
/// code object gets its function (or the failure), its dump is printed and counted.
fn install_finished(wait: bool) {
    let finished = WORKER.with(|w| {
        w.borrow()
            .as_ref()
            .map(|w| w.take_finished(wait))
            .unwrap_or_default()
    });
    for f in finished {
        let queued = QUEUED_CODE.with(|q| {
            let mut q = q.borrow_mut();
            let i = q
                .iter()
                .position(|(o, level)| o.addr() | *level as usize == f.ticket)?;
            Some(q.swap_remove(i))
        });
        // Every ticket is a queued code object's (held on this stack from here).
        let Some((code_obj, level)) = queued else {
            continue;
        };
        let optimized = level == Level::Optimized;
        if !f.dump.is_empty() {
            eprint!("{}", f.dump);
        }
        STATS.with(|s| {
            s.compile_nanos
                .set(s.compile_nanos.get() + f.time.as_nanos() as u64);
            match f.result {
                Ok(_) if optimized => s.optimized.set(s.optimized.get() + 1),
                Ok(_) => s.compiled.set(s.compiled.get() + 1),
                Err(_) => s.compile_failures.set(s.compile_failures.get() + 1),
            }
        });
        let profile = code::profile(code_obj);
        match f.result {
            Ok(addr) => profile.compiled.set(addr),
            Err(e) => {
                // A failed optimised compile leaves the baseline code in place.
                if !optimized {
                    profile.compiled.set(FAILED);
                }
                report(&format!(
                    "cannot compile {}: {e}",
                    code::unit(code_obj).name
                ));
            }
        }
    }
}

/// A compile failure: said on stderr with `-v` or `--stats`; with `PYSTON_JIT_STRICT=1` (the
/// test matrix's JIT configurations) it ends the process (status 70), so no test passes by
/// falling back to the interpreter.
fn report(msg: &str) {
    let p = policy();
    let strict = std::env::var("PYSTON_JIT_STRICT").is_ok_and(|v| v == "1");
    if strict || (!p.quiet && (p.dump_ir || p.stats)) {
        eprintln!("pyston: {msg}");
    }
    if strict {
        std::process::exit(70);
    }
}

/// At the start of a frame's activation (its call count already includes this one): the
/// compiled code to run it with, if the policy says so and it is installed.
#[inline]
pub fn at_entry(code_obj: Obj) -> Option<CompiledFn> {
    let profile = code::profile(code_obj);
    if let Some(f) = compiled_of(profile) {
        return Some(f);
    }
    if profile.compiled.get() == FAILED {
        return None;
    }
    let p = policy();
    if p.interpreter_only {
        return None;
    }
    if engine::any_finished() {
        install_finished(false);
    }
    let due = p.no_interpreter
        || (!runs_once(code::unit(code_obj).kind) && profile.calls.get() > p.call_threshold);
    if due {
        request(code_obj, p.waits(p.call_threshold))
    } else {
        compiled_of(profile)
    }
}

/// At a backedge to loop header number `header` (its count already includes this one): the
/// compiled code to continue the frame in, if the policy says so and it is installed.
#[inline]
pub fn at_backedge(code_obj: Obj, count: u64) -> Option<CompiledFn> {
    let profile = code::profile(code_obj);
    if let Some(f) = compiled_of(profile) {
        return Some(f);
    }
    let p = policy();
    if p.interpreter_only || profile.compiled.get() == FAILED || count < p.loop_threshold {
        return None;
    }
    if engine::any_finished() {
        install_finished(false);
    }
    request(code_obj, p.waits(p.loop_threshold))
}

/// Asks for the optimised recompile of `code_obj` (once).
#[cold]
#[inline(never)]
fn optimize(code_obj: Obj) {
    if code::profile(code_obj).optimizing.replace(true) {
        return;
    }
    let p = policy();
    let wait = !p.background || p.hot_threshold <= 1;
    submit(code_obj, Level::Optimized, wait);
    while wait && queued(code_obj) {
        install_finished(true);
    }
}

/// Whether a compile of `code_obj` is queued or in progress.
fn queued(code_obj: Obj) -> bool {
    QUEUED_CODE.with(|q| q.borrow().iter().any(|(o, _)| *o == code_obj))
}

/// At a backedge check in compiled code `running` on frame `fr` (`abi::pyston_rt_backedge`):
/// counts towards recompiling its code optimised; true when the code has newer code than
/// `running` to continue in (the caller then returns [`SWITCH`] to [`run`]).
pub fn at_loop_check(fr: Obj, running: usize) -> bool {
    let code_obj = crate::runtime::types::frame::code_of(fr);
    let profile = code::profile(code_obj);
    if engine::any_finished() {
        install_finished(false);
    }
    let checks = profile.loop_checks.get().saturating_add(1);
    profile.loop_checks.set(checks);
    if checks >= policy().hot_loop_checks() && !profile.optimizing.get() {
        optimize(code_obj);
    }
    matches!(compiled_of(profile), Some(f) if f as usize != running)
}

/// [`run`]'s switches: compiled code returned `res`, [`SWITCH`] | header << 4; runs the
/// newest code of `code_obj` from that loop header, as often as asked. The final result.
#[cold]
#[inline(never)]
fn run_switching(fr: Obj, code_obj: Obj, mut res: usize) -> PyResult<usize> {
    while res & 3 == SWITCH {
        let Some(g) = compiled_of(code::profile(code_obj)) else {
            return Err(crate::runtime::exc::system_error("no code to switch to"));
        };
        // SAFETY: as in `run`: `g` is the frame's code's newest compiled function.
        res = unsafe { g(fr.as_ptr(), (res >> 4) as u32, abi::words()) };
    }
    Ok(res)
}

/// Runs compiled code `f` on frame `fr` from `entry` (and on in newer code for the frame's
/// code, when `f` asks to switch at a loop header). Inlined: it is the innermost step of every
/// call into compiled code; hot-code bookkeeping is two compares here.
#[inline(always)]
pub fn run(f: CompiledFn, fr: Obj, entry: u32) -> PyResult<Exit> {
    let code_obj = crate::runtime::types::frame::code_of(fr);
    let calls = code::profile(code_obj).calls.get();
    let hot = policy().hot_threshold;
    // Past the threshold, every 64th call (a set lookup; every call for a threshold of 1).
    if calls >= hot && (hot <= 1 || calls & 0x3f == 0) {
        optimize(code_obj);
    }
    // SAFETY: `f` was compiled for this frame's code; the frame is alive (the caller holds it).
    let mut res = unsafe { f(fr.as_ptr(), entry, abi::words()) };
    if res & 3 == SWITCH {
        res = run_switching(fr, code_obj, res)?;
    }
    if res == 0 {
        Err(Raised)
    } else if res & 1 == 1 {
        // SAFETY: a yielded object's address with the low bit set (objects are aligned).
        Ok(Exit::Yield(unsafe { obj_at(res & !1) }))
    } else {
        // SAFETY: the returned object's address.
        Ok(Exit::Return(unsafe { obj_at(res) }))
    }
}

/// # Safety
/// `addr` is a live object's non-zero address.
unsafe fn obj_at(addr: usize) -> Obj {
    // SAFETY: as the caller promises.
    unsafe { Obj::from_ptr(addr as *mut u8).unwrap_unchecked() }
}

/// Enters compiled code `f` at the start of an activation (`resume` as the interpreter takes it).
pub fn run_activation(f: CompiledFn, fr: Obj, resume: Resume) -> PyResult<Exit> {
    let entry = match crate::runtime::interp::resume_point(fr, resume)? {
        (block, false) => block as u32,
        (block, true) => THROW | block as u32,
    };
    run(f, fr, entry)
}

/// OSR: continues an interpreted frame at loop header block `block` in compiled code.
pub fn run_osr(f: CompiledFn, fr: Obj, block: u32) -> PyResult<Exit> {
    STATS.with(|s| s.osr_entries.set(s.osr_entries.get() + 1));
    run(f, fr, block)
}

/// `--stats`: the counters, on stderr (compiles finished by now are installed first; those
/// still queued or in progress are dropped at exit).
pub fn print_stats() {
    install_finished(false);
    let queued = QUEUED_CODE.with(|q| q.borrow().len());
    let gc = crate::gc::stats();
    STATS.with(|s| {
        eprintln!("pyston stats:");
        eprintln!("  tier1_compiled: {}", s.compiled.get());
        eprintln!("  tier1_optimized: {}", s.optimized.get());
        eprintln!("  tier1_compile_failures: {}", s.compile_failures.get());
        eprintln!("  tier1_queued_at_exit: {queued}");
        eprintln!("  osr_entries: {}", s.osr_entries.get());
        eprintln!(
            "  compile_ms: {:.1}",
            s.compile_nanos.get() as f64 / 1_000_000.0
        );
        eprintln!("  gc_collections: {}", gc.collections);
        eprintln!("  gc_ms: {:.1}", gc.gc_time.as_secs_f64() * 1000.0);
    });
}
