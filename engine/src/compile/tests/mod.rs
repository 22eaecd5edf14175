//! Tests of scope analysis and lowering: CFG dumps of small programs (insta snapshots), scope
//! tables against CPython 2.7, the verifier over CPython's standard library, deep nesting.

mod event_table;
mod lib_corpus;
mod line_table;
mod liveness;
mod scope_table;
mod snapshots;

use super::{compile, dump, verify, CompileFlags};
use crate::syntax::{self, ParseOptions};

/// Parses, checks, compiles and verifies `src` (exec mode); panics on any failure.
pub(super) fn compile_src(src: &str) -> super::ir::CodeUnit {
    compile_mode(src, ParseOptions::ast_parse())
}

pub(super) fn compile_mode(src: &str, opts: ParseOptions) -> super::ir::CodeUnit {
    let module =
        syntax::parse_and_check(src.as_bytes(), "<test>", &opts).expect("front end accepts");
    let unit = compile(&module, "<test>", CompileFlags::default()).expect("compiles");
    if let Err(e) = verify(&unit) {
        panic!("verifier: {}\n{}", e, dump(&unit));
    }
    unit
}

#[test]
fn dev_dump() {
    if let Ok(path) = std::env::var("DUMP_PY") {
        let src = std::fs::read_to_string(path).unwrap();
        println!("{}", dump(&compile_src(&src)));
    }
}

/// Expressions nested 1,000 deep (parentheses, unary minus, calls, lists, lambdas, ...) and chains
/// 20,000 long (binary operators, trailers, `elif`s) compile on an 8 MB stack.
#[test]
fn deep_expressions_fit_the_stack() {
    let sources = vec![
        format!("x = {}1{}\n", "(".repeat(1000), ")".repeat(1000)),
        format!("x = {}a\n", "-".repeat(1000)),
        format!("x = {}1{}\n", "f(".repeat(1000), ")".repeat(1000)),
        format!("x = 1{}\n", " + 1".repeat(1000)),
        format!("x = {}1{}\n", "[".repeat(1000), "]".repeat(1000)),
        format!("x = {}1\n", "lambda: ".repeat(300)),
        format!("x = a{}\n", " and b or c".repeat(1000)),
        format!("x = a{}\n", " < b".repeat(1000)),
        // Chains the parser allows far deeper than brackets.
        format!("x = 1{}\n", " + 1".repeat(20000)),
        format!("x = a{}\n", ".b(c)[d]".repeat(5000)),
        format!("if a: pass\n{}", "elif b: pass\n".repeat(20000)),
    ];
    let handle = std::thread::Builder::new()
        .stack_size(
            std::env::var("DEEP_STACK")
                .ok()
                .and_then(|s| s.parse().ok())
                .unwrap_or(8 << 20),
        )
        .spawn(move || {
            let mut compiled = 0;
            for src in &sources {
                let opts = ParseOptions::ast_parse();
                let Ok(module) = syntax::parse_and_check(src.as_bytes(), "<deep>", &opts) else {
                    continue;
                };
                compiled += 1;
                let unit = compile(&module, "<deep>", CompileFlags::default()).expect("compiles");
                verify(&unit).expect("verifies");
                crate::syntax::ast::walk::dismantle(module);
            }
            assert!(
                compiled >= 6,
                "only {} of the deep programs parsed",
                compiled
            );
        })
        .unwrap();
    handle.join().expect("no stack overflow");
}
