//! `pyston-harness ast-parity`: `pyston --dump-ast` against CPython 2.7's `ast.dump(ast.parse(...))`
//! over a tree of Python files.
//!
//! In: a directory (default CPython's own Lib tree), the `pyston` and CPython binaries, whether to
//! include attributes. Out: one report per differing file and a last line
//! `ast-parity: M of N files identical`; `Ok(true)` when M == N.
//!
//! CPython runs as ONE process (the embedded `oracle_dump.py`) fed every path on stdin; pyston runs
//! once per file on a small pool of worker threads, concurrently with the oracle.
//!
//! Identical means: both dumps byte-equal, or both fail with the same exception class on the same
//! line (pyston's class is its stderr's last line up to the colon, its line the
//! `  File "...", line N` line; CPython's come from the exception object).

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use crate::paths;
use crate::process;

const ORACLE_DUMP: &str = include_str!("oracle_dump.py");

/// How long one `pyston --dump-ast` may take before it counts as hung.
const PER_FILE_TIMEOUT: Duration = Duration::from_secs(120);

pub struct ParityOptions {
    pub dir: PathBuf,
    pub attributes: bool,
    pub pyston: PathBuf,
    pub cpython: Option<PathBuf>,
    pub jobs: usize,
}

/// What one implementation made of one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The dump, without the trailing newline.
    Dump(Vec<u8>),
    /// A Python exception: class name, line (for SyntaxError and subclasses), message.
    Error {
        class: String,
        line: Option<u32>,
        msg: String,
    },
    /// Anything else: a crash, a hang, an unexpected exit status, an unreadable frame.
    Broken(String),
}

impl Outcome {
    fn summary(&self) -> String {
        match self {
            Outcome::Dump(d) => format!("dump {}", excerpt(d, 0, 80)),
            Outcome::Error { class, line, msg } => match line {
                Some(n) => format!("{class} on line {n}: {msg}"),
                None => format!("{class}: {msg}"),
            },
            Outcome::Broken(why) => why.clone(),
        }
    }
}

/// Whether two outcomes count as identical (see the module comment).
pub fn identical(cpython: &Outcome, pyston: &Outcome) -> bool {
    match (cpython, pyston) {
        (Outcome::Dump(a), Outcome::Dump(b)) => a == b,
        (
            Outcome::Error {
                class: c1,
                line: l1,
                ..
            },
            Outcome::Error {
                class: c2,
                line: l2,
                ..
            },
        ) => c1 == c2 && l1 == l2,
        _ => false,
    }
}

/// A readable description of how two outcomes differ.
pub fn describe_difference(cpython: &Outcome, pyston: &Outcome) -> String {
    if let (Outcome::Dump(a), Outcome::Dump(b)) = (cpython, pyston) {
        let at = first_difference(a, b);
        let from = at.saturating_sub(40);
        return format!(
            "  dumps differ at byte {at} (lengths {} and {}):\n  cpython: {}\n  pyston:  {}",
            a.len(),
            b.len(),
            excerpt(a, from, 80),
            excerpt(b, from, 80)
        );
    }
    format!(
        "  cpython: {}\n  pyston:  {}",
        cpython.summary(),
        pyston.summary()
    )
}

/// The index of the first byte where `a` and `b` differ (the shorter length if one is a prefix).
pub fn first_difference(a: &[u8], b: &[u8]) -> usize {
    a.iter()
        .zip(b)
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()))
}

/// `len` bytes of `bytes` from `from`, escaped to one printable line, with `...` where cut.
pub fn excerpt(bytes: &[u8], from: usize, len: usize) -> String {
    let from = from.min(bytes.len());
    let to = (from + len).min(bytes.len());
    let mut s = String::new();
    if from > 0 {
        s.push_str("...");
    }
    for &b in &bytes[from..to] {
        match b {
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\t' => s.push_str("\\t"),
            0x20..=0x7e => s.push(b as char),
            _ => s.push_str(&format!("\\x{b:02x}")),
        }
    }
    if to < bytes.len() {
        s.push_str("...");
    }
    s
}

/// Reads pyston's outcome from a finished `pyston --dump-ast` run.
pub fn pyston_outcome(out: &process::RunOutput) -> Outcome {
    match out.code() {
        Some(0) => {
            let mut d = out.stdout.clone();
            if d.last() == Some(&b'\n') {
                d.pop();
            }
            Outcome::Dump(d)
        }
        Some(1) => match parse_error_report(&out.stderr) {
            Some((class, line, msg)) => Outcome::Error { class, line, msg },
            None => Outcome::Broken(format!(
                "exit 1 without an error report; stderr: {}",
                excerpt(&out.stderr, 0, 160)
            )),
        },
        _ => Outcome::Broken(format!(
            "pyston {}; stderr: {}",
            out.describe_end(),
            excerpt(&out.stderr, 0, 300)
        )),
    }
}

