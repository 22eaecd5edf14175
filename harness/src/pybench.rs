//! `pyston-harness bench`: the programs of `benches/python/` under pyston and CPython 2.7.18,
//! measured as whole processes in one run, alternating, with output checks.
//!
//! In: `benches/python/benches.yaml` (per program: name, default args, quick args), the programs
//! `NAME.py`, their CPython-blessed outputs `NAME.expected` (default args) and
//! `NAME.quick.expected` (quick args), and the command-line options (`BenchOptions`).
//! Out: on stdout a header, any failure details and gate verdicts, then the table; the last line
//! is always `bench: geomean speedup X.XX over N benchmarks`. `--json FILE` writes the same
//! results (`Report`); a progress line goes to stderr only when stderr is a terminal.
//! `bench --bless` instead rewrites the expected files from CPython.
//!
//! Two measures (`Measure`, `--measure`):
//! - `time` (default): wall time of each run, one benchmark after another; the table shows pyston
//!   and CPython median seconds, the speedup and each side's peak MB. It varies with the load of
//!   the machine (±30% on a shared VM), so a gate on it needs a quiet machine.
//! - `instructions`: each run under valgrind's callgrind, one count per thread; the figure is
//!   the instructions of every thread but pyston's compile thread (the one running
//!   `COMPILE_THREAD_FN`): what the program waits for when compiles run in the background, as
//!   they normally do. Pyston gets `PYSTON_JIT_BACKGROUND=0`, so each compile is waited for
//!   where it falls due and the count does not depend on thread timing; LLVM's own work (about
//!   three quarters of all instructions at quick sizes) is left out, so the count follows the
//!   interpreter, the runtime and the compiled code. Counts do not depend on the machine's
//!   load, so benchmarks run `INSTRUCTION_JOBS` at a time (the table keeps manifest order), one
//!   run per side unless `--runs` says otherwise. The program's stdout and stderr are checked
//!   as usual (valgrind writes to files of its own). The table shows millions of instructions
//!   and the speedup; no peak memory (valgrind's own memory would be in it). In one
//!   environment CPython's counts repeat exactly, pyston's within ~0.1%: the engine's std
//!   `HashMap`s are keyed randomly per process, which changes their probing and the order of
//!   allocations, hence glibc's heap layout. Another environment (more variables, as under
//!   `cargo run`) moves both sides' counts by up to ~0.1% too (CPython copies it into
//!   `os.environ`; addresses shift).
//!
//! Invariants:
//! - Speedup = CPython median / pyston median (seconds or instructions): above 1.00 pyston is
//!   faster.
//! - Every run's exit status and stdout are checked against the expected file. A non-zero
//!   exit, a time-out or different output is that benchmark's failure row (the harness itself
//!   carries on); failed benchmarks are left out of the geomean and make the exit status 1.
//! - Runs alternate which side goes first, so neither always gets the warmer caches.
//! - A child is waited for with `waitid(WNOWAIT)` then reaped with `wait4`, whose rusage gives that
//!   child's own peak RSS (`ru_maxrss`). The time limit kills the child by its pid only while it
//!   is still unreaped (a zombie keeps its pid), so a reused pid is never signalled.
//! - CPython is resolved once to its real executable (`sys.executable`), so pyenv's shim script is
//!   neither timed nor run under valgrind; pyston gets no flags unless `--pyston-args` gives some.
//! - `--gate BASELINE.json` fails a benchmark whose speedup is more than `GATE_TOLERANCE` below the
//!   baseline's; benchmarks missing from either side are ignored. A baseline of the other
//!   measure is refused before anything runs (seconds and instructions give different
//!   speedups). Under `time` a drop is measured again (`GATE_CONFIRMATIONS` times) and only a
//!   drop in every measurement counts: noise on a shared machine exceeds the tolerance now and
//!   then, a regression does every time. Instruction counts are not measured again.

use std::collections::HashMap;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::{diff, paths};

/// A benchmark fails the gate when its speedup falls below `(1 - GATE_TOLERANCE)` × baseline.
pub const GATE_TOLERANCE: f64 = 0.15;

/// How many times the gate measures a benchmark again before it calls a drop a regression: on a
/// shared machine one measurement can be off by more than the tolerance, a regression is not
/// off in every one. The best speedup of the measurements counts.
pub const GATE_CONFIRMATIONS: usize = 2;

/// Default timed runs per side, full and quick mode.
pub const DEFAULT_RUNS: usize = 5;
pub const DEFAULT_QUICK_RUNS: usize = 1;

/// Default runs per side under `--measure instructions`: counts repeat, one run says it all.
pub const DEFAULT_INSTRUCTION_RUNS: usize = 1;

/// Benchmarks measured at once under `--measure instructions` (each run is one busy process).
pub const INSTRUCTION_JOBS: usize = 2;

/// The valgrind command line before the program: callgrind counting instructions per thread
/// (one output file per thread, named after `--callgrind-out-file`, see `under_valgrind`).
pub const VALGRIND_ARGS: [&str; 3] = [
    "--tool=callgrind",
    "--separate-threads=yes",
    "--dump-line=no",
];

/// A function only pyston's compile thread runs (its loop, `engine::serve`): the thread whose
/// callgrind file names it is the compile thread, whose instructions are not counted.
pub const COMPILE_THREAD_FN: &str = "pyston_engine::jit::engine::serve";

/// What a run is measured by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Measure {
    /// Wall time of the whole process, in seconds.
    #[default]
    Time,
    /// Instructions executed outside pyston's compile thread, counted by valgrind's callgrind.
    Instructions,
}

impl Measure {
    /// The name `--measure` takes and the JSON report records.
    pub fn name(self) -> &'static str {
        match self {
            Measure::Time => "time",
            Measure::Instructions => "instructions",
        }
    }
}

/// `benches/python/` in the repository.
pub fn benches_dir() -> PathBuf {
    paths::repo_root().join("benches").join("python")
}

/// One program of the manifest.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct BenchSpec {
    pub name: String,
    /// Arguments of the default (full-size) run.
    #[serde(default)]
    pub args: Vec<String>,
    /// Arguments of the `--quick` run.
    #[serde(default)]
    pub quick: Vec<String>,
}

impl BenchSpec {
    pub fn args_for(&self, quick: bool) -> &[String] {
        if quick {
            &self.quick
        } else {
            &self.args
        }
    }

