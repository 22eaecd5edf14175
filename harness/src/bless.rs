//! `pyston-harness bless`: (re)writes the expected outputs of tests from CPython 2.7.18.
//!
//! In: `.py` files or directories of them (default: `tests/syntax/` and `tests/python/`). Out: the
//! expectation beside each test, written only when its content changes. What a file is follows from
//! where it lies:
//!
//! - a `.py` at the top level of `tests/python/` is a runtime test: `NAME.expected` (format in
//!   `program_expect.rs`) from running `python2.7 NAME.py` in that directory, stdin /dev/null, under
//!   the time limit of `python_tests::timeout_from_env`. It is run twice; different results mean
//!   the test is not deterministic (addresses, times, ...) and nothing is written for it. A run that
//!   is killed or hits the time limit is an error too: a test must end by itself.
//! - a `.py` deeper under `tests/python/` is a module some test imports: skipped.
//! - any other `.py` is a front-end test: `NAME.ast` (format in `expect.rs`). Per directory, ONE
//!   CPython process (the embedded `oracle_bless.py`, run in that directory) gives the two dumps and
//!   whether the file compiles as a script; for each file that does not, the harness runs
//!   `python2.7 NAME.py` there (safe: a file that does not compile runs no code) and records its
//!   exit status and output exactly. A file that compiles gets `exit 0`, no output, for
//!   `--parse-only`: its program is never run.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use crate::expect::{Expectation, Mode, Section};
use crate::paths;
use crate::process;
use crate::program_expect::ProgramExpectation;
use crate::python_tests;

const ORACLE_BLESS: &str = include_str!("oracle_bless.py");

/// Collects the `.py` files named by `inputs` (files, or directories searched recursively).
fn collect(inputs: &[PathBuf]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for input in inputs {
        files.extend(paths::python_files(input));
    }
    files.sort();
    files.dedup();
    files
}

fn read_result(reader: &mut impl BufRead) -> Result<(i32, Vec<u8>, Vec<u8>), String> {
    let mut header = String::new();
    reader.read_line(&mut header).map_err(|e| e.to_string())?;
    let fields: Vec<&str> = header.trim_end().split(' ').collect();
    let ["RESULT", status, n_out, n_err] = fields.as_slice() else {
        return Err(format!("bad oracle frame {header:?}"));
    };
    let num = |s: &str| -> Result<usize, String> {
        s.parse()
            .map_err(|_| format!("bad oracle frame {header:?}"))
    };
    let mut out = vec![0; num(n_out)?];
    let mut err = vec![0; num(n_err)?];
    let mut nl = [0u8; 1];
    reader.read_exact(&mut out).map_err(|e| e.to_string())?;
    reader.read_exact(&mut err).map_err(|e| e.to_string())?;
    reader.read_exact(&mut nl).map_err(|e| e.to_string())?;
    let status = status
        .parse()
        .map_err(|_| format!("bad oracle frame {header:?}"))?;
    Ok((status, out, err))
}

/// CPython's expectation for every file named in `names`, all in directory `dir`.
fn oracle_for_dir(
    dir: &Path,
    names: &[String],
    cpython: Option<&Path>,
) -> Result<Vec<Expectation>, String> {
    let mut child = paths::cpython_command(cpython)
        .arg("-c")
        .arg(ORACLE_BLESS)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot run CPython 2.7: {e}"))?;
    let mut stdin = child.stdin.take().expect("piped");
    let list: String = names.iter().map(|n| format!("{n}\n")).collect();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(list.as_bytes());
    });
    let mut reader = BufReader::new(child.stdout.take().expect("piped"));
    let mut results = Vec::new();
    for name in names {
        let context = |e: String| format!("CPython oracle on {}: {e}", dir.join(name).display());
        let mut sections = Vec::new();
        for mode in [Mode::DumpAst, Mode::DumpAstAttributes] {
            let (exit, stdout, stderr) = read_result(&mut reader).map_err(context)?;
            sections.push(Section {
                mode,
                exit,
                stdout,
                stderr,
            });
        }
        let mut verdict = String::new();
        reader
            .read_line(&mut verdict)
            .map_err(|e| context(e.to_string()))?;
        let script = match verdict.trim_end() {
            "COMPILES" => Section {
                mode: Mode::ParseOnly,
                exit: 0,
                stdout: Vec::new(),
                stderr: Vec::new(),
            },
            "FAILS" => run_failing_script(dir, name, cpython)?,
            other => return Err(context(format!("bad verdict {other:?}"))),
        };
        sections.push(script);
        results.push(Expectation { sections });
    }
    let _ = writer.join();
    let _ = child.wait();
    Ok(results)
}