/// Exception class, line and message from a CPython-style error report: the class is the last
/// non-empty line up to its colon; the line comes from the last `  File "...", line N` line.
pub fn parse_error_report(stderr: &[u8]) -> Option<(String, Option<u32>, String)> {
    let text = String::from_utf8_lossy(stderr);
    let last = text.lines().rev().find(|l| !l.trim().is_empty())?;
    let (class, msg) = match last.find(':') {
        Some(i) => (&last[..i], last[i + 1..].trim_start()),
        None => (last, ""),
    };
    let is_name = !class.is_empty()
        && class
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
        && !class.starts_with(|c: char| c.is_ascii_digit());
    if !is_name {
        return None;
    }
    static FILE_LINE: OnceLock<regex::Regex> = OnceLock::new();
    let file_line = FILE_LINE
        .get_or_init(|| regex::Regex::new(r#"^  File ".*", line (\d+)"#).expect("valid regex"));
    let line = text
        .lines()
        .rev()
        .find_map(|l| file_line.captures(l))
        .and_then(|c| c[1].parse().ok());
    Some((class.to_string(), line, msg.to_string()))
}

/// Runs the oracle over `files` and returns its outcomes, in order. If CPython itself dies on a
/// file (a C stack overflow on a pathological input), that file is `Broken` and a fresh oracle
/// continues with the next one; an oracle that answers nothing at all is an error.
fn run_oracle(files: &[PathBuf], opts: &ParityOptions) -> Result<Vec<Outcome>, String> {
    let mut outcomes = Vec::with_capacity(files.len());
    while outcomes.len() < files.len() {
        let rest = &files[outcomes.len()..];
        let before = outcomes.len();
        let finished = run_oracle_process(rest, opts, &mut outcomes)?;
        if finished {
            break;
        }
        if before == 0 && outcomes.is_empty() {
            return Err(
                "the CPython 2.7 oracle produced no output (is python2.7 installed?)".into(),
            );
        }
        let dead = &files[outcomes.len()];
        outcomes.push(Outcome::Broken(format!(
            "CPython itself died on {}",
            dead.display()
        )));
    }
    Ok(outcomes)
}

/// One oracle process over `files`, appending to `outcomes`; `Ok(false)` if it stopped early.
fn run_oracle_process(
    files: &[PathBuf],
    opts: &ParityOptions,
    outcomes: &mut Vec<Outcome>,
) -> Result<bool, String> {
    let mut cmd = paths::cpython_command(opts.cpython.as_deref());
    cmd.arg("-c").arg(ORACLE_DUMP);
    if opts.attributes {
        cmd.arg("--attributes");
    }
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot run CPython 2.7: {e}"))?;
    let mut stdin = child.stdin.take().expect("piped");
    let list = path_list(files);
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&list);
    });
    let mut reader = BufReader::new(child.stdout.take().expect("piped"));
    let mut complete = true;
    for _ in files {
        match read_frame(&mut reader) {
            Ok(o) => outcomes.push(o),
            Err(_) => {
                complete = false;
                let _ = child.kill();
                break;
            }
        }
    }
    let _ = child.wait();
    let _ = writer.join();
    Ok(complete)
}

fn path_list(files: &[PathBuf]) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    let mut list = Vec::new();
    for f in files {
        list.extend_from_slice(f.as_os_str().as_bytes());
        list.push(b'\n');
    }
    list
}

/// One frame of `oracle_dump.py`'s output.
fn read_frame(reader: &mut impl BufRead) -> Result<Outcome, String> {
    let mut header = String::new();
    reader.read_line(&mut header).map_err(|e| e.to_string())?;
    if header.is_empty() {
        return Err("unexpected end of output".into());
    }
    let fields: Vec<&str> = header.trim_end().split(' ').collect();
    let read_body = |reader: &mut dyn BufRead, n: &str| -> Result<Vec<u8>, String> {
        let n: usize = n
            .parse()
            .map_err(|_| format!("bad frame header {header:?}"))?;
        let mut body = vec![0; n + 1];
        reader.read_exact(&mut body).map_err(|e| e.to_string())?;
        body.pop();
        Ok(body)
    };
    match fields.as_slice() {
        ["OK", n] => Ok(Outcome::Dump(read_body(reader, n)?)),
        ["ERR", class, line, n] => {
            let msg = read_body(reader, n)?;
            Ok(Outcome::Error {
                class: class.to_string(),
                line: line.parse().ok(),
                msg: String::from_utf8_lossy(&msg).into_owned(),
            })
        }
        _ => Err(format!("bad frame header {header:?}")),
    }
}

