//! `pyston-harness bench`: the programs of `benches/python/` under pyston and CPython 2.7.18,
//! timed as whole processes in one run, alternating, with peak memory and output checks.
//!
//! In: `benches/python/benches.yaml` (per program: name, default args, quick args), the programs
//! `NAME.py`, their CPython-blessed outputs `NAME.expected` (default args) and
//! `NAME.quick.expected` (quick args), and the command-line options (`BenchOptions`).
//! Out: on stdout a header, any failure details and gate verdicts, then the table (name, pyston
//! median s, CPython median s, speedup, pyston peak MB, CPython peak MB); the last line is always
//! `bench: geomean speedup X.XX over N benchmarks`. `--json FILE` writes the same results
//! (`Report`); a progress line goes to stderr only when stderr is a terminal. `bench --bless`
//! instead rewrites the expected files from CPython.
//!
//! Invariants:
//! - Speedup = CPython median / pyston median: above 1.00 pyston is faster.
//! - Every timed run's exit status and stdout are checked against the expected file. A non-zero
//!   exit, a time-out or different output is that benchmark's failure row (the harness itself
//!   carries on); failed benchmarks are left out of the geomean and make the exit status 1.
//! - Runs alternate which side goes first, so neither always gets the warmer caches.
//! - A child is waited for with `waitid(WNOWAIT)` then reaped with `wait4`, whose rusage gives that
//!   child's own peak RSS (`ru_maxrss`). The time limit kills the child by its pid only while it
//!   is still unreaped (a zombie keeps its pid), so a reused pid is never signalled.
//! - CPython is resolved once to its real executable (`sys.executable`), so pyenv's shim script is
//!   not part of the timings; pyston gets no flags unless `--pyston-args` gives some.
//! - `--gate BASELINE.json` fails a benchmark whose speedup is more than `GATE_TOLERANCE` below the
//!   baseline's in each of 1 + `GATE_CONFIRMATIONS` measurements (a drop is measured again: noise
//!   on a shared machine exceeds the tolerance now and then, a regression does every time);
//!   benchmarks missing from either side are ignored.

use std::collections::HashMap;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
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

/// The results of one benchmark, as the table shows them and `--json` writes them.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Serialize)]
pub struct BenchResult {
    pub name: String,
    #[serde(default)]
    pub args: Vec<String>,
    /// Why this benchmark failed (first failing run); `None` when every run matched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<String>,
    #[serde(default)]
    pub pyston_times_s: Vec<f64>,
    #[serde(default)]
    pub cpython_times_s: Vec<f64>,
    #[serde(default)]
    pub pyston_median_s: Option<f64>,
    #[serde(default)]
    pub cpython_median_s: Option<f64>,
    /// CPython median / pyston median.
    #[serde(default)]
    pub speedup: Option<f64>,
    /// Largest peak RSS over the runs, in MB (2^20 bytes).
    #[serde(default)]
    pub pyston_peak_mb: Option<f64>,
    #[serde(default)]
    pub cpython_peak_mb: Option<f64>,
}

impl BenchResult {
    /// Fills the medians, peaks and speedup from the samples (only for a benchmark that passed).
    fn summarise(&mut self, pyston_peak_kb: u64, cpython_peak_kb: u64) {
        if self.failure.is_some() || self.pyston_times_s.is_empty() {
            return;
        }
        let p = median(&self.pyston_times_s);
        let c = median(&self.cpython_times_s);
        self.pyston_median_s = Some(p);
        self.cpython_median_s = Some(c);
        self.speedup = Some(if p > 0.0 { c / p } else { 0.0 });
        self.pyston_peak_mb = Some(pyston_peak_kb as f64 / 1024.0);
        self.cpython_peak_mb = Some(cpython_peak_kb as f64 / 1024.0);
    }
}