/// `python2.7 NAME.py` in `dir`, for a file CPython does not compile: its exact report.
fn run_failing_script(dir: &Path, name: &str, cpython: Option<&Path>) -> Result<Section, String> {
    let mut cmd = paths::cpython_command(cpython);
    cmd.arg(name).current_dir(dir);
    let out = process::run(&mut cmd, None, Duration::from_secs(60))
        .map_err(|e| format!("cannot run CPython 2.7 on {name}: {e}"))?;
    let exit = match out.code() {
        Some(c) if c != 0 => c,
        _ => {
            return Err(format!(
                "{}: the oracle said it does not compile, but `python2.7 {name}` gave {}",
                dir.join(name).display(),
                out.describe_end()
            ))
        }
    };
    Ok(Section {
        mode: Mode::ParseOnly,
        exit,
        stdout: out.stdout,
        stderr: out.stderr,
    })
}

/// CPython's result for the runtime test `dir/name`, checked to be the same on two runs.
pub fn oracle_program(
    dir: &Path,
    name: &str,
    cpython: Option<&Path>,
    timeout: Duration,
) -> Result<ProgramExpectation, String> {
    let path = dir.join(name);
    let mut results = Vec::new();
    for _ in 0..2 {
        let mut cmd = paths::cpython_command(cpython);
        cmd.arg(name).current_dir(dir);
        let out = process::run(&mut cmd, None, timeout)
            .map_err(|e| format!("cannot run CPython 2.7 on {}: {e}", path.display()))?;
        let exit = match out.code() {
            Some(c) => c,
            None if out.timed_out => {
                return Err(format!(
                "{}: CPython did not finish within {timeout:?} (set {}=SECONDS for a longer limit)",
                path.display(),
                python_tests::TIMEOUT_VAR
            ))
            }
            None => {
                return Err(format!(
                    "{}: CPython {}; a test must end with an exit status",
                    path.display(),
                    out.describe_end()
                ))
            }
        };
        results.push(ProgramExpectation::from_run(exit, out.stdout, &out.stderr));
    }
    if results[0] != results[1] {
        return Err(format!(
            "{}: CPython gave different results on two runs; a test's output must not depend on \
             addresses, ids, times or the environment",
            path.display()
        ));
    }
    Ok(results.swap_remove(0))
}

/// Writes `bytes` to `target` unless it already holds them; true when written.
fn write_if_changed(target: &Path, bytes: &[u8]) -> Result<bool, String> {
    if std::fs::read(target).ok().as_deref() == Some(bytes) {
        return Ok(false);
    }
    std::fs::write(target, bytes).map_err(|e| format!("cannot write {}: {e}", target.display()))?;
    println!("blessed {}", target.display());
    Ok(true)
}

/// What a `.py` file handed to `bless` is, from where it lies.
#[derive(Debug, PartialEq, Eq)]
enum Kind {
    /// At the top level of `tests/python/`.
    Program,
    /// Deeper under `tests/python/`: imported by programs, not a test.
    Helper,
    Syntax,
}

fn kind(file: &Path, programs_dirs: &[PathBuf]) -> Kind {
    let Ok(file) = file.canonicalize() else {
        return Kind::Syntax;
    };
    for dir in programs_dirs {
        if file.parent() == Some(dir.as_path()) {
            return Kind::Program;
        } else if file.starts_with(dir) {
            return Kind::Helper;
        }
    }
    Kind::Syntax
}

fn bless_programs(files: &[PathBuf], cpython: Option<&Path>) -> Result<usize, String> {
    let timeout = python_tests::timeout_from_env()?;
    let mut written = 0;
    for f in files {
        let dir = match f.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let name = f
            .file_name()
            .and_then(|n| n.to_str())
            .ok_or_else(|| format!("{}: file names must be UTF-8", f.display()))?;
        let e = oracle_program(dir, name, cpython, timeout)?;
        if write_if_changed(&f.with_extension("expected"), &e.render(name))? {
            written += 1;
        }
    }
    Ok(written)
}

