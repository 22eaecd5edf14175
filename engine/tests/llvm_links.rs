//! The engine links LLVM 14 through inkwell from day one (DESIGN.md): this test builds, verifies
//! and JIT-runs a one-instruction function, proving the toolchain the tiers will use works here.

// The engine's build script links LLVM's static libraries into whatever links the engine.
use pyston_engine as _;

use inkwell::context::Context;
use inkwell::targets::{InitializationConfig, Target};
use inkwell::OptimizationLevel;

#[test]
fn llvm_jit_runs_a_function() {
    Target::initialize_native(&InitializationConfig::default()).expect("native target");
    let context = Context::create();
    let module = context.create_module("smoke");
    let builder = context.create_builder();
    let i64t = context.i64_type();
    let function = module.add_function("answer", i64t.fn_type(&[], false), None);
    builder.position_at_end(context.append_basic_block(function, "entry"));
    builder
        .build_return(Some(&i64t.const_int(42, false)))
        .expect("ret");
    module.verify().expect("valid IR");
    let engine = module
        .create_jit_execution_engine(OptimizationLevel::None)
        .expect("JIT");
    let answer = unsafe {
        engine
            .get_function::<unsafe extern "C" fn() -> i64>("answer")
            .expect("compiled")
    };
    assert_eq!(unsafe { answer.call() }, 42);
}
