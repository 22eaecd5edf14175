//! `cargo test` for the front end: one trial per `tests/syntax/*.py`, comparing `pyston`'s
//! `--dump-ast`, `--dump-ast --attributes` and `--parse-only` results with the CPython-blessed
//! `NAME.ast` beside it (see `pyston_harness::syntax_tests`). CPython is not needed here.

use libtest_mimic::{Arguments, Failed, Trial};
use pyston_harness::syntax_tests;

fn main() {
    let args = Arguments::from_args();
    let files = syntax_tests::test_files();
    // Build (or find) pyston once; if that fails, every trial reports why.
    let pyston = if args.list {
        Err("not built for --list".to_string())
    } else {
        pyston_harness::paths::ensure_pyston()
    };
    let trials = files
        .into_iter()
        .map(|py| {
            let name = py
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let pyston = pyston.clone();
            Trial::test(name, move || match &pyston {
                Ok(bin) => syntax_tests::check(bin, &py).map_err(Failed::from),
                Err(e) => Err(Failed::from(e.clone())),
            })
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
