//! LLVM for tier 1: one context and one MCJIT execution engine per process, created by the
//! first compile. Each code object becomes its own module: generated (`codegen`), verified,
//! cleaned by a short function pipeline, optionally dumped (`-v` IR, `-d` assembly), added to
//! the engine and finalised to native code (it calls helpers through the words table, see
//! `abi`: modules have no external symbols to resolve).
//!
//! Code memory: MCJIT's section memory manager maps sections writable, copies and relocates
//! them, then makes code read+execute (and read-only data read-only) when the module is
//! finalised; no page is writable and executable at once. Compiled code is never freed (a
//! code object's compiled function lives as long as the process).
//!
//! Invariants: everything here runs on the runtime's one OS thread (the thread-local below); a
//! failure (invalid IR, an LLVM error) is reported as `None`, and the code stays interpreted.

use std::cell::RefCell;
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
use crate::runtime::object::Obj;
use crate::runtime::types::code;

/// The function passes tier 1 runs: merging the error-check blocks codegen emits. Heavier
/// clean-ups (early-cse, instcombine) cost more compile time than cold code wins back.
pub const PASSES: &str = "function(simplifycfg)";

struct Jit {
    context: &'static Context,
    engine: ExecutionEngine<'static>,
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
    let root = context.create_module("pyston_root");
    let engine = create_engine(&root)?;
    // The engine owns the root module from now on.
    std::mem::forget(root);
    let machine = target_machine(
        &TargetMachine::get_host_cpu_name().to_string(),
        &TargetMachine::get_host_cpu_features().to_string(),
    )?;
    Ok(Jit {
        context,
        engine,
        machine,
        modules: Vec::new(),
    })
}

/// MCJIT for tier 1: no optimisation in code generation, the fast instruction selector, the
/// JIT's default (large) code model (helpers are called through absolute addresses: compiled
/// code may lie anywhere; the small model's stubs and GOT entries were not filled reliably by
/// LLVM 14's runtime linker across many modules), frame pointers kept (profilers unwind
/// through compiled code).
fn create_engine(root: &Module<'static>) -> Result<ExecutionEngine<'static>, String> {
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
        options.OptLevel = 0;
        options.CodeModel = LLVMCodeModel::LLVMCodeModelJITDefault;
        options.NoFramePointerElim = 1;
        options.EnableFastISel = 1;
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
    build_module(context, machine, unit, name, &mut [Duration::ZERO; 3])
}

/// [`module_for`], with the time of each phase (codegen, verify, passes) in `phases`.
fn build_module<'c>(
    context: &'c Context,
    machine: &TargetMachine,
    unit: &crate::compile::ir::CodeUnit,
    name: &str,
    phases: &mut [Duration; 3],
) -> Result<Module<'c>, String> {
    let t0 = Instant::now();
    let module = context.create_module(name);
    codegen::generate(context, &module, unit, name)?;
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
    target_machine("x86-64", "")
}

fn target_machine(cpu: &str, features: &str) -> Result<TargetMachine, String> {
    let triple = TargetMachine::get_default_triple();
    let target = Target::from_triple(&triple).map_err(|e| e.to_string())?;
    target
        .create_target_machine(
            &triple,
            cpu,
            features,
            OptimizationLevel::Default,
            RelocMode::Default,
            CodeModel::JITDefault,
        )
        .ok_or_else(|| "no target machine for the host".to_string())
}

/// The printed tier-1 IR of `unit` (generated, verified and cleaned as for running it): what
/// `-v` prints and the IR snapshots pin. Needs no runtime.
pub fn ir_text(unit: &crate::compile::ir::CodeUnit) -> Result<String, String> {
    let context = Context::create();
    let machine = host_machine()?;
    let name = codegen::symbol_name(unit);
    let module = module_for(&context, &machine, unit, &name)?;
    Ok(module.print_to_string().to_string())
}

/// Compiles `unit` all the way to machine code in the process's engine (created on first
/// use); the function's address. Needs no runtime (the compile-time benchmark calls it).
pub fn compile_unit(unit: &crate::compile::ir::CodeUnit) -> Result<usize, String> {
    JIT.with(|j| {
        let mut j = j.borrow_mut();
        if j.is_none() {
            *j = Some(init().map_err(|e| format!("LLVM initialisation failed: {e}"))?);
        }
        let jit = j.as_mut().ok_or("no JIT")?;
        let name = format!("{}_{}", codegen::symbol_name(unit), jit.modules.len());
        compile_in(jit, unit, &name)
    })
}

/// Compiles code object `code_obj`; the compiled function's address, or None on failure
/// (reported, see [`report`]).
pub fn compile(code_obj: Obj) -> Option<usize> {
    let unit = code::unit(code_obj);
    compile_unit(unit)
        .map_err(|e| report(&format!("cannot compile {}: {e}", unit.name)))
        .ok()
}

fn compile_in(
    jit: &mut Jit,
    unit: &crate::compile::ir::CodeUnit,
    name: &str,
) -> Result<usize, String> {
    let mut phases = [Duration::ZERO; 3];
    let module = build_module(jit.context, &jit.machine, unit, name, &mut phases)?;
    let policy = super::policy();
    if policy.dump_ir {
        eprint!("{}", module.print_to_string().to_string());
    }
    if policy.dump_asm {
        let buf = jit
            .machine
            .write_to_memory_buffer(&module, FileType::Assembly)
            .map_err(|e| e.to_string())?;
        eprint!("{}", String::from_utf8_lossy(buf.as_slice()));
    }
    let machine_code = Instant::now();
    jit.engine
        .add_module(&module)
        .map_err(|()| "module already in an engine".to_string())?;
    let addr = jit
        .engine
        .get_function_address(name)
        .map_err(|e| e.to_string())?;
    jit.modules.push(module);
    if policy.dump_ir {
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        eprintln!(
            "; {name}: {} blocks, codegen {:.2} ms, verify {:.2} ms, passes {:.2} ms, machine code {:.2} ms",
            unit.blocks.len(),
            ms(phases[0]),
            ms(phases[1]),
            ms(phases[2]),
            ms(machine_code.elapsed())
        );
    }
    Ok(addr)
}

/// A compile failure: said on stderr with `-v` or `--stats`; with `PYSTON_JIT_STRICT=1` (the
/// test matrix's JIT configurations) it ends the process (status 70), so no test passes by
/// falling back to the interpreter.
fn report(msg: &str) {
    let p = super::policy();
    let strict = std::env::var("PYSTON_JIT_STRICT").is_ok_and(|v| v == "1");
    if strict || (!p.quiet && (p.dump_ir || p.stats)) {
        eprintln!("pyston: {msg}");
    }
    if strict {
        std::process::exit(70);
    }
}
