//! The tier flags seen from outside: `-v`/`-d` dump to stderr only, `--stats` counts, and JIT
//! memory is never writable and executable at once (read from `/proc/self/maps` by the program
//! itself after it compiled code).

use std::process::{Command, Output};

use pyston_harness::paths;

fn pyston(args: &[&str]) -> Output {
    let bin = paths::ensure_pyston().expect("pyston builds");
    Command::new(bin)
        .args(args)
        .env_remove("PYSTON_TIER_THRESHOLDS")
        .env_remove("PYSTON_STATS")
        .output()
        .expect("pyston runs")
}

const PROGRAM: &str = "def square(n):\n    return n * n\ntotal = 0\nfor i in range(50):\n    total += square(i)\nprint total\n";

#[test]
fn verbose_dumps_ir_on_stderr_only() {
    let plain = pyston(&["-c", PROGRAM]);
    let verbose = pyston(&["-n", "-v", "-c", PROGRAM]);
    assert_eq!(plain.stdout, b"40425\n");
    assert_eq!(verbose.stdout, plain.stdout);
    let err = String::from_utf8_lossy(&verbose.stderr);
    assert!(err.contains("define i64 @py_square_1_"), "{err}");
    assert!(err.contains("call i32 %pyston_rt_inst"), "{err}");
    let asm = pyston(&["-n", "-v", "-d", "-c", PROGRAM]);
    assert_eq!(asm.stdout, plain.stdout);
    assert!(String::from_utf8_lossy(&asm.stderr).contains("py_square_1_"));
    let quiet = pyston(&["-n", "-q", "-c", PROGRAM]);
    assert_eq!(
        (quiet.stdout.as_slice(), quiet.stderr.as_slice()),
        (&b"40425\n"[..], &b""[..])
    );
}

#[test]
fn stats_count_compiles_and_osr() {
    let run = pyston(&["--stats", "-c", PROGRAM]);
    assert_eq!(run.stdout, b"40425\n");
    let err = String::from_utf8_lossy(&run.stderr);
    // `square` after its 3rd call; the module body's loop by OSR after 10 iterations.
    assert!(err.contains("tier1_compiled: 2\n"), "{err}");
    assert!(err.contains("osr_entries: 1\n"), "{err}");
    assert!(err.contains("tier1_compile_failures: 0\n"), "{err}");
    let interp = pyston(&["-I", "--stats", "-c", PROGRAM]);
    assert!(String::from_utf8_lossy(&interp.stderr).contains("tier1_compiled: 0\n"));
}

#[test]
fn code_pages_are_never_writable_and_executable() {
    let program = format!(
        "{PROGRAM}bad = [l for l in open('/proc/self/maps') if l.split()[1].startswith('rwx')]\nprint len(bad)\n"
    );
    let run = pyston(&["-n", "--stats", "-c", &program]);
    assert_eq!(String::from_utf8_lossy(&run.stdout), "40425\n0\n");
    assert!(String::from_utf8_lossy(&run.stderr).contains("tier1_compiled: 2\n"));
}
