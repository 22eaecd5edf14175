//! LLVM for tier 1, and the compile thread that runs it.
//!
//! LLVM: one context and one MCJIT execution engine per [`Level`] per OS thread that compiles (the
//! thread-local `JIT`, created by that thread's first compile; in the interpreter that is the
//! compile thread). Each code unit becomes its own module: generated (`codegen`), verified,
//! cleaned by a short function pipeline, optionally dumped (`-v` IR, `-d` assembly, returned as
//! text), added to the engine and finalised to native code (it calls helpers through the words
//! table, see `abi`: modules have no external symbols to resolve, and code generation needs
//! nothing but the `compile::ir::CodeUnit`).
//!
//! The compile thread ([`Worker`]): started by a runtime thread's first compile request; takes
//! requests (a ticket and a unit) in order, urgent ones first, compiles each, and hands back a
//! [`Finished`] (the function's address or the failure, the dump, the time taken). It never
//! touches the runtime or the GC heap: it reads the unit only, which the requester keeps alive
//! and unchanged until it takes the result. [`any_finished`] is the requesters' poll (one
//! atomic load). Dropping the `Worker` (when the requesting thread ends, as the runtime thread
//! does before the process exits, or calls `exit`: either drops the thread's thread-locals
//! before C++ static destructors run) drops the queued requests, waits for the compile in
//! progress and joins the thread, so LLVM is never busy while the process tears it down.
//! Around `fork` the thread is paused (no compile in progress, so no LLVM lock held); the
//! child, which has no compile thread, abandons the worker and starts its own at its next
//! request.
//!
//! Code memory: MCJIT's section memory manager maps sections writable, copies and relocates
//! them, then makes code read+execute (and read-only data read-only) when the module is
//! finalised; no page is writable and executable at once. Compiled code is never freed (a
//! code object's compiled function lives as long as the process).
//!
//! Invariants: a failure (invalid IR, an LLVM error, a panic in code generation) is reported
//! as an `Err` message, and the code stays interpreted; compiled code depends on no thread (its
//! runtime words come from the table passed at each call), so code compiled on the compile
//! thread runs on the requesting thread.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use inkwell::context::Context;
use inkwell::execution_engine::ExecutionEngine;
use inkwell::module::Module;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{
    CodeModel, FileType, InitializationConfig, RelocMode, Target, TargetMachine,
};
use inkwell::OptimizationLevel;

use super::codegen;
use crate::compile::ir::CodeUnit;

/// The function passes tier 1 runs: merging the error-check blocks codegen emits. Heavier
/// clean-ups (early-cse, instcombine) cost more compile time than cold code wins back.
pub const PASSES: &str = "function(simplifycfg)";

/// How hard the machine-code generator works on a module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// Every code unit's first compile: LLVM's fast instruction selector and register
    /// allocator, no optimisation (compiles quickly; the code spills every value between
    /// blocks).
    Baseline,
    /// Hot code's second compile (see `jit` on recompiling): the selection-DAG instruction
    /// selector and the greedy register allocator (about half the instructions of baseline
    /// code, for two to three times the compile time).
    Optimized,
}

struct Jit {
    context: &'static Context,
    /// One execution engine per [`Level`] (an engine's code generation options are fixed when
    /// it is made), the optimising one made by the first optimised compile.
    engines: [Option<ExecutionEngine<'static>>; 2],
    machine: TargetMachine,
    /// Modules handed to the engine (kept so their functions stay valid).
    modules: Vec<Module<'static>>,
}

thread_local! {
    static JIT: RefCell<Option<Jit>> = const { RefCell::new(None) };
}

fn init() -> Result<Jit, String> {
    Target::initialize_native(&InitializationConfig::default())?;
    // SAFETY: a no-op call that makes the linker keep MCJIT.
    unsafe { inkwell::llvm_sys::execution_engine::LLVMLinkInMCJIT() };
    let context: &'static Context = Box::leak(Box::new(Context::create()));
    let machine = target_machine(
        &TargetMachine::get_host_cpu_name().to_string(),
        &TargetMachine::get_host_cpu_features().to_string(),
        OptimizationLevel::Default,
    )?;
    Ok(Jit {
        context,
        engines: [None, None],
        machine,
        modules: Vec::new(),
    })
}

impl Jit {
    /// The engine of `level` (made, with its empty root module, on first use).
    fn engine(&mut self, level: Level) -> Result<&ExecutionEngine<'static>, String> {
        let slot = &mut self.engines[level as usize];
        if slot.is_none() {
            let root = self.context.create_module(match level {
                Level::Baseline => "pyston_root",
                Level::Optimized => "pyston_root_opt",
            });
            let engine = create_engine(&root, level)?;
            // The engine owns the root module from now on.
            std::mem::forget(root);
            *slot = Some(engine);
        }
        slot.as_ref().ok_or_else(|| "no engine".to_string())
    }
}

