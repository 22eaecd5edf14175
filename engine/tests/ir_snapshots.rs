//! IR snapshots: the tier-1 LLVM IR of small Python functions, pinned with insta.
//!
//! In: tiny Python sources (each snapshot's description holds its source). Out: one snapshot per
//! function in the repository-root `snapshots/` directory (`ir_snapshots__NAME.snap`), holding
//! what `jit::engine::ir_text` prints for that function's code unit: the IR generated, verified
//! and cleaned exactly as for running it, without a runtime.
//!
//! Invariants checked besides the snapshots: printing is deterministic (the same unit prints the
//! same text twice, in a fresh LLVM context, in a context that already holds other modules, and
//! on another thread), and the IR holds no address-like constants (no `0x…`, no
//! `inttoptr (i64 N …)` of a literal, no integer literal of 2^32 or more), so a snapshot never
//! depends on where the process happened to place anything.
//!
//! Re-bless after an intended codegen change: `INSTA_UPDATE=always cargo test --test
//! ir_snapshots` (or `cargo insta review` where cargo-insta is installed); see snapshots/README.md.

use pyston_engine::compile::ir::{CodeUnit, Const};
use pyston_engine::jit::engine::{ir_text, ir_text_optimized};
use pyston_engine::runtime::types::code::{OPERANDS_FLOATS, OPERANDS_INTS, OPERANDS_OTHER};
use pyston_engine::syntax::{self, ParseOptions};

/// The module unit of `src`, compiled as a script file is.
fn module_unit(src: &str) -> CodeUnit {
    let module = syntax::parse_and_check(src.as_bytes(), "<snapshot>", &ParseOptions::script())
        .unwrap_or_else(|e| panic!("front end rejects snapshot source: {e:?}\n{src}"));
    pyston_engine::compile::compile(&module, "<snapshot>", Default::default())
        .unwrap_or_else(|e| panic!("compile rejects snapshot source: {e:?}\n{src}"))
}

/// The unit named `name` in `unit` or the units nested in it (`"<module>"` is the module itself).
fn find<'u>(unit: &'u CodeUnit, name: &str) -> Option<&'u CodeUnit> {
    if unit.name == name {
        return Some(unit);
    }
    unit.consts.iter().find_map(|c| match c {
        Const::Code(inner) => find(inner, name),
        _ => None,
    })
}

fn unit_named(src: &str, name: &str) -> CodeUnit {
    let module = module_unit(src);
    find(&module, name)
        .unwrap_or_else(|| panic!("no unit named {name} in:\n{src}"))
        .clone()
}

fn ir_of(unit: &CodeUnit) -> String {
    ir_text(unit).unwrap_or_else(|e| panic!("tier 1 cannot compile {}: {e}", unit.name))
}

/// Asserts the IR of unit `unit_name` in `src` against snapshot `snap`, with the source as the
/// snapshot's description.
fn check(snap: &str, src: &str, unit_name: &str) {
    let unit = unit_named(src, unit_name);
    pin(snap, src, unit_name, &ir_of(&unit));
}

/// [`check`] for the optimised code of the unit, every site having seen operand kinds `seen`.
fn check_optimized(snap: &str, src: &str, unit_name: &str, seen: u8) {
    let unit = unit_named(src, unit_name);
    pin(snap, src, unit_name, &optimized_ir(&unit, seen));
}

/// The optimised IR of `unit`, every site having seen operand kinds `seen`.
fn optimized_ir(unit: &CodeUnit, seen: u8) -> String {
    let feedback = vec![seen; unit.n_sites as usize];
    ir_text_optimized(unit, &feedback)
        .unwrap_or_else(|e| panic!("tier 1 cannot compile {}: {e}", unit.name))
}

fn pin(snap: &str, src: &str, unit_name: &str, ir: &str) {
    assert_no_addresses(snap, ir);
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../../snapshots");
    settings.set_description(format!("unit `{unit_name}` of:\n{src}"));
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(snap, ir));
}

