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
//! - `engine` owns LLVM: the context, the MCJIT execution engine (created on the first compile,
//!   so a run that compiles nothing never initialises LLVM), IR and assembly dumps.
//!
//! Policy (the seed's defaults): a function is compiled when it is called for the 4th time (the
//! interpreter runs its first 3 calls); a loop moves to compiled code (OSR) when its header has
//! been reached 10 times by a backward jump, counted per header. Code that runs once (module
//! bodies, class bodies, exec'd and eval'd code) tiers up only through OSR. `-n` compiles every
//! unit before its first instruction; `-I` never compiles. `--tier-thresholds CALLS[,LOOPS]` or
//! `PYSTON_TIER_THRESHOLDS` override the thresholds (`0`: compile functions at their first call,
//! OSR at a loop's first backedge).
//!
//! Invariants: compiled code and the interpreter agree on the frame at every instruction that can
//! raise or collect (slots, `block`, `inst`, `lineno`), so switching tiers transfers no state. A
//! code object is compiled at most once; a compile failure (an LLVM error) leaves the code to
//! the interpreter for good.

pub mod abi;
pub mod codegen;
pub mod engine;

use std::cell::Cell;
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
    /// `-v`: each compiled function's IR on stderr; `-d`: its assembly too.
    pub dump_ir: bool,
    pub dump_asm: bool,
    /// `--stats`: counters on stderr at exit.
    pub stats: bool,
    /// `-q`: no diagnostics at all.
    pub quiet: bool,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            interpreter_only: false,
            no_interpreter: false,
            call_threshold: 3,
            loop_threshold: 10,
            dump_ir: false,
            dump_asm: false,
            stats: false,
            quiet: false,
        }
    }
}

impl Policy {
    /// Applies a `--tier-thresholds` / `PYSTON_TIER_THRESHOLDS` value: `CALLS[,LOOPS]`; a single
    /// number sets both. Err: the message for a malformed value.
    pub fn set_thresholds(&mut self, spec: &str) -> Result<(), String> {
        let parse = |s: &str| {
            s.trim()
                .parse::<u64>()
                .map_err(|_| format!("bad tier thresholds '{spec}' (expected CALLS[,LOOPS])"))
        };
        match spec.split_once(',') {
            Some((c, l)) => {
                self.call_threshold = parse(c)?;
                self.loop_threshold = parse(l)?;
            }
            None => {
                let n = parse(spec)?;
                self.call_threshold = n;
                self.loop_threshold = n;
            }
        }
        Ok(())
    }
}

static POLICY: OnceLock<Policy> = OnceLock::new();

/// Fixes the policy (the first call wins; later ones are ignored).
pub fn configure(p: Policy) {
    let _ = POLICY.set(p);
}

pub fn policy() -> &'static Policy {
    POLICY.get_or_init(Policy::default)
}

/// Counters `--stats` prints.
#[derive(Default)]
pub struct Stats {
    pub compiled: Cell<u64>,
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
/// the returned object, or the yielded object | 1.
pub type CompiledFn = unsafe extern "C" fn(*mut u8, u32, *const abi::Words) -> usize;

pub const THROW: u32 = 1 << 31;

/// `Profile::compiled` values besides a function address.
const NOT_YET: usize = 0;
const FAILED: usize = 1;

/// The compiled code of the profiled code object, if it has some.
#[inline]
pub fn compiled_of(profile: &code::Profile) -> Option<CompiledFn> {
    match profile.compiled.get() {
        NOT_YET | FAILED => None,
        // SAFETY: set by `compile` from the execution engine's address of a function of
        // this signature; code memory is never freed.
        addr => Some(unsafe { std::mem::transmute::<usize, CompiledFn>(addr) }),
    }
}

fn runs_once(kind: UnitKind) -> bool {
    matches!(
        kind,
        UnitKind::Module | UnitKind::Class | UnitKind::Eval | UnitKind::Interactive
    )
}

/// Compiles `code_obj` now if it is not yet (or never will be).
fn compile(code_obj: Obj) -> Option<CompiledFn> {
    let profile = code::profile(code_obj);
    if profile.compiled.get() == NOT_YET {
        let t0 = std::time::Instant::now();
        let res = engine::compile(code_obj);
        STATS.with(|s| {
            s.compile_nanos
                .set(s.compile_nanos.get() + t0.elapsed().as_nanos() as u64);
            match res {
                Some(_) => s.compiled.set(s.compiled.get() + 1),
                None => s.compile_failures.set(s.compile_failures.get() + 1),
            }
        });
        profile.compiled.set(res.unwrap_or(FAILED));
    }
    compiled_of(profile)
}

/// At the start of a frame's activation (its call count already includes this one): the
/// compiled code to run it with, if the policy says so.
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
    let due = p.no_interpreter
        || (!runs_once(code::unit(code_obj).kind) && profile.calls.get() > p.call_threshold);
    if due {
        compile(code_obj)
    } else {
        None
    }
}

/// At a backedge to loop header number `header` (its count already includes this one): the
/// compiled code to continue the frame in, if the policy says so.
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
    compile(code_obj)
}

/// Runs compiled code `f` on frame `fr` from `entry`.
pub fn run(f: CompiledFn, fr: Obj, entry: u32) -> PyResult<Exit> {
    // SAFETY: `f` was compiled for this frame's code; the frame is alive (the caller holds it).
    let res = unsafe { f(fr.as_ptr(), entry, abi::words()) };
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

/// `--stats`: the counters, on stderr.
pub fn print_stats() {
    let gc = crate::gc::stats();
    STATS.with(|s| {
        eprintln!("pyston stats:");
        eprintln!("  tier1_compiled: {}", s.compiled.get());
        eprintln!("  tier1_compile_failures: {}", s.compile_failures.get());
        eprintln!("  osr_entries: {}", s.osr_entries.get());
        eprintln!(
            "  compile_ms: {:.1}",
            s.compile_nanos.get() as f64 / 1_000_000.0
        );
        eprintln!("  gc_collections: {}", gc.collections);
        eprintln!("  gc_ms: {:.1}", gc.gc_time.as_secs_f64() * 1000.0);
    });
}