    /// `NAME.expected` or `NAME.quick.expected` in `dir`.
    pub fn expected_path(&self, dir: &Path, quick: bool) -> PathBuf {
        let suffix = if quick {
            ".quick.expected"
        } else {
            ".expected"
        };
        dir.join(format!("{}{}", self.name, suffix))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    benchmarks: Vec<BenchSpec>,
}

/// Parses `benches.yaml` text: names must be unique and plain (`[A-Za-z0-9_]+`).
pub fn parse_manifest(text: &str) -> Result<Vec<BenchSpec>, String> {
    let m: Manifest = serde_yaml::from_str(text).map_err(|e| format!("benches.yaml: {e}"))?;
    let mut seen = std::collections::HashSet::new();
    for b in &m.benchmarks {
        if b.name.is_empty()
            || !b
                .name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            return Err(format!("benches.yaml: bad benchmark name {:?}", b.name));
        }
        if !seen.insert(b.name.clone()) {
            return Err(format!("benches.yaml: {} listed twice", b.name));
        }
    }
    Ok(m.benchmarks)
}

/// Reads and parses `DIR/benches.yaml`.
pub fn load_manifest(dir: &Path) -> Result<Vec<BenchSpec>, String> {
    let path = dir.join("benches.yaml");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    parse_manifest(&text)
}

/// The results of one benchmark, as the table shows them and `--json` writes them. Under
/// `time` the `*_s` fields and the peaks are filled, under `instructions` the `*_instructions`
/// fields.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Serialize)]
pub struct BenchResult {
    pub name: String,
    #[serde(default)]
    pub args: Vec<String>,
    /// Why this benchmark failed (first failing run); `None` when every run matched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pyston_times_s: Vec<f64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cpython_times_s: Vec<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pyston_median_s: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpython_median_s: Option<f64>,
    /// Instructions per run (callgrind's totals, compile thread left out).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pyston_instructions: Vec<u64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cpython_instructions: Vec<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pyston_median_instructions: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpython_median_instructions: Option<u64>,
    /// CPython median / pyston median.
    #[serde(default)]
    pub speedup: Option<f64>,
    /// Largest peak RSS over the runs, in MB (2^20 bytes); only measured under `time`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pyston_peak_mb: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpython_peak_mb: Option<f64>,
}

impl BenchResult {
    /// Fills the medians, speedup and (when given) peaks from the samples, for a benchmark that
    /// passed: from the instruction counts if there are any, else from the times.
    fn summarise(&mut self, pyston_peak_kb: Option<u64>, cpython_peak_kb: Option<u64>) {
        if self.failure.is_some() {
            return;
        }
        let (p, c) = if !self.pyston_instructions.is_empty() {
            let p = median_count(&self.pyston_instructions);
            let c = median_count(&self.cpython_instructions);
            self.pyston_median_instructions = Some(p);
            self.cpython_median_instructions = Some(c);
            (p as f64, c as f64)
        } else if !self.pyston_times_s.is_empty() {
            let p = median(&self.pyston_times_s);
            let c = median(&self.cpython_times_s);
            self.pyston_median_s = Some(p);
            self.cpython_median_s = Some(c);
            (p, c)
        } else {
            return;
        };
        self.speedup = Some(if p > 0.0 { c / p } else { 0.0 });
        self.pyston_peak_mb = pyston_peak_kb.map(|kb| kb as f64 / 1024.0);
        self.cpython_peak_mb = cpython_peak_kb.map(|kb| kb as f64 / 1024.0);
    }
}

/// What `--json` writes and `--gate` reads.
#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
pub struct Report {
    /// What the figures are; reports written before there was a choice measured time.
    #[serde(default)]
    pub measure: Measure,
    pub quick: bool,
    pub runs: usize,
    pub pyston: String,
    #[serde(default)]
    pub pyston_args: Vec<String>,
    pub cpython: String,
    pub benchmarks: Vec<BenchResult>,
    /// Geometric mean of the speedups of the benchmarks that passed.
    pub geomean_speedup: Option<f64>,
}

