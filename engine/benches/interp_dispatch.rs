//! Interpreter dispatch (criterion, `cargo bench -p pyston-engine --bench interp_dispatch`).
//!
//! In: small Python programs, embedded below. Out: criterion's time per whole program run and
//! loop iterations per second (`Throughput::Elements`: one element is one iteration of the
//! program's loop), with tier 1 off (`jit::Policy::interpreter_only`, what `pyston -I` does).
//!
//! How: in process, not through the `pyston` binary: the runtime is initialised once on the
//! bench thread (`runtime::init::init`), each program is compiled once to a code object
//! (`runtime::eval::compile_source`) and every iteration runs it (`runtime::eval::run_code`)
//! in fresh globals, so the numbers hold the interpreter's work and no process start-up.
//!
//! Invariant: nothing is compiled by tier 1 (checked after the runs from `jit::STATS`).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pyston_engine::compile::CompileFlags;
use pyston_engine::jit::{self, Policy};
use pyston_engine::runtime::types::dict;
use pyston_engine::runtime::{eval, exc, init, ops, Obj};
use pyston_engine::syntax::{Mode, Origin};

/// (name, loop iterations per run, source).
const PROGRAMS: &[(&str, u64, &str)] = &[
    (
        "while_module",
        100_000,
        "\
i = 0
while i < 100000:
    i = i + 1
",
    ),
    (
        "while_function",
        100_000,
        "\
def count(n):
    i = 0
    while i < n:
        i = i + 1
    return i
count(100000)
",
    ),
    (
        "calls",
        20_000,
        "\
def inc(x):
    return x + 1
def run(n):
    i = 0
    while i < n:
        i = inc(i)
    return i
run(20000)
",
    ),
    (
        "method_attr",
        20_000,
        "\
class Counter(object):
    def __init__(self):
        self.n = 0
    def bump(self):
        self.n = self.n + 1
def run(n):
    c = Counter()
    for i in xrange(n):
        c.bump()
    return c.n
run(20000)
",
    ),
    (
        "float_arith",
        20_000,
        "\
def run(n):
    x = 0.0
    for i in xrange(n):
        x = x * 0.5 + i * 1.5
    return x
run(20000)
",
    ),
];

/// The pending exception's repr, for a failing program's panic message.
fn pending_text() -> String {
    let e = exc::take_pending();
    ops::repr_text(e.value).unwrap_or_else(|_| "(unprintable exception)".into())
}

fn compile(name: &str, src: &str) -> Obj {
    eval::compile_source(
        src.as_bytes(),
        name,
        Mode::Exec,
        Origin::String,
        CompileFlags::default(),
    )
    .unwrap_or_else(|_| panic!("{name} does not compile: {}", pending_text()))
}

fn run(name: &str, code: Obj) {
    let globals = dict::new().unwrap_or_else(|_| panic!("no dict: {}", pending_text()));
    if eval::run_code(code, globals, None).is_err() {
        panic!("{name} raised: {}", pending_text());
    }
}

fn bench_dispatch(c: &mut Criterion) {
    jit::configure(Policy {
        interpreter_only: true,
        ..Default::default()
    });
    init::init();
    let mut g = c.benchmark_group("interp");
    for &(name, iterations, src) in PROGRAMS {
        let code = compile(name, src);
        g.throughput(Throughput::Elements(iterations));
        g.bench_function(name, |b| b.iter(|| run(name, code)));
    }
    g.finish();
    let compiled = jit::STATS.with(|s| s.compiled.get());
    assert_eq!(compiled, 0, "tier 1 compiled code under interpreter_only");
}

criterion_group!(benches, bench_dispatch);
criterion_main!(benches);