/// The whole command: returns the number of files written.
pub fn run(inputs: &[PathBuf], cpython: Option<&Path>) -> Result<usize, String> {
    // tests/pending/ holds blessed programs the runtime does not pass yet (not run by cargo test).
    let pending = paths::python_tests_dir().with_file_name("pending");
    let programs_dirs: Vec<PathBuf> = [paths::python_tests_dir(), pending]
        .iter()
        .filter_map(|d| d.canonicalize().ok())
        .collect();
    let (mut syntax, mut programs, mut helpers) = (Vec::new(), Vec::new(), 0);
    for f in collect(inputs) {
        match kind(&f, &programs_dirs) {
            Kind::Program => programs.push(f),
            Kind::Helper => helpers += 1,
            Kind::Syntax => syntax.push(f),
        }
    }
    if syntax.is_empty() && programs.is_empty() {
        return Err("no .py test files to bless".into());
    }
    let mut written = 0;
    if !syntax.is_empty() {
        written += bless_syntax(&syntax, cpython)?;
    }
    written += bless_programs(&programs, cpython)?;
    println!(
        "bless: {} front-end tests, {} runtime tests ({helpers} imported modules skipped), \
         {written} expectation files written",
        syntax.len(),
        programs.len()
    );
    Ok(written)
}

fn bless_syntax(files: &[PathBuf], cpython: Option<&Path>) -> Result<usize, String> {
    let mut by_dir: BTreeMap<PathBuf, Vec<String>> = BTreeMap::new();
    for f in files {
        let dir = f.parent().unwrap_or(Path::new(".")).to_path_buf();
        let name = f
            .file_name()
            .and_then(|n| n.to_str())
            .ok_or_else(|| format!("{}: file names must be UTF-8", f.display()))?;
        by_dir.entry(dir).or_default().push(name.to_string());
    }
    let mut written = 0;
    for (dir, names) in &by_dir {
        let run_dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir.as_path()
        };
        let expectations = oracle_for_dir(run_dir, names, cpython)?;
        for (name, e) in names.iter().zip(expectations) {
            let target = run_dir.join(name).with_extension("ast");
            if write_if_changed(&target, &e.render(name))? {
                written += 1;
            }
        }
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    /// A stand-in for python2.7, by script name: what `oracle_program` makes of each behaviour.
    const FAKE_PYTHON: &str = r#"#!/bin/sh
case "$1" in
  ok.py) printf 'out\nno newline'; echo 'ignored warning' >&2 ;;
  dies.py) echo 'before'; printf 'Traceback (most recent call last):\nValueError: v\n\n' >&2; exit 1 ;;
  random.py) echo "$$" ;;
  signal.py) kill -9 $$ ;;
  stdin.py) cat; echo "cwd=$(basename "$(pwd)")" ;;
esac
"#;

    #[test]
    fn oracle_program_records_runs_and_refuses_unstable_ones() {
        let dir = std::env::temp_dir().join(format!("pyston-harness-bless-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let fake = dir.join("python2.7");
        std::fs::write(&fake, FAKE_PYTHON).unwrap();
        std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
        let run = |name: &str| oracle_program(&dir, name, Some(&fake), Duration::from_secs(20));
        assert_eq!(
            run("ok.py"),
            Ok(ProgramExpectation::from_run(
                0,
                b"out\nno newline".to_vec(),
                b""
            ))
        );
        let dies = run("dies.py").unwrap();
        assert_eq!((dies.exit, &dies.stdout[..]), (1, &b"before\n"[..]));
        assert_eq!(dies.stderr_last.as_deref(), Some(&b"ValueError: v"[..]));
        let stdin = run("stdin.py").unwrap();
        let cwd = format!("cwd={}\n", dir.file_name().unwrap().to_string_lossy());
        assert_eq!(stdin.stdout, cwd.as_bytes());
        assert!(run("random.py")
            .unwrap_err()
            .contains("different results on two runs"));
        assert!(run("signal.py")
            .unwrap_err()
            .contains("must end with an exit status"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn files_are_classified_by_location() {
        let programs = paths::python_tests_dir().canonicalize().unwrap();
        let readme = paths::python_tests_dir().join("README.md");
        assert_eq!(
            kind(&readme, std::slice::from_ref(&programs)),
            Kind::Program
        );
        let syntax_readme = paths::syntax_tests_dir().join("README.md");
        assert_eq!(
            kind(&syntax_readme, std::slice::from_ref(&programs)),
            Kind::Syntax
        );
        let nested = paths::python_tests_dir()
            .join("..")
            .join("python")
            .join("README.md");
        assert_eq!(
            kind(&nested, std::slice::from_ref(&programs)),
            Kind::Program
        );
        assert_eq!(
            kind(
                Path::new("/nonexistent/x.py"),
                std::slice::from_ref(&programs)
            ),
            Kind::Syntax
        );
        assert_eq!(kind(&readme, &[]), Kind::Syntax);
    }
}