/// The median of a non-empty sample (mean of the middle two for an even count); 0 when empty.
pub fn median(samples: &[f64]) -> f64 {
    let mut v: Vec<f64> = samples.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    match n {
        0 => 0.0,
        _ if n % 2 == 1 => v[n / 2],
        _ => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

/// The median of a count sample (mean of the middle two rounded, for an even count); 0 when empty.
pub fn median_count(samples: &[u64]) -> u64 {
    let as_f64: Vec<f64> = samples.iter().map(|&n| n as f64).collect();
    median(&as_f64).round() as u64
}

/// The geometric mean of the positive values; `None` when there are none.
pub fn geomean(values: &[f64]) -> Option<f64> {
    let logs: Vec<f64> = values
        .iter()
        .filter(|v| **v > 0.0)
        .map(|v| v.ln())
        .collect();
    if logs.is_empty() {
        return None;
    }
    Some((logs.iter().sum::<f64>() / logs.len() as f64).exp())
}

/// The speedups of the benchmarks that passed, in order.
pub fn passing_speedups(results: &[BenchResult]) -> Vec<f64> {
    results
        .iter()
        .filter(|r| r.failure.is_none())
        .filter_map(|r| r.speedup)
        .collect()
}

/// The last line of every table.
pub fn geomean_line(results: &[BenchResult]) -> String {
    let speedups = passing_speedups(results);
    match geomean(&speedups) {
        Some(g) => format!(
            "bench: geomean speedup {g:.2} over {} benchmarks",
            speedups.len()
        ),
        None => "bench: geomean speedup n/a over 0 benchmarks".to_string(),
    }
}

/// The first line of a failure message, cut to fit a table row.
fn short_reason(failure: &str) -> String {
    let first = failure.lines().next().unwrap_or("");
    let mut s: String = first.chars().take(70).collect();
    if first.chars().count() > 70 {
        s.push_str("...");
    }
    s
}

/// The results table in the unit of `measure`, geomean line last (no trailing newline after it).
pub fn format_table(results: &[BenchResult], measure: Measure) -> String {
    let width = results
        .iter()
        .map(|r| r.name.len())
        .chain(std::iter::once("benchmark".len()))
        .max()
        .unwrap_or(9);
    let mut out = match measure {
        Measure::Time => format!(
            "{:<width$}  {:>9}  {:>9}  {:>7}  {:>10}  {:>10}\n",
            "benchmark", "pyston s", "cpython s", "speedup", "pyston MB", "cpython MB"
        ),
        Measure::Instructions => format!(
            "{:<width$}  {:>13}  {:>14}  {:>7}\n",
            "benchmark", "pyston Minstr", "cpython Minstr", "speedup"
        ),
    };
    for r in results {
        let row = match (measure, &r.failure, r.speedup) {
            (Measure::Time, None, Some(s)) => {
                r.pyston_median_s.zip(r.cpython_median_s).map(|(p, c)| {
                    format!(
                        "{:<width$}  {:>9.3}  {:>9.3}  {:>6.2}x  {:>10.1}  {:>10.1}\n",
                        r.name,
                        p,
                        c,
                        s,
                        r.pyston_peak_mb.unwrap_or(0.0),
                        r.cpython_peak_mb.unwrap_or(0.0)
                    )
                })
            }
            (Measure::Instructions, None, Some(s)) => r
                .pyston_median_instructions
                .zip(r.cpython_median_instructions)
                .map(|(p, c)| {
                    format!(
                        "{:<width$}  {:>13.1}  {:>14.1}  {:>6.2}x\n",
                        r.name,
                        p as f64 / 1e6,
                        c as f64 / 1e6,
                        s
                    )
                }),
            _ => None,
        };
        out.push_str(&row.unwrap_or_else(|| {
            format!(
                "{:<width$}  FAIL: {}\n",
                r.name,
                short_reason(r.failure.as_deref().unwrap_or("no measurement"))
            )
        }));
    }
    out.push_str(&geomean_line(results));
    out
}

/// Refuses to gate on a baseline measured differently from this run: a speedup in instructions
/// and one in seconds are not comparable (at quick sizes they differ by far more than the
/// tolerance).
pub fn check_baseline_measure(
    baseline: &Report,
    path: &Path,
    measure: Measure,
) -> Result<(), String> {
    if baseline.measure == measure {
        return Ok(());
    }
    Err(format!(
        "--gate: the baseline {} was measured by {}, this run measures {}; \
         run with --measure {} or gate on a baseline written with --measure {} --json",
        path.display(),
        baseline.measure.name(),
        measure.name(),
        baseline.measure.name(),
        measure.name()
    ))
}

/// The instructions of one thread's callgrind output file (its `totals:` line, else its
/// `summary:` line), and whether it is pyston's compile thread (`COMPILE_THREAD_FN`).
/// `None` when the file has no total (the program was killed before callgrind wrote it).
pub fn parse_thread_count(file: &str) -> Option<(u64, bool)> {
    let total = |key: &str| {
        file.lines()
            .find_map(|line| line.strip_prefix(key))
            .and_then(|n| n.split_whitespace().next()?.parse().ok())
    };
    let count = total("totals:").or_else(|| total("summary:"))?;
    Some((count, file.contains(COMPILE_THREAD_FN)))
}

/// The instructions a run executed outside pyston's compile thread: the sum over the callgrind
/// files `PREFIX-NN` of its threads (`prefix` = the `--callgrind-out-file` path before `-NN`);
/// the files are removed, with the empty `PREFIX` callgrind also makes. Err: what is missing.
pub fn count_instructions(prefix: &Path) -> Result<u64, String> {
    let (dir, stem) = match (prefix.parent(), prefix.file_name()) {
        (Some(d), Some(f)) => (d, f.to_string_lossy().into_owned()),
        _ => return Err(format!("bad callgrind output path {}", prefix.display())),
    };
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .is_some_and(|f| f.to_string_lossy().starts_with(&format!("{stem}-")))
        })
        .collect();
    files.sort();
    let _ = std::fs::remove_file(prefix);
    let mut total = 0u64;
    let mut problem = None;
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let _ = std::fs::remove_file(path);
        match parse_thread_count(&text) {
            Some((_, true)) => {}
            Some((n, false)) => total += n,
            None => problem = Some(format!("no instruction total in {}", path.display())),
        }
    }
    match problem {
        _ if files.is_empty() => Err(format!("no callgrind files {}-NN", prefix.display())),
        Some(p) => Err(p),
        None => Ok(total),
    }
}

/// `inner` run under callgrind (`VALGRIND_ARGS`), its log in `log` and its per-thread counts
/// in `PREFIX-NN` (`prefix` = `out`), then the same program, arguments, environment changes
/// and directory as `inner`. `VALGRIND_OPTS` is removed, so an inherited setting cannot change
/// what is counted.
pub fn under_valgrind(inner: &Command, log: &Path, out: &Path) -> Command {
    let mut log_arg = std::ffi::OsString::from("--log-file=");
    log_arg.push(log);
    let mut out_arg = std::ffi::OsString::from("--callgrind-out-file=");
    out_arg.push(out);
    let mut cmd = Command::new("valgrind");
    cmd.args(VALGRIND_ARGS)
        .arg(log_arg)
        .arg(out_arg)
        .arg(inner.get_program())
        .args(inner.get_args());
    for (key, value) in inner.get_envs() {
        match value {
            Some(v) => cmd.env(key, v),
            None => cmd.env_remove(key),
        };
    }
    if let Some(dir) = inner.get_current_dir() {
        cmd.current_dir(dir);
    }
    cmd.env_remove("VALGRIND_OPTS");
    cmd
}

/// Checks that `valgrind` runs, with advice when it does not.
pub fn require_valgrind() -> Result<(), String> {
    let advice = "--measure instructions runs every benchmark under valgrind's callgrind \
                  (apt-get install valgrind)";
    match Command::new("valgrind").arg("--version").output() {
        Ok(out) if out.status.success() => Ok(()),
        Ok(out) => Err(format!(
            "`valgrind --version` failed ({}): {advice}",
            out.status
        )),
        Err(e) => Err(format!("cannot run valgrind: {e}; {advice}")),
    }
}

/// A benchmark slower than the gate allows.
#[derive(Clone, Debug, PartialEq)]
pub struct Regression {
    pub name: String,
    pub baseline: f64,
    pub current: f64,
}

