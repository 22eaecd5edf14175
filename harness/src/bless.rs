//! `pyston-harness bless`: (re)writes the expected outputs of the front-end tests from CPython.
//!
//! In: `.py` files or directories of them (default `tests/syntax/`). Out: `NAME.ast` beside each
//! `NAME.py` (format in `expect.rs`), written only when its content changes.
//!
//! Per directory, ONE CPython process (the embedded `oracle_bless.py`, run in that directory) gives
//! the two dumps and whether the file compiles as a script; for each file that does not, the
//! harness runs `python2.7 NAME.py` there (safe: a file that does not compile runs no code) and
//! records its exit status and output exactly. A file that compiles gets `exit 0`, no output, for
//! `--parse-only`: its program is never run.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use crate::expect::{Expectation, Mode, Section};
use crate::paths;
use crate::process;

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

/// The whole command: returns the number of files written.
pub fn run(inputs: &[PathBuf], cpython: Option<&Path>) -> Result<usize, String> {
    let files = collect(inputs);
    if files.is_empty() {
        return Err("no .py files to bless".into());
    }
    let mut by_dir: BTreeMap<PathBuf, Vec<String>> = BTreeMap::new();
    for f in &files {
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
            let text = e.render(name);
            if std::fs::read(&target).ok().as_deref() != Some(&text[..]) {
                std::fs::write(&target, &text)
                    .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
                println!("blessed {}", target.display());
                written += 1;
            }
        }
    }
    println!(
        "bless: {} files, {written} expectation files written",
        files.len()
    );
    Ok(written)
}
