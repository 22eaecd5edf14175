//! The runtime conformance tests behind `cargo test` (`harness/tests/python.rs` drives them).
//!
//! In: `tests/python/NAME.py` with its blessed `NAME.expected` (format in `program_expect.rs`), a
//! configuration of `tests/matrix.yaml`, a built `pyston`. Out: per program × configuration, `Ok`
//! or a message giving the command, the exit status difference, a unified diff of stdout, the
//! last-stderr-line difference and the tail of pyston's stderr.
//!
//! A run is `pyston FLAGS... NAME.py` in the test's directory (so file names in messages match
//! CPython's), stdin from /dev/null, with the configuration's variables added to an environment
//! from which inherited `PYTHON*` and `PYSTON_*` variables (except `PYSTON_STDLIB`, which only
//! says where CPython's Lib is) are removed, and a time limit (`PYSTON_TEST_TIMEOUT` seconds,
//! default 60). Compared: exit status, stdout byte for byte, and for an expected non-zero exit the
//! last non-empty stderr line; nothing else of stderr.
//!
//! Only the top level of `tests/python/` holds tests: modules and packages that tests import live
//! in subdirectories.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::diff;
use crate::matrix::Config;
use crate::paths;
use crate::process;
use crate::program_expect::{last_line, ProgramExpectation};

/// The environment variable overriding the per-run time limit, in seconds.
pub const TIMEOUT_VAR: &str = "PYSTON_TEST_TIMEOUT";
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// Lines of a failing run's stderr shown in its report.
const STDERR_TAIL_LINES: usize = 20;
/// Lines of stdout diff shown in a report.
const MAX_DIFF_LINES: usize = 200;

/// The per-run time limit: `PYSTON_TEST_TIMEOUT` (seconds, may be fractional) or 60 s.
pub fn timeout_from_env() -> Result<Duration, String> {
    match std::env::var(TIMEOUT_VAR) {
        Err(_) => Ok(DEFAULT_TIMEOUT),
        Ok(v) => v
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|s| s.is_finite() && *s > 0.0 && *s < 1e9)
            .map(Duration::from_secs_f64)
            .ok_or_else(|| format!("{TIMEOUT_VAR}={v:?}: expected a positive number of seconds")),
    }
}

/// The test programs of `dir` (its `*.py` files, not those of subdirectories), sorted.
pub fn test_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "py"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// The trial name: `CONFIG::NAME` (`interp::dict_order`).
pub fn trial_name(config: &Config, py: &Path) -> String {
    let stem = py
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!("{}::{stem}", config.name)
}

/// The command line of one run, for reports: `PYSTON_GC_STRESS=97 pyston -I t.py`.
fn describe_command(config: &Config, name: &str) -> String {
    let mut words: Vec<String> = config.env.iter().map(|(k, v)| format!("{k}={v}")).collect();
    words.push("pyston".into());
    words.extend(config.flags.iter().cloned());
    words.push(name.to_string());
    words.join(" ")
}

/// The last `n` lines of `bytes`, as text.
fn tail(bytes: &[u8], n: usize) -> String {
    let text = String::from_utf8_lossy(bytes);
    let lines: Vec<&str> = text.lines().collect();
    let from = lines.len().saturating_sub(n);
    let mut out = String::new();
    if from > 0 {
        out.push_str(&format!("    ... ({from} earlier lines)\n"));
    }
    for l in &lines[from..] {
        out.push_str("    ");
        out.push_str(l);
        out.push('\n');
    }
    out
}

fn show_line(line: Option<&[u8]>) -> String {
    match line {
        Some(l) => format!("{:?}", String::from_utf8_lossy(l)),
        None => "(none)".to_string(),
    }
}