/// The benchmarks whose speedup is more than `tolerance` (a fraction) below the baseline's.
/// Benchmarks without a speedup on either side (missing, failed) are ignored here; failures are
/// reported on their own.
pub fn gate(current: &[BenchResult], baseline: &[BenchResult], tolerance: f64) -> Vec<Regression> {
    let base: HashMap<&str, f64> = baseline
        .iter()
        .filter(|b| b.failure.is_none())
        .filter_map(|b| b.speedup.map(|s| (b.name.as_str(), s)))
        .collect();
    current
        .iter()
        .filter(|r| r.failure.is_none())
        .filter_map(|r| {
            let (cur, old) = (r.speedup?, *base.get(r.name.as_str())?);
            (cur < old * (1.0 - tolerance)).then(|| Regression {
                name: r.name.clone(),
                baseline: old,
                current: cur,
            })
        })
        .collect()
}

/// One finished child: wall time, its own peak RSS, how it ended, what it printed.
#[derive(Debug)]
pub struct Measured {
    pub wall: Duration,
    pub peak_kb: u64,
    /// `Some(code)` for a normal exit; `None` when killed by a signal or the time limit.
    pub exit_code: Option<i32>,
    pub signal: Option<i32>,
    pub timed_out: bool,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

impl Measured {
    fn describe_end(&self) -> String {
        if self.timed_out {
            format!(
                "killed after the time limit ({:.0}s)",
                self.wall.as_secs_f64()
            )
        } else if let Some(c) = self.exit_code {
            format!("exit {c}")
        } else if let Some(s) = self.signal {
            format!("ended by signal {s}")
        } else {
            "ended in an unknown way".to_string()
        }
    }
}

fn read_all<R: Read + Send + 'static>(pipe: Option<R>) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut buf);
        }
        buf
    })
}

/// Runs `cmd` to completion (stdin /dev/null, both outputs captured), killing it after `limit`.
pub fn run_measured(cmd: &mut Command, limit: Duration) -> Result<Measured, String> {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let began = Instant::now();
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot run {:?}: {e}", cmd.get_program()))?;
    let pid = child.id() as libc::pid_t;
    let out_reader = read_all(child.stdout.take());
    let err_reader = read_all(child.stderr.take());

    // `exited` is set (under the lock) once the child has exited but before it is reaped; the
    // watchdog only signals while it is unset, i.e. while the pid still belongs to our child.
    let state = Arc::new((Mutex::new(false), Condvar::new()));
    let watchdog = {
        let state = Arc::clone(&state);
        std::thread::spawn(move || {
            let (lock, cvar) = &*state;
            let guard = lock.lock().unwrap_or_else(|p| p.into_inner());
            let (guard, _) = cvar
                .wait_timeout_while(guard, limit, |exited| !*exited)
                .unwrap_or_else(|p| p.into_inner());
            if !*guard {
                // SAFETY: kill(2) has no memory-safety preconditions; `pid` is our unreaped child.
                unsafe { libc::kill(pid, libc::SIGKILL) };
                return true;
            }
            false
        })
    };

    // Wait for the exit without reaping, so the pid stays ours until `exited` is set.
    loop {
        // SAFETY: siginfo_t is plain data for which all-zero bytes are a valid value.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        // SAFETY: `info` is a valid, writable siginfo_t for the duration of the call.
        let rc = unsafe {
            libc::waitid(
                libc::P_PID,
                pid as libc::id_t,
                &mut info,
                libc::WEXITED | libc::WNOWAIT,
            )
        };
        if rc == 0 {
            break;
        }
        let err = std::io::Error::last_os_error();
        if err.kind() != std::io::ErrorKind::Interrupted {
            return Err(format!("waitid: {err}"));
        }
    }
    let wall = began.elapsed();
    {
        let (lock, cvar) = &*state;
        *lock.lock().unwrap_or_else(|p| p.into_inner()) = true;
        cvar.notify_all();
    }
    let timed_out = watchdog.join().unwrap_or(false);

    let mut status: libc::c_int = 0;
    // SAFETY: rusage is plain data for which all-zero bytes are a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: `status` and `usage` are valid and writable for the duration of the call.
        let rc = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if rc == pid {
            break;
        }
        let err = std::io::Error::last_os_error();
        if err.kind() != std::io::ErrorKind::Interrupted {
            return Err(format!("wait4: {err}"));
        }
    }
    drop(child); // Already reaped; dropping a Child never waits or signals.
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    let exited = libc::WIFEXITED(status);
    Ok(Measured {
        wall,
        peak_kb: usage.ru_maxrss.max(0) as u64,
        exit_code: exited.then(|| libc::WEXITSTATUS(status)),
        signal: libc::WIFSIGNALED(status).then(|| libc::WTERMSIG(status)),
        timed_out,
        stdout,
        stderr,
    })
}

/// The real CPython executable behind `python` (pyenv's shim resolved once via `sys.executable`).
pub fn resolve_cpython(python: Option<&Path>) -> Result<PathBuf, String> {
    let out = paths::cpython_command(python)
        .args(["-c", "import sys; print sys.executable"])
        .output()
        .map_err(|e| format!("cannot run CPython 2.7: {e}"))?;
    let text = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if !out.status.success() || text.is_empty() {
        return Err(format!(
            "CPython 2.7 did not report sys.executable: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(PathBuf::from(text))
}

pub struct BenchOptions {
    /// The directory holding `benches.yaml`, the programs and the expected outputs.
    pub dir: PathBuf,
    /// Runs per side; `None`: `DEFAULT_RUNS` (`DEFAULT_QUICK_RUNS` with `quick`,
    /// `DEFAULT_INSTRUCTION_RUNS` when counting instructions).
    pub runs: Option<usize>,
    pub measure: Measure,
    /// Only benchmarks whose name this regex finds a match in.
    pub filter: Option<String>,
    pub json: Option<PathBuf>,
    pub cpython: Option<PathBuf>,
    pub pyston: PathBuf,
    /// Flags put before the program on pyston's command line.
    pub pyston_args: Vec<String>,
    pub quick: bool,
    pub gate: Option<PathBuf>,
    /// Per-run time limit.
    pub timeout: Duration,
}

/// Which side of a comparison a run was.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Side {
    Pyston,
    Cpython,
}

impl Side {
    fn label(self) -> &'static str {
        match self {
            Side::Pyston => "pyston",
            Side::Cpython => "cpython",
        }
    }
}

/// What one run measured.
enum Figure {
    Seconds(f64),
    Instructions(u64),
}

struct Runner<'a> {
    opts: &'a BenchOptions,
    /// Absolute paths: the children run in the benchmark directory.
    pyston: PathBuf,
    cpython: PathBuf,
    progress: bool,
    /// Numbers the valgrind files of this process (runs go on in parallel).
    logs_made: AtomicUsize,
}