/// MCJIT for tier 1, at `level`: baseline code gets no optimisation in code generation and
/// the fast instruction selector, optimised code the default optimisation level and the
/// selection-DAG selector; both use the JIT's default (large) code model (helpers are called through absolute addresses: compiled
/// code may lie anywhere; the small model's stubs and GOT entries were not filled reliably by
/// LLVM 14's runtime linker across many modules), frame pointers kept (profilers unwind
/// through compiled code).
fn create_engine(root: &Module<'static>, level: Level) -> Result<ExecutionEngine<'static>, String> {
    use inkwell::llvm_sys::execution_engine::{
        LLVMCreateMCJITCompilerForModule, LLVMExecutionEngineRef,
        LLVMInitializeMCJITCompilerOptions, LLVMMCJITCompilerOptions,
    };
    use inkwell::llvm_sys::target_machine::LLVMCodeModel;
    let size = std::mem::size_of::<LLVMMCJITCompilerOptions>();
    // SAFETY: plain C calls with a zeroed options struct LLVM initialises, and a module we own
    // (its ownership moves to the engine, which is never disposed).
    unsafe {
        let mut options: LLVMMCJITCompilerOptions = std::mem::zeroed();
        LLVMInitializeMCJITCompilerOptions(&mut options, size);
        (options.OptLevel, options.EnableFastISel) = match level {
            Level::Baseline => (0, 1),
            Level::Optimized => (2, 0),
        };
        options.CodeModel = LLVMCodeModel::LLVMCodeModelJITDefault;
        options.NoFramePointerElim = 1;
        let mut engine: LLVMExecutionEngineRef = std::ptr::null_mut();
        let mut err: *mut std::os::raw::c_char = std::ptr::null_mut();
        if LLVMCreateMCJITCompilerForModule(
            &mut engine,
            root.as_mut_ptr(),
            &mut options,
            size,
            &mut err,
        ) != 0
        {
            let msg = std::ffi::CStr::from_ptr(err).to_string_lossy().into_owned();
            inkwell::llvm_sys::core::LLVMDisposeMessage(err);
            return Err(msg);
        }
        Ok(ExecutionEngine::new(std::rc::Rc::new(engine), true))
    }
}

/// Generates, verifies and cleans the module of `unit` (no engine involved): what `-v`
/// prints and what the IR snapshots pin.
pub fn module_for<'c>(
    context: &'c Context,
    machine: &TargetMachine,
    unit: &crate::compile::ir::CodeUnit,
    name: &str,
) -> Result<Module<'c>, String> {
    build_module(context, machine, unit, name, None, &mut [Duration::ZERO; 3])
}

/// [`module_for`] of baseline code, or with `feedback` optimised code (see
/// `codegen::generate`), with the time of each phase (codegen, verify, passes) in `phases`.
fn build_module<'c>(
    context: &'c Context,
    machine: &TargetMachine,
    unit: &crate::compile::ir::CodeUnit,
    name: &str,
    feedback: Option<&[u8]>,
    phases: &mut [Duration; 3],
) -> Result<Module<'c>, String> {
    let t0 = Instant::now();
    let module = context.create_module(name);
    codegen::generate(context, &module, unit, name, feedback)?;
    let t1 = Instant::now();
    module.verify().map_err(|e| e.to_string())?;
    let t2 = Instant::now();
    module
        .run_passes(PASSES, machine, PassBuilderOptions::create())
        .map_err(|e| e.to_string())?;
    *phases = [t1 - t0, t2 - t1, t2.elapsed()];
    Ok(module)
}

