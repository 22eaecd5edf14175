//! The front end on hostile input (issue: "no input makes the front end panic, abort or
//! overflow the native stack"): each case must end in a tree or a Python-level error. Cases run
//! on a thread with the stack the `pyston` binary gives the front end, and every crash the fuzz
//! target (engine/fuzz) finds is added here.

use super::{dump::dump, parse_and_check, ErrorKind, Mode, Origin, ParseOptions};

/// The stack `pyston` runs the front end on (engine/src/main.rs).
const STACK: usize = 512 << 20;

fn verdict(src: Vec<u8>, origin: Origin, mode: Mode) -> Result<usize, (ErrorKind, String)> {
    std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || {
            let opts = ParseOptions {
                mode,
                origin,
                future: Default::default(),
            };
            parse_and_check(&src, "t.py", &opts)
                .map(|m| dump(&m, true).len())
                .map_err(|e| (e.kind, e.msg))
        })
        .unwrap()
        .join()
        .expect("the front end must not panic")
}

fn file(src: impl Into<Vec<u8>>) -> Result<usize, (ErrorKind, String)> {
    verdict(src.into(), Origin::File, Mode::Exec)
}

#[test]
fn nested_parentheses_are_a_memory_error() {
    let n = 100_000;
    let src = format!("x = {}1{}\n", "(".repeat(n), ")".repeat(n));
    let (kind, msg) = file(src).unwrap_err();
    assert_eq!(
        (kind, msg.as_str()),
        (ErrorKind::MemoryError, "s_push: parser stack overflow")
    );
    // What CPython accepts (98 levels) parses.
    assert!(file(format!("x = {}1{}\n", "(".repeat(98), ")".repeat(98))).is_ok());
}

#[test]
fn long_operator_chains_are_a_runtime_error() {
    let src = format!("x = {}\n", vec!["1"; 1_000_000].join("+"));
    let (kind, _) = file(src).unwrap_err();
    assert_eq!(kind, ErrorKind::RuntimeError);
    let attr = format!("x = a{}\n", ".b".repeat(1_000_000));
    assert_eq!(file(attr).unwrap_err().0, ErrorKind::RuntimeError);
    let elifs = format!("if x: pass\n{}", "elif x: pass\n".repeat(100_000));
    assert_eq!(file(elifs).unwrap_err().0, ErrorKind::RuntimeError);
    // Long but bounded chains parse and dump.
    assert!(file(format!("x = {}\n", vec!["1"; 10_000].join("+"))).is_ok());
}

#[test]
fn deep_unary_and_power_chains_end_in_errors() {
    for src in [
        format!("x = {}1\n", "-".repeat(100_000)),
        format!("x = {}1\n", "not ".repeat(100_000)),
        format!("x = {}1\n", "2**".repeat(100_000)),
        format!("x = {}1\n", "lambda:".repeat(100_000)),
        format!("x = {}{}\n", "[".repeat(100_000), "]".repeat(100_000)),
        format!("x = {}\n", "{1:".repeat(100_000)),
    ] {
        assert!(file(src).is_err());
    }
}

#[test]
fn deep_indentation_is_an_indentation_error() {
    let mut src = String::new();
    for i in 0..1000 {
        src.push_str(&" ".repeat(i));
        src.push_str("if x:\n");
    }
    let (kind, msg) = file(src).unwrap_err();
    assert_eq!(
        (kind, msg.as_str()),
        (
            ErrorKind::IndentationError,
            "too many levels of indentation"
        )
    );
}

#[test]
fn big_files_parse() {
    let src = "x = [1, 2, 3, 'abc', 4.5]\n".repeat(80_000);
    assert!(file(src).is_ok());
}

/// A small deterministic generator, so the test needs no extra crate.
fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[test]
fn random_bytes_and_token_soup_never_crash() {
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    const PIECES: &[&str] = &[
        "(", ")", "[", "]", "{", "}", ":", ",", "\n", "  ", "\t", "if ", "else", "lambda", "x",
        "1", "'a'", "\"\"\"", "\\\n", "#", "print", ">>", "yield", "for ", " in ", "=", "+", "**",
        "`", ".", "...", "@", "def ", "class ", "u'\\N{", "0x", "1e", "\r",
    ];
    for round in 0..2000 {
        let len = (xorshift(&mut state) % 200) as usize;
        let src: Vec<u8> = if round % 2 == 0 {
            (0..len).map(|_| xorshift(&mut state) as u8).collect()
        } else {
            (0..len)
                .flat_map(|_| {
                    let i = (xorshift(&mut state) % PIECES.len() as u64) as usize;
                    PIECES[i].bytes()
                })
                .collect()
        };
        for origin in [Origin::String, Origin::File] {
            for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
                let _ = verdict(src.clone(), origin, mode);
            }
        }
    }
}

#[test]
fn chains_nested_in_chains_are_bounded_by_tree_depth() {
    // Each parenthesized level adds a chain of 5,000 operators: deep in total, short per loop.
    let mut src = String::from("1");
    for _ in 0..8 {
        src = format!("({}){}", src, "+1".repeat(5_000));
    }
    let (kind, _) = file(format!("x = {}\n", src)).unwrap_err();
    assert_eq!(kind, ErrorKind::RuntimeError);
}

#[test]
fn inputs_that_crash_cpython_are_errors() {
    // CPython 2.7.18 segfaults compiling this (a nested tuple parameter binding None); the
    // message is the one it gives for the unnested form.
    let (kind, msg) = file("def f(a,\n (b,\n (c, None))): pass\n").unwrap_err();
    assert_eq!(
        (kind, msg.as_str()),
        (ErrorKind::SyntaxError, "cannot assign to None")
    );
}