impl Runner<'_> {
    /// The command of one run of `side`, not yet wrapped in valgrind. Under
    /// `--measure instructions` pyston waits for each JIT compile (`PYSTON_JIT_BACKGROUND=0`).
    fn command(&self, side: Side, program: &Path, args: &[String]) -> Command {
        let mut cmd = match side {
            Side::Pyston => {
                let mut c = Command::new(&self.pyston);
                paths::clean_environment(&mut c);
                if self.opts.measure == Measure::Instructions {
                    c.env("PYSTON_JIT_BACKGROUND", "0");
                }
                c.args(&self.opts.pyston_args);
                c
            }
            Side::Cpython => paths::cpython_command(Some(&self.cpython)),
        };
        cmd.arg(program).args(args).current_dir(&self.opts.dir);
        cmd
    }

    /// A fresh path stem for one run's valgrind files in the temporary directory.
    fn valgrind_stem(&self) -> PathBuf {
        let n = self.logs_made.fetch_add(1, Ordering::Relaxed);
        std::env::temp_dir().join(format!("pyston-bench-{}-{n}", std::process::id()))
    }

    fn progress(&self, text: &str) {
        if self.progress {
            let mut err = std::io::stderr();
            let _ = write!(err, "\r\x1b[K{text}");
            let _ = err.flush();
        }
    }

    /// One run of one side, checked against the expected output. `Ok((figure, peak_kb))`, the
    /// peak only under `time`.
    fn one(
        &self,
        side: Side,
        spec: &BenchSpec,
        expected: &[u8],
    ) -> Result<(Figure, Option<u64>), String> {
        let program = self.opts.dir.join(format!("{}.py", spec.name));
        let args = spec.args_for(self.opts.quick);
        let mut cmd = self.command(side, &program, args);
        let valgrind_files = match self.opts.measure {
            Measure::Time => None,
            Measure::Instructions => {
                let stem = self.valgrind_stem();
                let log = stem.with_extension("log");
                cmd = under_valgrind(&cmd, &log, &stem);
                Some((stem, log))
            }
        };
        let measured = run_measured(&mut cmd, self.opts.timeout);
        let counted = valgrind_files.as_ref().map(|(stem, log)| {
            let text = std::fs::read_to_string(log).unwrap_or_default();
            let _ = std::fs::remove_file(log);
            count_instructions(stem).map_err(|e| format!("{e}\n    {}", text.trim_end()))
        });
        let m = measured?;
        if m.exit_code != Some(0) {
            let tail: Vec<&str> = std::str::from_utf8(&m.stderr)
                .unwrap_or("(stderr is not UTF-8)")
                .lines()
                .collect();
            let tail = tail[tail.len().saturating_sub(8)..].join("\n    ");
            let last = tail.lines().last().unwrap_or("").trim().to_string();
            if last.is_empty() {
                return Err(format!("{} {}", side.label(), m.describe_end()));
            }
            return Err(format!(
                "{} {}: {last}\n    {tail}",
                side.label(),
                m.describe_end()
            ));
        }
        if m.stdout != expected {
            return Err(format!(
                "{} output differs from {}\n{}",
                side.label(),
                spec.expected_path(&self.opts.dir, self.opts.quick)
                    .display(),
                diff::unified(spec.name.as_str(), expected, &m.stdout, 20).trim_end()
            ));
        }
        match counted {
            None => Ok((Figure::Seconds(m.wall.as_secs_f64()), Some(m.peak_kb))),
            Some(Ok(count)) => Ok((Figure::Instructions(count), None)),
            Some(Err(e)) => Err(format!("{} under callgrind: {e}", side.label())),
        }
    }

    fn bench(&self, index: usize, count: usize, spec: &BenchSpec, runs: usize) -> BenchResult {
        let mut result = BenchResult {
            name: spec.name.clone(),
            args: spec.args_for(self.opts.quick).to_vec(),
            ..BenchResult::default()
        };
        let expected_path = spec.expected_path(&self.opts.dir, self.opts.quick);
        let expected = match std::fs::read(&expected_path) {
            Ok(e) => e,
            Err(e) => {
                result.failure = Some(format!(
                    "cannot read {}: {e} (bless it with `pyston-harness bench --bless`)",
                    expected_path.display()
                ));
                return result;
            }
        };
        let (mut pyston_peak, mut cpython_peak) = (None, None);
        'runs: for run in 0..runs {
            let order = if run % 2 == 0 {
                [Side::Pyston, Side::Cpython]
            } else {
                [Side::Cpython, Side::Pyston]
            };
            for side in order {
                self.progress(&format!(
                    "[{}/{count}] {} run {}/{runs} {}",
                    index + 1,
                    spec.name,
                    run + 1,
                    side.label()
                ));
                let (figure, kb) = match self.one(side, spec, &expected) {
                    Ok(measured) => measured,
                    Err(e) => {
                        result.failure = Some(e);
                        break 'runs;
                    }
                };
                let (peak, times, counts) = match side {
                    Side::Pyston => (
                        &mut pyston_peak,
                        &mut result.pyston_times_s,
                        &mut result.pyston_instructions,
                    ),
                    Side::Cpython => (
                        &mut cpython_peak,
                        &mut result.cpython_times_s,
                        &mut result.cpython_instructions,
                    ),
                };
                match figure {
                    Figure::Seconds(secs) => times.push(secs),
                    Figure::Instructions(n) => counts.push(n),
                }
                *peak = kb.max(*peak);
            }
        }
        result.summarise(pyston_peak, cpython_peak);
        result
    }

    /// Every benchmark of `specs`, `jobs` at a time (one after another for 1), results in the
    /// order of `specs`.
    fn bench_all(&self, specs: &[BenchSpec], runs: usize, jobs: usize) -> Vec<BenchResult> {
        let count = specs.len();
        if jobs <= 1 {
            return specs
                .iter()
                .enumerate()
                .map(|(i, s)| self.bench(i, count, s, runs))
                .collect();
        }
        let next = AtomicUsize::new(0);
        let mut done: Vec<(usize, BenchResult)> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..jobs.min(count))
                .map(|_| {
                    scope.spawn(|| {
                        let mut mine = Vec::new();
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let Some(spec) = specs.get(i) else {
                                return mine;
                            };
                            mine.push((i, self.bench(i, count, spec, runs)));
                        }
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().expect("a benchmark thread panicked"))
                .collect()
        });
        done.sort_by_key(|(i, _)| *i);
        done.into_iter().map(|(_, r)| r).collect()
    }
}