/// A target machine for the host (what snapshot tests and benchmarks use without an engine):
/// the generic x86-64 CPU, so printed IR does not depend on the machine.
pub fn host_machine() -> Result<TargetMachine, String> {
    Target::initialize_native(&InitializationConfig::default())?;
    target_machine("x86-64", "", OptimizationLevel::Default)
}

fn target_machine(
    cpu: &str,
    features: &str,
    opt: OptimizationLevel,
) -> Result<TargetMachine, String> {
    let triple = TargetMachine::get_default_triple();
    let target = Target::from_triple(&triple).map_err(|e| e.to_string())?;
    target
        .create_target_machine(
            &triple,
            cpu,
            features,
            opt,
            RelocMode::Default,
            CodeModel::JITDefault,
        )
        .ok_or_else(|| "no target machine for the host".to_string())
}

/// The printed tier-1 IR of `unit` (generated, verified and cleaned as for running it): what
/// `-v` prints and the IR snapshots pin. Needs no runtime.
pub fn ir_text(unit: &crate::compile::ir::CodeUnit) -> Result<String, String> {
    ir_text_at(unit, None)
}

/// [`ir_text`] of `unit`'s optimised code, specialised on the operand kinds `feedback` (by
/// site, see `codegen::generate`).
pub fn ir_text_optimized(
    unit: &crate::compile::ir::CodeUnit,
    feedback: &[u8],
) -> Result<String, String> {
    ir_text_at(unit, Some(feedback))
}

fn ir_text_at(
    unit: &crate::compile::ir::CodeUnit,
    feedback: Option<&[u8]>,
) -> Result<String, String> {
    let context = Context::create();
    let machine = host_machine()?;
    let name = codegen::symbol_name(unit);
    let module = build_module(
        &context,
        &machine,
        unit,
        &name,
        feedback,
        &mut [Duration::ZERO; 3],
    )?;
    Ok(module.print_to_string().to_string())
}

/// Compiles `unit` all the way to machine code in this thread's engine (created on first
/// use); the function's address. The `-v`/`-d` dumps go to stderr. Needs no runtime (the
/// compile-time benchmark calls it).
pub fn compile_unit(unit: &CodeUnit) -> Result<usize, String> {
    let mut dump = String::new();
    let res = compile_dumping(unit, Level::Baseline, &[], &mut dump);
    eprint!("{dump}");
    res
}

/// [`compile_unit`] at `level` (optimised code specialised on `feedback`, see
/// `codegen::generate`), with the dumps the policy asks for appended to `dump`.
fn compile_dumping(
    unit: &CodeUnit,
    level: Level,
    feedback: &[u8],
    dump: &mut String,
) -> Result<usize, String> {
    JIT.with(|j| {
        let mut j = j.borrow_mut();
        if j.is_none() {
            *j = Some(init().map_err(|e| format!("LLVM initialisation failed: {e}"))?);
        }
        let jit = j.as_mut().ok_or("no JIT")?;
        let name = format!("{}_{}", codegen::symbol_name(unit), jit.modules.len());
        compile_in(jit, unit, &name, level, feedback, dump)
    })
}