/// Runs `pyston --dump-ast` on every file with `jobs` worker threads.
fn run_pyston(files: &[PathBuf], opts: &ParityOptions) -> Vec<Outcome> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Outcome>>> = Mutex::new(vec![None; files.len()]);
    std::thread::scope(|scope| {
        for _ in 0..opts.jobs.max(1) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= files.len() {
                    break;
                }
                let outcome = pyston_dump(&opts.pyston, &files[i], opts.attributes);
                results.lock().expect("no worker panics")[i] = Some(outcome);
            });
        }
    });
    results
        .into_inner()
        .expect("no worker panics")
        .into_iter()
        .map(|o| o.unwrap_or_else(|| Outcome::Broken("not run".into())))
        .collect()
}

/// pyston's outcome for one file.
pub fn pyston_dump(pyston: &Path, file: &Path, attributes: bool) -> Outcome {
    let mut cmd = Command::new(pyston);
    cmd.arg("--dump-ast");
    if attributes {
        cmd.arg("--attributes");
    }
    cmd.arg(file);
    match process::run(&mut cmd, None, PER_FILE_TIMEOUT) {
        Ok(out) => pyston_outcome(&out),
        Err(e) => Outcome::Broken(format!("cannot run {}: {e}", pyston.display())),
    }
}

/// The whole command. Returns whether every file was identical.
pub fn run(opts: &ParityOptions) -> Result<bool, String> {
    paths::require_pyston(&opts.pyston)?;
    let files = paths::python_files(&opts.dir);
    if files.is_empty() {
        return Err(format!("no .py files under {}", opts.dir.display()));
    }
    let (oracle, pyston) = std::thread::scope(|scope| {
        let oracle = scope.spawn(|| run_oracle(&files, opts));
        let pyston = run_pyston(&files, opts);
        (oracle.join().expect("oracle thread does not panic"), pyston)
    });
    let oracle = oracle?;
    let mut same = 0;
    for ((file, c), p) in files.iter().zip(&oracle).zip(&pyston) {
        if identical(c, p) {
            same += 1;
        } else {
            println!("MISMATCH {}", file.display());
            println!("{}", describe_difference(c, p));
        }
    }
    println!("ast-parity: {same} of {} files identical", files.len());
    Ok(same == files.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_syntax_error_reports() {
        let report = b"  File \"x.py\", line 3\n    print \"a\n           ^\nSyntaxError: EOL while scanning string literal\n";
        assert_eq!(
            parse_error_report(report),
            Some((
                "SyntaxError".into(),
                Some(3),
                "EOL while scanning string literal".into()
            ))
        );
        assert_eq!(
            parse_error_report(b"s_push: parser stack overflow\nMemoryError\n"),
            Some(("MemoryError".into(), None, String::new()))
        );
        assert_eq!(parse_error_report(b"thread panicked at 1:2\n"), None);
    }

    #[test]
    fn reads_oracle_frames() {
        let mut input: &[u8] =
            b"OK 3\nabc\nERR SyntaxError 7 14\ninvalid syntax\nERR TypeError - 2\nno\n";
        assert_eq!(read_frame(&mut input), Ok(Outcome::Dump(b"abc".to_vec())));
        assert_eq!(
            read_frame(&mut input),
            Ok(Outcome::Error {
                class: "SyntaxError".into(),
                line: Some(7),
                msg: "invalid syntax".into()
            })
        );
        assert_eq!(
            read_frame(&mut input),
            Ok(Outcome::Error {
                class: "TypeError".into(),
                line: None,
                msg: "no".into()
            })
        );
        assert!(read_frame(&mut input).is_err());
    }

    #[test]
    fn shows_where_dumps_differ() {
        assert_eq!(first_difference(b"abcd", b"abxd"), 2);
        assert_eq!(first_difference(b"ab", b"abc"), 2);
        assert_eq!(excerpt(b"a\nb\xff", 0, 10), "a\\nb\\xff");
        assert_eq!(excerpt(b"abcdef", 2, 2), "...cd...");
    }
}