/// The manifest's benchmarks whose names match `filter` (all when `None`).
pub fn select(specs: Vec<BenchSpec>, filter: Option<&str>) -> Result<Vec<BenchSpec>, String> {
    let Some(pattern) = filter else {
        return Ok(specs);
    };
    let re = Regex::new(pattern).map_err(|e| format!("--filter: {e}"))?;
    Ok(specs.into_iter().filter(|s| re.is_match(&s.name)).collect())
}

fn read_baseline(path: &Path) -> Result<Report, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The whole command. `Ok(true)` when every benchmark passed (and the gate, if any).
pub fn run(opts: &BenchOptions) -> Result<bool, String> {
    paths::require_pyston(&opts.pyston)?;
    let specs = select(load_manifest(&opts.dir)?, opts.filter.as_deref())?;
    if specs.is_empty() {
        return Err("no benchmark matches the filter".into());
    }
    // Read the baseline first: a bad path or measure should fail before minutes of measuring.
    let baseline = match &opts.gate {
        Some(path) => {
            let baseline = read_baseline(path)?;
            check_baseline_measure(&baseline, path, opts.measure)?;
            Some(baseline)
        }
        None => None,
    };
    if opts.measure == Measure::Instructions {
        require_valgrind()?;
    }
    let cpython = resolve_cpython(opts.cpython.as_deref())?;
    let default_runs = match opts.measure {
        Measure::Instructions => DEFAULT_INSTRUCTION_RUNS,
        Measure::Time if opts.quick => DEFAULT_QUICK_RUNS,
        Measure::Time => DEFAULT_RUNS,
    };
    let runs = opts.runs.unwrap_or(default_runs).max(1);
    // Parallel runs would disturb each other's times, not their instruction counts; a time
    // drop is measured again before it counts, an instruction count would only repeat.
    let (jobs, confirmations, how) = match opts.measure {
        Measure::Time => (1, GATE_CONFIRMATIONS, "alternating".to_string()),
        Measure::Instructions => (
            INSTRUCTION_JOBS,
            0,
            format!("instructions counted by callgrind, {INSTRUCTION_JOBS} benchmarks at a time"),
        ),
    };
    let pyston = std::fs::canonicalize(&opts.pyston)
        .map_err(|e| format!("{}: {e}", opts.pyston.display()))?;
    let runner = Runner {
        opts,
        pyston,
        cpython: cpython.clone(),
        progress: std::io::stderr().is_terminal(),
        logs_made: AtomicUsize::new(0),
    };
    println!(
        "bench: {} benchmarks{}, {runs} runs each side, {how}; pyston {}{}; cpython {}",
        specs.len(),
        if opts.quick { " (quick sizes)" } else { "" },
        runner.pyston.display(),
        if opts.pyston_args.is_empty() {
            String::new()
        } else {
            format!(" {}", opts.pyston_args.join(" "))
        },
        cpython.display()
    );
    let mut results = runner.bench_all(&specs, runs, jobs);
    if let Some(baseline) = &baseline {
        for attempt in 1..=confirmations {
            let below = gate(&results, &baseline.benchmarks, GATE_TOLERANCE);
            for g in &below {
                println!(
                    "gate: {} speedup {:.2} is more than {:.0}% below the baseline's {:.2}; \
                     measuring it again ({attempt}/{confirmations})",
                    g.name,
                    g.current,
                    GATE_TOLERANCE * 100.0,
                    g.baseline
                );
                let Some(i) = specs.iter().position(|s| s.name == g.name) else {
                    continue;
                };
                let again = runner.bench(i, specs.len(), &specs[i], runs);
                if again.failure.is_some() || again.speedup > results[i].speedup {
                    results[i] = again;
                }
            }
        }
    }
    runner.progress("");

    let mut ok = true;
    for r in &results {
        if let Some(f) = &r.failure {
            ok = false;
            println!("bench: {} FAILED: {f}", r.name);
        }
    }
    if let Some(baseline) = &baseline {
        if baseline.quick != opts.quick {
            println!(
                "gate: note: the baseline was measured with quick = {}",
                baseline.quick
            );
        }
        let regressions = gate(&results, &baseline.benchmarks, GATE_TOLERANCE);
        for g in &regressions {
            println!(
                "gate: {} speedup {:.2} is more than {:.0}% below the baseline's {:.2}",
                g.name,
                g.current,
                GATE_TOLERANCE * 100.0,
                g.baseline
            );
        }
        if regressions.is_empty() {
            println!(
                "gate: no benchmark more than {:.0}% below the baseline",
                GATE_TOLERANCE * 100.0
            );
        }
        ok &= regressions.is_empty();
    }
    if let Some(path) = &opts.json {
        let report = Report {
            measure: opts.measure,
            quick: opts.quick,
            runs,
            pyston: runner.pyston.display().to_string(),
            pyston_args: opts.pyston_args.clone(),
            cpython: cpython.display().to_string(),
            geomean_speedup: geomean(&passing_speedups(&results)),
            benchmarks: results.clone(),
        };
        let text = serde_json::to_string_pretty(&report).map_err(|e| format!("json: {e}"))?;
        std::fs::write(path, text + "\n")
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        eprintln!("bench: wrote {}", path.display());
    }
    println!("{}", format_table(&results, opts.measure));
    Ok(ok)
}