/// Runs `py` under `config` and compares with its `.expected`. `Err` is the whole report.
pub fn check(pyston: &Path, py: &Path, config: &Config, timeout: Duration) -> Result<(), String> {
    let expected_path = py.with_extension("expected");
    let text = std::fs::read(&expected_path).map_err(|_| {
        format!(
            "{} has no expectation; run `cargo run --bin pyston-harness -- bless {}`",
            py.display(),
            py.display()
        )
    })?;
    let expected = ProgramExpectation::parse(&text)
        .map_err(|e| format!("{}: {e}; re-bless it", expected_path.display()))?;
    let dir = py.parent().unwrap_or(Path::new("."));
    let name = py
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or("file name is not UTF-8")?;

    let mut cmd = Command::new(pyston);
    paths::clean_environment(&mut cmd);
    cmd.envs(&config.env)
        .args(&config.flags)
        .arg(name)
        .current_dir(dir);
    let out = process::run(&mut cmd, None, timeout)
        .map_err(|e| format!("cannot run {}: {e}", pyston.display()))?;

    let mut problems = Vec::new();
    if out.timed_out {
        problems.push(format!(
            "killed after the time limit of {:?} (set {TIMEOUT_VAR}=SECONDS to change it)",
            timeout
        ));
    } else if out.code() != Some(expected.exit) {
        problems.push(format!(
            "exit status: expected {}, got {}",
            expected.exit,
            out.describe_end()
        ));
    }
    let stdout_diff = diff::unified("stdout", &expected.stdout, &out.stdout, MAX_DIFF_LINES);
    if !stdout_diff.is_empty() {
        problems.push(format!("stdout differs:\n{}", stdout_diff.trim_end()));
    }
    if expected.exit != 0 {
        let actual_last = last_line(&out.stderr);
        if actual_last != expected.stderr_last {
            problems.push(format!(
                "last stderr line: expected {}, got {}",
                show_line(expected.stderr_last.as_deref()),
                show_line(actual_last.as_deref())
            ));
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    let mut report = format!(
        "`{}` in {}:\n{}",
        describe_command(config, name),
        dir.display(),
        problems.join("\n")
    );
    if !report.ends_with('\n') {
        report.push('\n');
    }
    if out.stderr.is_empty() {
        report.push_str("stderr: (empty)\n");
    } else {
        report.push_str("stderr (tail):\n");
        report.push_str(&tail(&out.stderr, STDERR_TAIL_LINES));
    }
    Err(report)
}

#[cfg(test)]
mod tests {
    //! The runner against a fake `pyston` (a shell script), so the comparison and time-limit paths
    //! are exercised without the runtime.

    use super::*;
    use std::collections::BTreeMap;
    use std::os::unix::fs::PermissionsExt;

    const FAKE_PYSTON: &str = r#"#!/bin/sh
# A stand-in for pyston: behaviour chosen by the script name (the last argument).
for last; do :; done
case "$last" in
  hello.py) printf 'hello\nworld\n' ;;
  args.py) echo "args: $*"; echo "stress: ${PYSTON_GC_STRESS-unset}"; echo "leak: ${PYSTON_LEAK-unset}"; echo "dir: $(basename "$(pwd)")"; echo "stdin: $(cat)" ;;
  fails.py) echo partial; printf 'Traceback (most recent call last):\nZeroDivisionError: integer division or modulo by zero\n' >&2; exit 1 ;;
  wrong.py) printf 'hello\nWORLD\nextra' ; echo 'oops' >&2; exit 2 ;;
  sleeps.py) echo started; exec sleep 5 ;;