/// No constant in `ir` looks like a machine address.
fn assert_no_addresses(what: &str, ir: &str) {
    for (n, line) in ir.lines().enumerate() {
        let bad = |why: &str| panic!("{what}: line {}: {why}: {line}", n + 1);
        if line.contains("0x") {
            bad("hex constant");
        }
        if line.contains("inttoptr (i64 ") {
            bad("integer literal cast to a pointer");
        }
        // Decimal literals of 2^32 or more (heap and code addresses are above that).
        for tok in line.split(|c: char| !c.is_ascii_digit()) {
            if !tok.is_empty()
                && tok.len() >= 10
                && tok.parse::<u128>().map_or(true, |v| v >= 1 << 32)
            {
                bad("integer literal of 2^32 or more");
            }
        }
    }
}

#[test]
fn int_while_loop() {
    check(
        "int_while_loop",
        "\
def count(n):
    i = 0
    while i < n:
        i = i + 1
    return i
",
        "count",
    );
}

const SQUARE: &str = "\
def square(n):
    return n*n
";

#[test]
fn square() {
    check("square", SQUARE, "square");
}

/// The seed's `square` called from a module-level loop: module bodies run once, so they enter
/// tier 1 only through OSR, and the entry switch lists the loop header.
#[test]
fn square_osr() {
    let src = "\
def square(n):
    return n*n
total = 0
i = 0
while i < 100:
    total = total + square(i)
    i = i + 1
";
    let module = module_unit(src);
    assert!(
        !module.loop_headers.is_empty(),
        "the module body has a loop header"
    );
    let ir = ir_of(&module);
    for header in &module.loop_headers {
        assert!(
            ir.lines()
                .any(|l| l.trim_start().starts_with(&format!("i32 {header}, label"))),
            "the entry switch lists loop header {header}:\n{ir}"
        );
    }
    check("square_osr", src, "<module>");
}

/// Float arithmetic, for the baseline and the specialised snapshots.
const MIX: &str = "\
def mix(a, b):
    return a * 2.5 + b / 4.0
";

#[test]
fn float_arithmetic() {
    check("float_arithmetic", MIX, "mix");
}

/// Optimised code after the sites saw only floats (and ints mixed with floats): the float paths
/// and the helper, no int path, and no recording of operand kinds.
#[test]
fn float_arithmetic_specialized() {
    check_optimized("float_arithmetic_specialized", MIX, "mix", OPERANDS_FLOATS);
}

/// Which inline paths optimised code keeps, by the operand kinds its sites have seen: none
/// (all paths), ints, floats, ints and floats, or only other objects (the helper alone).
#[test]
fn optimized_paths_follow_feedback() {
    let src = "\
def f(a, b):
    c = a + b
    if a < b:
        c = c * a
    return c
";
    let unit = unit_named(src, "f");
    let has = |ir: &str, block: &str| ir.contains(&format!("\n{block}"));
    let all = optimized_ir(&unit, 0);
    assert!(has(&all, "int_op") && has(&all, "float_op") && has(&all, "int_cmp"));
    assert!(has(&all, "float_cmp") && !all.contains("%seen"));
    let ints = optimized_ir(&unit, OPERANDS_INTS);
    assert!(has(&ints, "int_op") && has(&ints, "int_cmp"));
    assert!(!has(&ints, "float_op") && !has(&ints, "float_cmp"));
    let floats = optimized_ir(&unit, OPERANDS_FLOATS);
    assert!(!has(&floats, "int_op") && !has(&floats, "int_cmp"));
    assert!(has(&floats, "float_op") && has(&floats, "float_cmp"));
    let both = optimized_ir(&unit, OPERANDS_INTS | OPERANDS_FLOATS | OPERANDS_OTHER);
    assert!(has(&both, "int_op") && has(&both, "float_op") && has(&both, "float_cmp"));
    let other = optimized_ir(&unit, OPERANDS_OTHER);
    for block in ["int_op", "float_op", "int_cmp", "float_cmp", "float_check"] {
        assert!(!has(&other, block), "{block} kept for other operands");
    }
    assert!(other.contains("pyston_rt_binary") && other.contains("pyston_rt_compare"));
    assert!(other.lines().count() < ints.lines().count());
    // Baseline code keeps every path and records what each sees.
    let base = ir_of(&unit);
    assert!(has(&base, "int_op") && has(&base, "float_op") && base.contains("%seen"));
}