/// `bench --bless`: rewrites `NAME.expected` and `NAME.quick.expected` of the selected benchmarks
/// from CPython's output. Returns the number of files written.
pub fn bless(dir: &Path, filter: Option<&str>, cpython: Option<&Path>) -> Result<usize, String> {
    let specs = select(load_manifest(dir)?, filter)?;
    let python = resolve_cpython(cpython)?;
    let mut written = 0;
    for spec in &specs {
        for quick in [false, true] {
            let program = dir.join(format!("{}.py", spec.name));
            let mut cmd = paths::cpython_command(Some(&python));
            cmd.arg(&program)
                .args(spec.args_for(quick))
                .current_dir(dir);
            let m = run_measured(&mut cmd, Duration::from_secs(600))?;
            if m.exit_code != Some(0) {
                return Err(format!(
                    "CPython failed on {} ({}):\n{}",
                    program.display(),
                    m.describe_end(),
                    String::from_utf8_lossy(&m.stderr)
                ));
            }
            let path = spec.expected_path(dir, quick);
            std::fs::write(&path, &m.stdout)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            println!(
                "blessed {} ({:.2}s under CPython)",
                path.display(),
                m.wall.as_secs_f64()
            );
            written += 1;
        }
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn passed(name: &str, p: f64, c: f64) -> BenchResult {
        let mut r = BenchResult {
            name: name.into(),
            pyston_times_s: vec![p],
            cpython_times_s: vec![c],
            ..BenchResult::default()
        };
        r.summarise(Some(20 * 1024), Some(6 * 1024));
        r
    }

    fn counted(name: &str, p: u64, c: u64) -> BenchResult {
        let mut r = BenchResult {
            name: name.into(),
            pyston_instructions: vec![p],
            cpython_instructions: vec![c],
            ..BenchResult::default()
        };
        r.summarise(None, None);
        r
    }

    fn report(measure: Measure, benchmarks: Vec<BenchResult>) -> Report {
        Report {
            measure,
            quick: true,
            runs: 1,
            pyston: "p".into(),
            pyston_args: vec![],
            cpython: "c".into(),
            geomean_speedup: geomean(&passing_speedups(&benchmarks)),
            benchmarks,
        }
    }

    fn failed(name: &str) -> BenchResult {
        BenchResult {
            name: name.into(),
            failure: Some("pyston exit 1: NameError: x\n    trace".into()),
            ..BenchResult::default()
        }
    }

    #[test]
    fn median_of_odd_even_and_empty() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), 2.5);
        assert_eq!(median(&[]), 0.0);
    }

    #[test]
    fn geomean_of_speedups() {
        assert_eq!(geomean(&[]), None);
        let g = geomean(&[0.5, 2.0]).unwrap();
        assert!((g - 1.0).abs() < 1e-12);
        let g = geomean(&[0.25, 0.5, 1.0]).unwrap();
        assert!((g - 0.5).abs() < 1e-12);
    }

    #[test]
    fn summary_is_cpython_over_pyston() {
        let r = passed("fib", 2.0, 1.0);
        assert_eq!(r.speedup, Some(0.5));
        assert_eq!(r.pyston_peak_mb, Some(20.0));
        assert_eq!(r.cpython_peak_mb, Some(6.0));
    }

    #[test]
    fn table_rows_failures_and_last_line() {
        let results = vec![
            passed("fib", 2.0, 1.0),
            failed("nbody"),
            passed("loops", 1.0, 2.0),
        ];
        let table = format_table(&results, Measure::Time);
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines.len(), 5);
        assert!(lines[0].starts_with("benchmark"));
        assert_eq!(
            lines[1],
            "fib            2.000      1.000    0.50x        20.0         6.0"
        );
        assert_eq!(lines[2], "nbody      FAIL: pyston exit 1: NameError: x");
        assert_eq!(
            *lines.last().unwrap(),
            "bench: geomean speedup 1.00 over 2 benchmarks"
        );
        assert!(!table.ends_with('\n'));
        assert_eq!(
            geomean_line(&[failed("x")]),
            "bench: geomean speedup n/a over 0 benchmarks"
        );
    }

    #[test]
    fn gate_flags_only_drops_beyond_tolerance() {
        let baseline = vec![
            passed("a", 1.0, 1.0), // 1.00
            passed("b", 1.0, 1.0), // 1.00
            passed("c", 1.0, 0.5), // 0.50
            failed("d"),           // ignored
        ];
        let current = vec![
            passed("a", 1.0, 0.86), // 0.86: within 15%
            passed("b", 1.0, 0.84), // 0.84: a regression
            passed("c", 1.0, 0.9),  // faster
            passed("d", 1.0, 0.1),  // no baseline speedup
            passed("e", 1.0, 0.1),  // not in the baseline
            failed("a"),            // failures are reported elsewhere
        ];
        let r = gate(&current, &baseline, GATE_TOLERANCE);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].name, "b");
        assert!((r[0].current - 0.84).abs() < 1e-12);
        assert_eq!(r[0].baseline, 1.0);
    }

    #[test]
    fn manifest_parsing_and_filter() {
        let text = "benchmarks:\n  - name: fib\n    args: [\"32\"]\n    quick: [\"20\"]\n  - name: nbody\n";
        let specs = parse_manifest(text).unwrap();
        assert_eq!(specs.len(), 2);
        assert_eq!(specs[0].args_for(false), ["32".to_string()]);
        assert_eq!(specs[0].args_for(true), ["20".to_string()]);
        assert!(specs[1].args.is_empty());
        let only = select(specs.clone(), Some("^fi")).unwrap();
        assert_eq!(only.len(), 1);
        assert!(select(specs, Some("(")).is_err());
        assert!(parse_manifest("benchmarks:\n  - name: a\n  - name: a\n").is_err());
        assert!(parse_manifest("benchmarks:\n  - name: ../x\n").is_err());
    }

    #[test]
    fn report_round_trips_through_json() {
        for report in [
            report(Measure::Time, vec![passed("fib", 2.0, 1.0), failed("x")]),
            report(Measure::Instructions, vec![counted("fib", 300, 100)]),
        ] {
            let text = serde_json::to_string_pretty(&report).unwrap();
            assert_eq!(serde_json::from_str::<Report>(&text).unwrap(), report);
        }
        let text = serde_json::to_string(&report(Measure::Instructions, vec![])).unwrap();
        assert!(text.contains(r#""measure":"instructions""#), "{text}");
    }

    #[test]
    fn instruction_counts_summarise_without_peaks() {
        let r = counted("fib", 4_000_000, 1_000_000);
        assert_eq!(r.speedup, Some(0.25));
        assert_eq!(r.pyston_median_instructions, Some(4_000_000));
        assert_eq!(r.cpython_median_instructions, Some(1_000_000));
        assert_eq!((r.pyston_median_s, r.pyston_peak_mb), (None, None));
        assert_eq!(median_count(&[5, 1, 3]), 3);
        assert_eq!(median_count(&[1, 2]), 2); // 1.5 rounds up
        assert_eq!(median_count(&[]), 0);
    }

    #[test]
    fn instruction_table_says_its_unit_and_has_no_memory_columns() {
        let results = vec![counted("fib", 136_538_272, 43_784_048), failed("nbody")];
        let table = format_table(&results, Measure::Instructions);
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(
            lines[0],
            "benchmark  pyston Minstr  cpython Minstr  speedup"
        );
        assert_eq!(
            lines[1],
            "fib                136.5            43.8    0.32x"
        );
        assert_eq!(lines[2], "nbody      FAIL: pyston exit 1: NameError: x");
        assert_eq!(lines[3], "bench: geomean speedup 0.32 over 1 benchmarks");
        // A result without counts (a time result) is no row of an instruction table.
        let wrong = format_table(&[passed("fib", 2.0, 1.0)], Measure::Instructions);
        assert!(wrong.lines().nth(1).unwrap().contains("FAIL"), "{wrong}");
    }

    #[test]
    fn thread_counts_from_callgrind_files() {
        let main = "# callgrind format\nversion: 1\ncmd: pyston fib.py 20\npart: 1\n\
                    thread: 2\nevents: Ir\nfn=(1) main\n0 5\nsummary: 136538272\n\
                    totals: 136538272\n";
        assert_eq!(parse_thread_count(main), Some((136_538_272, false)));
        let worker = format!("thread: 3\nfn=(7) {COMPILE_THREAD_FN}\n0 3\ntotals: 912\n");
        assert_eq!(parse_thread_count(&worker), Some((912, true)));
        assert_eq!(parse_thread_count("summary: 77\n"), Some((77, false)));
        // Killed before callgrind wrote its totals, or not a callgrind file.
        assert_eq!(parse_thread_count("thread: 1\nfn=(1) main\n"), None);
        assert_eq!(parse_thread_count(""), None);
        assert_eq!(parse_thread_count("totals: many\n"), None);
    }

    #[test]
    fn instructions_are_summed_over_threads_but_the_compile_thread() {
        let dir = std::env::temp_dir().join(format!("pybench-threads-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let stem = dir.join("run-0");
        std::fs::write(&stem, "").unwrap();
        std::fs::write(dir.join("run-0-01"), "totals: 100\n").unwrap();
        std::fs::write(dir.join("run-0-02"), "totals: 20\n").unwrap();
        let worker = format!("fn=(2) {COMPILE_THREAD_FN}\ntotals: 5000\n");
        std::fs::write(dir.join("run-0-03"), worker).unwrap();
        std::fs::write(dir.join("run-1-01"), "totals: 7\n").unwrap();
        assert_eq!(count_instructions(&stem), Ok(120));
        // The run's files are consumed (its empty stem file too); another run's stay.
        assert!(!stem.exists());
        assert!(count_instructions(&stem)
            .unwrap_err()
            .contains("no callgrind files"));
        assert_eq!(count_instructions(&dir.join("run-1")), Ok(7));
        std::fs::write(dir.join("run-2-01"), "thread: 1\n").unwrap();
        assert!(count_instructions(&dir.join("run-2"))
            .unwrap_err()
            .contains("no instruction total"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn gate_refuses_a_baseline_of_the_other_measure() {
        let path = Path::new("base.json");
        let by_time = report(Measure::Time, vec![passed("fib", 2.0, 1.0)]);
        let by_count = report(Measure::Instructions, vec![counted("fib", 2, 1)]);
        assert!(check_baseline_measure(&by_time, path, Measure::Time).is_ok());
        assert!(check_baseline_measure(&by_count, path, Measure::Instructions).is_ok());
        let err = check_baseline_measure(&by_time, path, Measure::Instructions).unwrap_err();
        assert!(
            err.contains("base.json was measured by time, this run measures instructions"),
            "{err}"
        );
        let err = check_baseline_measure(&by_count, path, Measure::Time).unwrap_err();
        assert!(err.contains("--measure instructions"), "{err}");
        // A report from before `measure` existed measured time.
        let mut old: serde_json::Value = serde_json::to_value(&by_time).unwrap();
        old.as_object_mut().unwrap().remove("measure");
        let old: Report = serde_json::from_value(old).unwrap();
        assert_eq!(old.measure, Measure::Time);
        assert!(check_baseline_measure(&old, path, Measure::Instructions).is_err());
    }

    #[test]
    fn valgrind_wraps_the_same_command() {
        let mut inner = Command::new("/bin/pyston");
        inner
            .arg("fib.py")
            .arg("20")
            .env("PYSTON_JIT_BACKGROUND", "0")
            .env_remove("PYTHONPATH")
            .current_dir("/tmp");
        let cmd = under_valgrind(&inner, Path::new("/tmp/x.log"), Path::new("/tmp/x"));
        assert_eq!(cmd.get_program(), "valgrind");
        let args: Vec<&std::ffi::OsStr> = cmd.get_args().collect();
        assert_eq!(
            args,
            [
                "--tool=callgrind",
                "--separate-threads=yes",
                "--dump-line=no",
                "--log-file=/tmp/x.log",
                "--callgrind-out-file=/tmp/x",
                "/bin/pyston",
                "fib.py",
                "20"
            ]
        );
        let envs: Vec<_> = cmd.get_envs().collect();
        assert!(envs.contains(&("PYSTON_JIT_BACKGROUND".as_ref(), Some("0".as_ref()))));
        assert!(envs.contains(&("PYTHONPATH".as_ref(), None)));
        assert!(envs.contains(&("VALGRIND_OPTS".as_ref(), None)));
        assert_eq!(cmd.get_current_dir(), Some(Path::new("/tmp")));
    }

    #[test]
    fn measured_child_reports_exit_output_and_memory() {
        let m = run_measured(
            Command::new("sh").args(["-c", "echo hi; echo err >&2; exit 3"]),
            Duration::from_secs(30),
        )
        .unwrap();
        assert_eq!(m.exit_code, Some(3));
        assert_eq!(m.stdout, b"hi\n");
        assert_eq!(m.stderr, b"err\n");
        assert!(m.peak_kb > 0);
        assert!(!m.timed_out);
    }

    #[test]
    fn measured_child_is_killed_at_the_limit() {
        let m = run_measured(Command::new("sleep").arg("30"), Duration::from_millis(200)).unwrap();
        assert!(m.timed_out);
        assert_eq!(m.exit_code, None);
        assert_eq!(m.signal, Some(libc::SIGKILL));
        assert!(m.wall < Duration::from_secs(10));
    }
}