fn compile_in(
    jit: &mut Jit,
    unit: &CodeUnit,
    name: &str,
    level: Level,
    feedback: &[u8],
    dump: &mut String,
) -> Result<usize, String> {
    use std::fmt::Write;
    let mut phases = [Duration::ZERO; 3];
    let feedback = (level == Level::Optimized).then_some(feedback);
    let module = build_module(jit.context, &jit.machine, unit, name, feedback, &mut phases)?;
    let policy = super::policy();
    if policy.dump_ir {
        dump.push_str(&module.print_to_string().to_string());
    }
    if policy.dump_asm {
        // The assembly of the code the engine makes: a machine at the level's optimisation
        // (at -O0 LLVM takes the fast instruction selector, as the baseline engine does).
        let opt = match level {
            Level::Baseline => OptimizationLevel::None,
            Level::Optimized => OptimizationLevel::Default,
        };
        let machine = target_machine(
            &TargetMachine::get_host_cpu_name().to_string(),
            &TargetMachine::get_host_cpu_features().to_string(),
            opt,
        )?;
        let buf = machine
            .write_to_memory_buffer(&module, FileType::Assembly)
            .map_err(|e| e.to_string())?;
        dump.push_str(&String::from_utf8_lossy(buf.as_slice()));
    }
    let machine_code = Instant::now();
    let engine = jit.engine(level)?;
    engine
        .add_module(&module)
        .map_err(|()| "module already in an engine".to_string())?;
    let addr = engine
        .get_function_address(name)
        .map_err(|e| e.to_string())?;
    jit.modules.push(module);
    if policy.dump_ir {
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        let _ = writeln!(
            dump,
            "; {name} ({level:?}): {} blocks, codegen {:.2} ms, verify {:.2} ms, passes {:.2} ms, machine code {:.2} ms",
            unit.blocks.len(),
            ms(phases[0]),
            ms(phases[1]),
            ms(phases[2]),
            ms(machine_code.elapsed())
        );
    }
    Ok(addr)
}

// The compile thread reads units the requesting thread reads too: they must be plain data.
const _: () = {
    const fn shared_between_threads<T: Sync>() {}
    shared_between_threads::<CodeUnit>()
};

/// The compile thread's stack (LLVM recurses over big functions; only touched pages count).
const WORKER_STACK: usize = 32 << 20;

/// Compiles finished by any compile thread and not yet taken by their requesters: the hint
/// the interpreter polls (with several runtime threads, as in `cargo test`, a thread may see
/// another's results counted and find none of its own: harmless).
static FINISHED: AtomicUsize = AtomicUsize::new(0);

/// Whether some compile thread has results waiting (one relaxed load: the poll at tier checks).
#[inline]
pub fn any_finished() -> bool {
    FINISHED.load(Ordering::Relaxed) != 0
}

/// A compile the requester asked for: its ticket, the unit to compile, at which level, and
/// for optimised code the operand kinds seen per site (a copy taken at the request).
struct Request {
    ticket: usize,
    unit: *const CodeUnit,
    level: Level,
    feedback: Vec<u8>,
}

// SAFETY: `unit` is only read, by the compile thread, while the requester keeps it alive and
// unchanged (the contract of `Worker::submit`); `CodeUnit` is `Sync` (checked above).
unsafe impl Send for Request {}

/// A finished compile, as the requester takes it.
pub struct Finished {
    /// The request's ticket.
    pub ticket: usize,
    /// The compiled function's address, or why there is none.
    pub result: Result<usize, String>,
    /// The `-v`/`-d` text (empty without them).
    pub dump: String,
    /// How long the compile took.
    pub time: Duration,
}

#[derive(Default)]
struct State {
    queue: VecDeque<Request>,
    finished: Vec<Finished>,
    /// A compile is in progress.
    busy: bool,
    /// No new compile starts (a `fork` is under way).
    paused: bool,
    /// The requester is gone: the thread stops at its next look at the queue.
    closed: bool,
}

#[derive(Default)]
struct Shared {
    state: Mutex<State>,
    /// Signalled when a request is queued or the worker closed.
    work: Condvar,
    /// Signalled when a compile finished.
    done: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic never happens with the lock held (compiles run outside it).
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A compile thread and its queues, owned by the runtime thread that requests the compiles.
pub struct Worker {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl Worker {
    /// Starts the compile thread. Err: why the OS would not start it.
    pub fn start() -> Result<Worker, String> {
        let shared = Arc::new(Shared::default());
        let theirs = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("pyston-jit".into())
            .stack_size(WORKER_STACK)
            .spawn(move || serve(&theirs))
            .map_err(|e| format!("cannot start the compile thread: {e}"))?;
        Ok(Worker {
            shared,
            thread: Some(thread),
        })
    }