#[test]
fn attribute_load_store() {
    check(
        "attribute_load_store",
        "\
def bump(o):
    o.count = o.count + 1
",
        "bump",
    );
}

#[test]
fn method_call() {
    check(
        "method_call",
        "\
def push(xs, x):
    xs.append(x)
",
        "push",
    );
}

#[test]
fn call_with_keywords() {
    check(
        "call_with_keywords",
        "\
def call_kw(f, x):
    return f(x, key=3)
",
        "call_kw",
    );
}

#[test]
fn try_except() {
    check(
        "try_except",
        "\
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return 0
",
        "safe_div",
    );
}

#[test]
fn with_statement() {
    check(
        "with_statement",
        "\
def read_all(path):
    with open(path) as f:
        return f.read()
",
        "read_all",
    );
}

#[test]
fn generator_yield() {
    check(
        "generator_yield",
        "\
def countdown(n):
    while n > 0:
        yield n
        n = n - 1
",
        "countdown",
    );
}

const ADDER: &str = "\
def make_adder(k):
    def add(x):
        return x + k
    return add
";

/// The outer function: `k` lives in a cell.
#[test]
fn closure_outer_cell() {
    check("closure_outer_cell", ADDER, "make_adder");
}

/// The nested function: `k` is a free variable.
#[test]
fn closure_inner_free() {
    check("closure_inner_free", ADDER, "add");
}

#[test]
fn list_comprehension() {
    check(
        "list_comprehension",
        "\
def squares(xs):
    return [x * x for x in xs]
",
        "squares",
    );
}

/// The class body unit.
#[test]
fn class_body() {
    check(
        "class_body",
        "\
class Point(object):
    dims = 2
    def norm(self):
        return self.x
",
        "Point",
    );
}

#[test]
fn global_access() {
    check(
        "global_access",
        "\
counter = 0
def tick():
    global counter
    counter = counter + 1
    return counter
",
        "tick",
    );
}

#[test]
fn string_formatting() {
    check(
        "string_formatting",
        "\
def label(a, b):
    return '%s-%d' % (a, b)
",
        "label",
    );
}

/// The same unit prints the same IR: twice in fresh contexts, in one context after other
/// modules were generated in it, and on another thread; and a recompile of the same source
/// prints it too.
#[test]
fn printing_is_deterministic() {
    use inkwell::context::Context;
    use pyston_engine::jit::codegen::symbol_name;
    use pyston_engine::jit::engine::{host_machine, module_for};

    let src = "\
def square(n):
    return n*n
def make_adder(k):
    def add(x):
        return x + k
    return add
";
    let unit = unit_named(src, "square");
    let first = ir_of(&unit);
    assert_eq!(first, ir_of(&unit), "same unit, two fresh contexts");

    // A context that already holds other modules (named types and constants are interned per
    // context; none may leak a suffix or a counter into the text).
    let context = Context::create();
    let machine = host_machine().expect("host target machine");
    let module = module_unit(src);
    for other in ["make_adder", "add", "<module>"] {
        let u = find(&module, other).expect("unit");
        module_for(&context, &machine, u, &symbol_name(u)).expect("other module");
    }
    let shared = module_for(&context, &machine, &unit, &symbol_name(&unit))
        .expect("square in a used context");
    assert_eq!(first, shared.print_to_string().to_string(), "used context");

    // Another thread, from a recompile of the source.
    let src_owned = src.to_string();
    let other_thread = std::thread::spawn(move || ir_of(&unit_named(&src_owned, "square")))
        .join()
        .expect("thread");
    assert_eq!(first, other_thread, "another thread, recompiled unit");
}

/// The address check itself catches what it is meant to.
#[test]
fn address_check_rejects_addresses() {
    let bad = [
        "  %x = load i64, i64* inttoptr (i64 94251234567890 to i64*)",
        "  call void @f(i8* 0x7ffd1234)",
        "  store i64 140737488355328, i64* %p",
    ];
    for line in bad {
        let caught = std::panic::catch_unwind(|| assert_no_addresses("probe", line)).is_err();
        assert!(caught, "not caught: {line}");
    }
    assert_no_addresses(
        "probe",
        "  switch i32 %entry, label %b0 [\n    i32 2147483650, label %x\n  ]",
    );
}