esac
"#;

    /// A fresh directory with the fake pyston and a `tests/` subdirectory for programs.
    struct Sandbox {
        root: PathBuf,
    }

    impl Sandbox {
        fn new(tag: &str) -> Sandbox {
            let root = std::env::temp_dir().join(format!(
                "pyston-harness-{tag}-{}-{:?}",
                std::process::id(),
                std::thread::current().id()
            ));
            let _ = std::fs::remove_dir_all(&root);
            std::fs::create_dir_all(root.join("tests")).unwrap();
            let fake = root.join("pyston");
            std::fs::write(&fake, FAKE_PYSTON).unwrap();
            std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
            Sandbox { root }
        }

        fn pyston(&self) -> PathBuf {
            self.root.join("pyston")
        }

        /// Writes `tests/NAME.py` (empty: the fake never reads it) and its expectation.
        fn program(&self, name: &str, e: &ProgramExpectation) -> PathBuf {
            let py = self.root.join("tests").join(format!("{name}.py"));
            std::fs::write(&py, b"").unwrap();
            std::fs::write(
                py.with_extension("expected"),
                e.render(&format!("{name}.py")),
            )
            .unwrap();
            py
        }
    }

    impl Drop for Sandbox {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.root);
        }
    }

    fn config(env: &[(&str, &str)]) -> Config {
        Config {
            name: "interp".into(),
            flags: vec!["-I".into()],
            env: env
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect::<BTreeMap<_, _>>(),
        }
    }

    const LIMIT: Duration = Duration::from_secs(20);

    #[test]
    fn passes_on_equal_output_and_failing_programs() {
        let s = Sandbox::new("pass");
        let hello = s.program(
            "hello",
            &ProgramExpectation::from_run(0, b"hello\nworld\n".to_vec(), b""),
        );
        assert_eq!(check(&s.pyston(), &hello, &config(&[]), LIMIT), Ok(()));
        let fails = s.program(
            "fails",
            &ProgramExpectation::from_run(
                1,
                b"partial\n".to_vec(),
                b"Traceback\n  File \"fails.py\"\nZeroDivisionError: integer division or modulo by zero\n",
            ),
        );
        assert_eq!(check(&s.pyston(), &fails, &config(&[]), LIMIT), Ok(()));
        assert_eq!(trial_name(&config(&[]), &fails), "interp::fails");
    }

    #[test]
    fn passes_flags_env_cwd_and_empty_stdin() {
        let s = Sandbox::new("args");
        let expected_out = b"args: -I args.py\nstress: 97\nleak: unset\ndir: tests\nstdin: \n";
        let args = s.program(
            "args",
            &ProgramExpectation::from_run(0, expected_out.to_vec(), b""),
        );
        // An inherited PYSTON_* variable must not reach the child; the configuration's must.
        std::env::set_var("PYSTON_LEAK", "leaked");
        let r = check(
            &s.pyston(),
            &args,
            &config(&[("PYSTON_GC_STRESS", "97")]),
            LIMIT,
        );
        std::env::remove_var("PYSTON_LEAK");
        assert_eq!(r, Ok(()));
    }

    #[test]
    fn reports_exit_stdout_diff_stderr_line_and_tail() {
        let s = Sandbox::new("fail");
        // Expected as hello.py does; wrong.py's fake prints something else and exits 2.
        let wrong = s.program(
            "wrong",
            &ProgramExpectation::from_run(1, b"hello\nworld\n".to_vec(), b"E: e\n"),
        );
        let report = check(&s.pyston(), &wrong, &config(&[]), LIMIT).unwrap_err();
        assert!(report.starts_with("`pyston -I wrong.py` in "), "{report}");
        assert!(
            report.contains("exit status: expected 1, got exit 2\n"),
            "{report}"
        );
        assert!(
            report.contains(
                "stdout differs:\n--- expected stdout\n+++ actual stdout\n@@ -1,2 +1,3 @@\n hello\n-world\n+WORLD\n+extra\n\\ No newline at end of file\n"
            ),
            "{report}"
        );
        assert!(
            report.contains("last stderr line: expected \"E: e\", got \"oops\"\n"),
            "{report}"
        );
        assert!(report.ends_with("stderr (tail):\n    oops\n"), "{report}");
    }

    #[test]
    fn missing_or_corrupt_expectations_are_reported() {
        let s = Sandbox::new("missing");
        let py = s.root.join("tests").join("hello.py");
        std::fs::write(&py, b"").unwrap();
        let e = check(&s.pyston(), &py, &config(&[]), LIMIT).unwrap_err();
        assert!(e.contains("has no expectation; run `cargo run --bin pyston-harness -- bless"));
        std::fs::write(py.with_extension("expected"), b"exit 0\n").unwrap();
        let e = check(&s.pyston(), &py, &config(&[]), LIMIT).unwrap_err();
        assert!(e.contains("re-bless"), "{e}");
    }

    #[test]
    fn a_run_past_the_time_limit_is_killed_and_reported() {
        let s = Sandbox::new("timeout");
        let sleeps = s.program(
            "sleeps",
            &ProgramExpectation::from_run(0, b"started\n".to_vec(), b""),
        );
        let start = std::time::Instant::now();
        let report = check(
            &s.pyston(),
            &sleeps,
            &config(&[]),
            Duration::from_millis(300),
        )
        .unwrap_err();
        assert!(start.elapsed() < Duration::from_secs(4), "not killed");
        assert!(
            report.contains("killed after the time limit of 300ms"),
            "{report}"
        );
        assert!(!report.contains("stdout differs"), "{report}");
    }

    #[test]
    fn lists_only_top_level_programs() {
        let s = Sandbox::new("list");
        let tests = s.root.join("tests");
        std::fs::create_dir_all(tests.join("pkg")).unwrap();
        for f in ["b.py", "a.py", "a.expected", "pkg/__init__.py", "notes.txt"] {
            std::fs::write(tests.join(f), b"").unwrap();
        }
        let names: Vec<String> = test_files(&tests)
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["a.py", "b.py"]);
        assert!(test_files(&s.root.join("absent")).is_empty());
    }
}
