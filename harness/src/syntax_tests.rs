//! The front-end conformance tests behind `cargo test` (`harness/tests/syntax.rs` drives them).
//!
//! In: `tests/syntax/NAME.py` and its blessed `NAME.ast`, and a built `pyston`. Out: per file, `Ok`
//! or a message saying which command's exit status / stdout / stderr differs from CPython's, and
//! where.
//!
//! Every section of the expectation is checked: `pyston --dump-ast NAME.py`,
//! `pyston --dump-ast --attributes NAME.py` and `pyston --parse-only NAME.py`, each run in the test's
//! directory so file names in reports match CPython's exactly.
//!
//! The pyston binary comes from `paths::ensure_pyston` (built for the test binary's own profile).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::expect::{Expectation, Mode, Section};
use crate::parity::{excerpt, first_difference};
use crate::paths;
use crate::process;

const PER_COMMAND_TIMEOUT: Duration = Duration::from_secs(60);

/// The `.py` files of `tests/syntax/`, sorted.
pub fn test_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(paths::syntax_tests_dir())
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().map(|x| x == "py").unwrap_or(false))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Compares one output stream; `None` when equal.
fn compare_stream(what: &str, expected: &[u8], actual: &[u8]) -> Option<String> {
    if expected == actual {
        return None;
    }
    let at = first_difference(expected, actual);
    let from = at.saturating_sub(60);
    let mut msg = format!(
        "{what} differs at byte {at} (expected {} bytes, got {}):\n    expected: {}\n    actual:   {}",
        expected.len(),
        actual.len(),
        excerpt(expected, from, 140),
        excerpt(actual, from, 140)
    );
    if expected.len() < 2000 && actual.len() < 2000 {
        msg.push_str(&format!(
            "\n  expected {what} in full:\n{}\n  actual {what} in full:\n{}",
            String::from_utf8_lossy(expected),
            String::from_utf8_lossy(actual)
        ));
    }
    Some(msg)
}

fn check_section(pyston: &Path, dir: &Path, name: &str, s: &Section) -> Vec<String> {
    let mut cmd = Command::new(pyston);
    cmd.args(s.mode.flags()).arg(name).current_dir(dir);
    let out = match process::run(&mut cmd, None, PER_COMMAND_TIMEOUT) {
        Ok(out) => out,
        Err(e) => return vec![format!("cannot run {}: {e}", pyston.display())],
    };
    let label = format!("pyston {} {name}", s.mode.label());
    let mut problems = Vec::new();
    if out.code() != Some(s.exit) {
        problems.push(format!(
            "{label}: expected exit {}, got {}; stderr: {}",
            s.exit,
            out.describe_end(),
            excerpt(&out.stderr, 0, 400)
        ));
        return problems;
    }
    for (what, expected, actual) in [
        ("stdout", &s.stdout, &out.stdout),
        ("stderr", &s.stderr, &out.stderr),
    ] {
        if let Some(p) = compare_stream(what, expected, actual) {
            problems.push(format!("{label}: {p}"));
        }
    }
    problems
}

/// Runs every command of `py`'s expectation and compares. `Err` lists every difference.
pub fn check(pyston: &Path, py: &Path) -> Result<(), String> {
    let expected_path = py.with_extension("ast");
    let text = std::fs::read(&expected_path).map_err(|_| {
        format!(
            "{} has no expectation; run `cargo run --bin pyston-harness -- bless {}`",
            py.display(),
            py.display()
        )
    })?;
    let expectation =
        Expectation::parse(&text).map_err(|e| format!("{}: {e}", expected_path.display()))?;
    let dir = py.parent().unwrap_or(Path::new("."));
    let name = py
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or("file name is not UTF-8")?;
    let mut problems = Vec::new();
    for mode in Mode::ALL {
        match expectation.section(mode) {
            Some(s) => problems.extend(check_section(pyston, dir, name, s)),
            None => problems.push(format!(
                "{}: no [{}] section; re-bless",
                expected_path.display(),
                mode.label()
            )),
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}
