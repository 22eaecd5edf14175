//! The `pyston-harness bench` command end to end on the smallest case:
//! `bench --quick --filter '^fib$' --runs 1 --json FILE` with the pyston of this build.
//!
//! In: the built `pyston-harness` and `pyston` binaries, CPython 2.7.18, `benches/python/`.
//! Out: pass when the command exits 0, its last stdout line is the geomean line over exactly one
//! benchmark, and the JSON file names `fib` with a speedup. Without a runnable CPython 2.7 the
//! test says so on stderr and passes (the command needs both interpreters).

use std::process::Command;

use pyston_harness::{paths, pybench};

#[test]
fn bench_quick_fib_runs_and_reports() {
    if let Err(e) = pybench::resolve_cpython(None) {
        eprintln!("skipped: CPython 2.7 is not available ({e})");
        return;
    }
    let pyston = paths::ensure_pyston().expect("pyston builds");
    let json = std::env::temp_dir().join(format!("pyston-bench-test-{}.json", std::process::id()));
    let out = Command::new(env!("CARGO_BIN_EXE_pyston-harness"))
        .args([
            "bench", "--quick", "--filter", "^fib$", "--runs", "1", "--pyston",
        ])
        .arg(&pyston)
        .arg("--json")
        .arg(&json)
        .output()
        .expect("pyston-harness runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "bench failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let last = stdout.lines().last().unwrap_or("");
    assert!(
        last.starts_with("bench: geomean speedup ") && last.ends_with(" over 1 benchmarks"),
        "last line: {last:?}"
    );
    let text = std::fs::read_to_string(&json).expect("json written");
    let _ = std::fs::remove_file(&json);
    let report: pybench::Report = serde_json::from_str(&text).expect("valid report");
    assert_eq!(report.benchmarks.len(), 1);
    assert_eq!(report.benchmarks[0].name, "fib");
    assert!(report.benchmarks[0].speedup.is_some_and(|s| s > 0.0));
}
