//! Tier-1 compile time (criterion, `cargo bench -p pyston-engine --bench tier1_compile`).
//!
//! In: code units of different sizes, compiled from source by the front end once:
//! - `square`: `def square(n): return n*n`, the smallest useful function;
//! - `fifty_statements`: a generated function of 50 statements (arithmetic, attribute stores,
//!   calls, `if`s);
//! - `csv_module`: the module body of CPython's `Lib/csv.py` (without CPython's Lib: a generated
//!   module body of 300 statements);
//! - `csv_all_units`: every unit of that source (module, classes, functions) one after another,
//!   with `Throughput::Elements` = the number of units, so criterion's rate is functions/second.
//!
//! Out: criterion's time per compile, in two groups: `tier1/codegen` (LLVM IR generated,
//! verified and cleaned in a fresh context, what `jit::engine::ir_text` does, without printing)
//! and `tier1/compile_unit` (all the way to machine code in the process's MCJIT engine,
//! `jit::engine::compile_unit`, what tiering up costs). Needs no runtime.
//!
//! Note: compiled code is never freed, so every `compile_unit` iteration adds a module to the
//! engine (roughly 100 KB each): sample sizes are kept small; a run with `--warm-up-time 1
//! --measurement-time 2` peaks at about 430 MB, one with criterion's default times at about 950 MB.

mod common;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use inkwell::context::Context;
use pyston_engine::compile::ir::{CodeUnit, Const};
use pyston_engine::jit::codegen::symbol_name;
use pyston_engine::jit::engine::{compile_unit, host_machine, module_for};
use pyston_engine::syntax::{self, ParseOptions};

fn module_unit(name: &str, src: &[u8]) -> CodeUnit {
    let module = syntax::parse_and_check(src, name, &ParseOptions::script())
        .unwrap_or_else(|e| panic!("{name} does not parse: {e:?}"));
    pyston_engine::compile::compile(&module, name, Default::default())
        .unwrap_or_else(|e| panic!("{name} does not compile: {e:?}"))
}

/// `unit` and every unit nested in it, depth first.
fn all_units(unit: &CodeUnit, out: &mut Vec<CodeUnit>) {
    out.push(unit.clone());
    for c in &unit.consts {
        if let Const::Code(inner) = c {
            all_units(inner, out);
        }
    }
}

fn function(module: &CodeUnit, name: &str) -> CodeUnit {
    module
        .consts
        .iter()
        .find_map(|c| match c {
            Const::Code(u) if u.name == name => Some((**u).clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no function {name}"))
}

/// A function of exactly 50 statements of five kinds.
fn fifty_statements_src() -> String {
    let mut s = String::from("def f(a, b, o, g):\n    x = a\n");
    for i in 1..49 {
        s.push_str(&match i % 5 {
            0 => format!("    x = x * {i} + b\n"),
            1 => format!("    o.attr{i} = x - a\n"),
            2 => format!("    x = g(x, {i})\n"),
            3 => format!("    if x > {i}:\n        x = x - b\n"),
            _ => format!("    y{i} = [x, a, {i}]\n"),
        });
    }
    s.push_str("    return x\n");
    s
}

/// A module body of 300 statements, for machines without CPython's Lib.
fn generated_module_src() -> String {
    let mut s = String::from("import sys\n");
    for i in 0..100 {
        s.push_str(&format!(
            "v{i} = {i} * 3 + len(sys.argv)\ndef fn{i}(a):\n    return a + v{i}\nt{i} = (v{i}, fn{i})\n"
        ));
    }
    s
}

fn bench_compile(c: &mut Criterion) {
    let square = function(
        &module_unit("<square>", b"def square(n): return n*n\n"),
        "square",
    );
    let fifty = function(
        &module_unit("<fifty>", fifty_statements_src().as_bytes()),
        "f",
    );
    let (big_name, big_src) =
        match common::cpython_lib().and_then(|lib| std::fs::read(lib.join("csv.py")).ok()) {
            Some(src) => ("csv_module", src),
            None => ("generated_module", generated_module_src().into_bytes()),
        };
    let big = module_unit(big_name, &big_src);
    let mut units = Vec::new();
    all_units(&big, &mut units);
    eprintln!(
        "tier1_compile: square {} blocks, fifty_statements {} blocks, {big_name} {} blocks, {} units",
        square.blocks.len(),
        fifty.blocks.len(),
        big.blocks.len(),
        units.len()
    );

    let singles = [
        ("square", &square),
        ("fifty_statements", &fifty),
        (big_name, &big),
    ];
    let machine = host_machine().expect("host target machine");

    let mut g = c.benchmark_group("tier1/codegen");
    g.sample_size(20);
    for (name, unit) in singles {
        g.bench_with_input(BenchmarkId::from_parameter(name), unit, |b, unit| {
            b.iter(|| {
                let context = Context::create();
                let module =
                    module_for(&context, &machine, unit, &symbol_name(unit)).expect("codegen");
                module.get_first_function().is_some()
            })
        });
    }
    g.throughput(Throughput::Elements(units.len() as u64));
    g.bench_function(format!("{big_name}_all_units"), |b| {
        b.iter(|| {
            let context = Context::create();
            for u in &units {
                module_for(&context, &machine, u, &symbol_name(u)).expect("codegen");
            }
        })
    });
    g.finish();

    let mut g = c.benchmark_group("tier1/compile_unit");
    g.sample_size(10);
    for (name, unit) in singles {
        g.bench_with_input(BenchmarkId::from_parameter(name), unit, |b, unit| {
            b.iter(|| compile_unit(unit).expect("compile_unit"))
        });
    }
    g.throughput(Throughput::Elements(units.len() as u64));
    g.bench_function(format!("{big_name}_all_units"), |b| {
        b.iter(|| {
            for u in &units {
                compile_unit(u).expect("compile_unit");
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench_compile);
criterion_main!(benches);