    /// Queues a compile of `unit` at `level` (optimised code specialised on `feedback`, see
    /// `codegen::generate`), answered with `ticket`: after the queued ones, or before
    /// them if `urgent` (the requester is waiting for it). A baseline compile goes ahead of
    /// queued optimised recompiles: until it is done its code runs in the interpreter, while
    /// theirs runs compiled already.
    ///
    /// # Safety
    /// `unit` stays alive and unchanged until the [`Finished`] with `ticket` has been taken or
    /// the worker dropped.
    pub unsafe fn submit(
        &self,
        ticket: usize,
        unit: &CodeUnit,
        level: Level,
        feedback: Vec<u8>,
        urgent: bool,
    ) {
        let req = Request {
            ticket,
            unit,
            level,
            feedback,
        };
        let mut st = self.shared.lock();
        if urgent {
            st.queue.push_front(req);
        } else if level == Level::Baseline {
            let at = st
                .queue
                .iter()
                .position(|r| r.level == Level::Optimized)
                .unwrap_or(st.queue.len());
            st.queue.insert(at, req);
        } else {
            st.queue.push_back(req);
        }
        drop(st);
        self.shared.work.notify_one();
    }

    /// The compiles finished since the last call; with `wait`, blocks until there is one
    /// (the caller knows one is queued).
    pub fn take_finished(&self, wait: bool) -> Vec<Finished> {
        let mut st = self.shared.lock();
        while wait && st.finished.is_empty() {
            st = self.shared.done.wait(st).unwrap_or_else(|e| e.into_inner());
        }
        let taken = std::mem::take(&mut st.finished);
        FINISHED.fetch_sub(taken.len(), Ordering::Relaxed);
        taken
    }

    /// Before `fork`: waits for the compile in progress and starts no other, so the thread
    /// holds no LLVM lock when the process is copied (the child gets no compile thread).
    pub fn pause(&self) {
        let mut st = self.shared.lock();
        st.paused = true;
        while st.busy {
            st = self.shared.done.wait(st).unwrap_or_else(|e| e.into_inner());
        }
    }

    /// After `fork`, in the parent: compiles go on.
    pub fn resume(&self) {
        self.shared.lock().paused = false;
        self.shared.work.notify_all();
    }

    /// After `fork`, in the child, where the compile thread does not exist: forgets this
    /// worker without touching its state (which the thread may have held locked), and the
    /// results counted for it (the child has no other threads).
    pub fn abandon(self) {
        FINISHED.store(0, Ordering::Relaxed);
        std::mem::forget(self);
    }
}

impl Drop for Worker {
    /// Drops the queued requests and the untaken results, then waits for the compile in
    /// progress (if any) and the thread's end.
    fn drop(&mut self) {
        let mut st = self.shared.lock();
        st.closed = true;
        st.queue.clear();
        FINISHED.fetch_sub(st.finished.len(), Ordering::Relaxed);
        st.finished.clear();
        drop(st);
        self.shared.work.notify_all();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// The compile thread: takes requests until the worker is closed. Never inlined: the speed
/// gate (`pyston-harness bench --measure instructions`) tells the compile thread from the
/// others by this function's symbol, `pyston_engine::jit::engine::serve`.
#[inline(never)]
fn serve(shared: &Shared) {
    loop {
        let req = {
            let mut st = shared.lock();
            loop {
                if st.closed {
                    return;
                }
                if !st.paused {
                    if let Some(r) = st.queue.pop_front() {
                        st.busy = true;
                        break r;
                    }
                }
                st = shared.work.wait(st).unwrap_or_else(|e| e.into_inner());
            }
        };
        let t0 = Instant::now();
        let mut dump = String::new();
        // SAFETY: the requester keeps the unit alive and unchanged until it takes this
        // request's result or drops the worker, which waits for this compile (`submit`).
        let unit = unsafe { &*req.unit };
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            compile_dumping(unit, req.level, &req.feedback, &mut dump)
        }))
        .unwrap_or_else(|_| Err("code generation panicked".to_string()));
        let done = Finished {
            ticket: req.ticket,
            result,
            dump,
            time: t0.elapsed(),
        };
        let mut st = shared.lock();
        st.busy = false;
        if st.closed {
            return;
        }
        st.finished.push(done);
        FINISHED.fetch_add(1, Ordering::Relaxed);
        drop(st);
        shared.done.notify_all();
    }
}