/// What `--json` writes and `--gate` reads.
#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
pub struct Report {
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

/// The results table, geomean line last (no trailing newline after it).
pub fn format_table(results: &[BenchResult]) -> String {
    let width = results
        .iter()
        .map(|r| r.name.len())
        .chain(std::iter::once("benchmark".len()))
        .max()
        .unwrap_or(9);
    let mut out = format!(
        "{:<width$}  {:>9}  {:>9}  {:>7}  {:>10}  {:>10}\n",
        "benchmark", "pyston s", "cpython s", "speedup", "pyston MB", "cpython MB"
    );
    for r in results {
        match (&r.failure, r.pyston_median_s, r.cpython_median_s, r.speedup) {
            (None, Some(p), Some(c), Some(s)) => out.push_str(&format!(
                "{:<width$}  {:>9.3}  {:>9.3}  {:>6.2}x  {:>10.1}  {:>10.1}\n",
                r.name,
                p,
                c,
                s,
                r.pyston_peak_mb.unwrap_or(0.0),
                r.cpython_peak_mb.unwrap_or(0.0)
            )),
            (failure, ..) => out.push_str(&format!(
                "{:<width$}  FAIL: {}\n",
                r.name,
                short_reason(failure.as_deref().unwrap_or("no measurement"))
            )),
        }
    }
    out.push_str(&geomean_line(results));
    out
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
    /// Timed runs per side; `None`: `DEFAULT_RUNS` (`DEFAULT_QUICK_RUNS` with `quick`).
    pub runs: Option<usize>,
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

struct Runner<'a> {
    opts: &'a BenchOptions,
    /// Absolute paths: the children run in the benchmark directory.
    pyston: PathBuf,
    cpython: PathBuf,
    progress: bool,
}

impl Runner<'_> {
    fn command(&self, side: Side, program: &Path, args: &[String]) -> Command {
        let mut cmd = match side {
            Side::Pyston => {
                let mut c = Command::new(&self.pyston);
                paths::clean_environment(&mut c);
                c.args(&self.opts.pyston_args);
                c
            }
            Side::Cpython => paths::cpython_command(Some(&self.cpython)),
        };
        cmd.arg(program).args(args).current_dir(&self.opts.dir);
        cmd
    }

    fn progress(&self, text: &str) {
        if self.progress {
            let mut err = std::io::stderr();
            let _ = write!(err, "\r\x1b[K{text}");
            let _ = err.flush();
        }
    }

    /// One timed run of one side, checked against the expected output. `Ok((secs, peak_kb))`.
    fn one(&self, side: Side, spec: &BenchSpec, expected: &[u8]) -> Result<(f64, u64), String> {
        let program = self.opts.dir.join(format!("{}.py", spec.name));
        let args = spec.args_for(self.opts.quick);
        let m = run_measured(&mut self.command(side, &program, args), self.opts.timeout)?;
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
        Ok((m.wall.as_secs_f64(), m.peak_kb))
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
        let (mut pyston_peak, mut cpython_peak) = (0, 0);
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
                match self.one(side, spec, &expected) {
                    Ok((secs, kb)) => match side {
                        Side::Pyston => {
                            result.pyston_times_s.push(secs);
                            pyston_peak = pyston_peak.max(kb);
                        }
                        Side::Cpython => {
                            result.cpython_times_s.push(secs);
                            cpython_peak = cpython_peak.max(kb);
                        }
                    },
                    Err(e) => {
                        result.failure = Some(e);
                        break 'runs;
                    }
                }
            }
        }
        result.summarise(pyston_peak, cpython_peak);
        result
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
    // Read the baseline first: a bad path should fail before minutes of timing.
    let baseline = opts.gate.as_deref().map(read_baseline).transpose()?;
    let cpython = resolve_cpython(opts.cpython.as_deref())?;
    let runs = opts
        .runs
        .unwrap_or(if opts.quick {
            DEFAULT_QUICK_RUNS
        } else {
            DEFAULT_RUNS
        })
        .max(1);
    let pyston = std::fs::canonicalize(&opts.pyston)
        .map_err(|e| format!("{}: {e}", opts.pyston.display()))?;
    let runner = Runner {
        opts,
        pyston,
        cpython: cpython.clone(),
        progress: std::io::stderr().is_terminal(),
    };
    println!(
        "bench: {} benchmarks{}, {runs} runs each side, alternating; pyston {}{}; cpython {}",
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
    let mut results: Vec<BenchResult> = specs
        .iter()
        .enumerate()
        .map(|(i, s)| runner.bench(i, specs.len(), s, runs))
        .collect();
    if let Some(baseline) = &baseline {
        for attempt in 1..=GATE_CONFIRMATIONS {
            let below = gate(&results, &baseline.benchmarks, GATE_TOLERANCE);
            for g in &below {
                println!(
                    "gate: {} speedup {:.2} is more than {:.0}% below the baseline's {:.2}; \
                     measuring it again ({attempt}/{GATE_CONFIRMATIONS})",
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
    println!("{}", format_table(&results));
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
        r.summarise(20 * 1024, 6 * 1024);
        r
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
        let table = format_table(&results);
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
        let report = Report {
            quick: true,
            runs: 1,
            pyston: "p".into(),
            pyston_args: vec![],
            cpython: "c".into(),
            benchmarks: vec![passed("fib", 2.0, 1.0), failed("x")],
            geomean_speedup: Some(0.5),
        };
        let text = serde_json::to_string_pretty(&report).unwrap();
        assert_eq!(serde_json::from_str::<Report>(&text).unwrap(), report);
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
