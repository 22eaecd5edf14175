//! `pyston-harness parse-bench`: parsing a whole tree of Python files, pyston against CPython 2.7,
//! timed as whole processes (start-up included), alternating, in one run.
//!
//! In: a directory (default CPython's Lib tree), the run count, the two binaries. Out: the median
//! wall time of each side and the ratio pyston/CPython on stdout.
//!
//! pyston: `pyston --parse-only FILE...` (argv batches of at most `ARGV_BUDGET` bytes; one batch
//! covers CPython's whole Lib tree). CPython: one `python2.7` process reading the paths on stdin and
//! calling `ast.parse(open(f).read(), f)` on each, errors caught. Neither side's exit status
//! matters (some Lib files are deliberately invalid); both sides' output goes to /dev/null.

use std::io::Write;
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::paths;

/// Total argv bytes per `pyston --parse-only` process. Linux allows ~2 MB of argv+env (and 128 KB
/// per single argument); CPython's Lib tree (~1,800 paths) needs about 120 KB.
const ARGV_BUDGET: usize = 1 << 20;

const CPYTHON_PARSE_ALL: &str = "\
import ast, sys
for f in sys.stdin.read().splitlines():
    try:
        ast.parse(open(f).read(), f)
    except Exception:
        pass
";

pub struct BenchOptions {
    pub dir: PathBuf,
    pub runs: usize,
    pub pyston: PathBuf,
    pub cpython: Option<PathBuf>,
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    let n = times.len();
    if n % 2 == 1 {
        times[n / 2]
    } else {
        (times[n / 2 - 1] + times[n / 2]) / 2
    }
}

/// Splits `files` into argv batches within `ARGV_BUDGET`.
fn batches(files: &[PathBuf]) -> Vec<&[PathBuf]> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut size = 0;
    for (i, f) in files.iter().enumerate() {
        let len = f.as_os_str().len() + 1 + std::mem::size_of::<usize>();
        if i > start && size + len > ARGV_BUDGET {
            out.push(&files[start..i]);
            start = i;
            size = 0;
        }
        size += len;
    }
    if start < files.len() {
        out.push(&files[start..]);
    }
    out
}

fn time_pyston(opts: &BenchOptions, files: &[PathBuf]) -> Result<Duration, String> {
    let began = Instant::now();
    for batch in batches(files) {
        Command::new(&opts.pyston)
            .arg("--parse-only")
            .args(batch)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .map_err(|e| format!("cannot run {}: {e}", opts.pyston.display()))?;
    }
    Ok(began.elapsed())
}

fn time_cpython(opts: &BenchOptions, list: &[u8]) -> Result<Duration, String> {
    let began = Instant::now();
    let mut child = paths::cpython_command(opts.cpython.as_deref())
        .args(["-c", CPYTHON_PARSE_ALL])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot run CPython 2.7: {e}"))?;
    let mut stdin = child.stdin.take().expect("piped");
    stdin
        .write_all(list)
        .map_err(|e| format!("writing to CPython: {e}"))?;
    drop(stdin);
    child
        .wait()
        .map_err(|e| format!("waiting for CPython: {e}"))?;
    Ok(began.elapsed())
}

/// The whole command.
pub fn run(opts: &BenchOptions) -> Result<(), String> {
    paths::require_pyston(&opts.pyston)?;
    let files = paths::python_files(&opts.dir);
    if files.is_empty() {
        return Err(format!("no .py files under {}", opts.dir.display()));
    }
    let mut list = Vec::new();
    for f in &files {
        list.extend_from_slice(f.as_os_str().as_bytes());
        list.push(b'\n');
    }
    let runs = opts.runs.max(1);
    println!(
        "parse-bench: {} files under {}, {} runs each, alternating",
        files.len(),
        opts.dir.display(),
        runs
    );
    let mut pyston_times = Vec::new();
    let mut cpython_times = Vec::new();
    for run in 0..runs {
        // Alternate which side goes first, so neither always gets the warmer page cache.
        let (p, c) = if run % 2 == 0 {
            let p = time_pyston(opts, &files)?;
            (p, time_cpython(opts, &list)?)
        } else {
            let c = time_cpython(opts, &list)?;
            (time_pyston(opts, &files)?, c)
        };
        println!(
            "  run {}: pyston {:.3}s  cpython {:.3}s",
            run + 1,
            p.as_secs_f64(),
            c.as_secs_f64()
        );
        pyston_times.push(p);
        cpython_times.push(c);
    }
    let p = median(&mut pyston_times).as_secs_f64();
    let c = median(&mut cpython_times).as_secs_f64();
    println!("pyston --parse-only: median {p:.3}s");
    println!("cpython ast.parse:   median {c:.3}s");
    println!("ratio pyston/cpython: {:.3}", p / c);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_cover_all_files_in_order() {
        let files: Vec<PathBuf> = (0..30000)
            .map(|i| PathBuf::from(format!("/some/long/directory/name/file_{i:05}.py")))
            .collect();
        let b = batches(&files);
        assert!(b.len() > 1);
        assert_eq!(b.concat(), files);
        assert_eq!(batches(&files[..10]).len(), 1);
    }

    #[test]
    fn median_of_even_and_odd_counts() {
        let s = Duration::from_secs;
        assert_eq!(median(&mut [s(3), s(1), s(2)]), s(2));
        assert_eq!(
            median(&mut [s(4), s(1), s(2), s(3)]),
            Duration::from_millis(2500)
        );
    }
}
