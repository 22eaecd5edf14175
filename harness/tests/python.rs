//! `cargo test` for the runtime: one trial per `tests/python/*.py` × configuration of
//! `tests/matrix.yaml`, named `CONFIG::NAME` (`interp::dict_order`), comparing `pyston FLAGS NAME.py`
//! with the CPython-blessed `NAME.expected` (see `pyston_harness::python_tests`). CPython is not
//! needed here. With no programs there are no trials, and pyston is not even built.
//!
//! `PYSTON_TEST_TIMEOUT=SECONDS` changes the per-run limit (default 60); `PYSTON_BIN=path` tests
//! another pyston binary.

use libtest_mimic::{Arguments, Failed, Trial};
use pyston_harness::{matrix, paths, python_tests};

fn main() {
    let args = Arguments::from_args();
    let files = python_tests::test_files(&paths::python_tests_dir());
    let matrix = matrix::Matrix::load(&matrix::default_path());
    let mut trials = Vec::new();
    match matrix {
        // A broken matrix is one failing trial saying why.
        Err(e) => trials.push(Trial::test("matrix", move || Err(Failed::from(e)))),
        Ok(matrix) => {
            let needed = !files.is_empty() && !args.list;
            let setup = if needed {
                paths::ensure_pyston()
                    .and_then(|bin| python_tests::timeout_from_env().map(|limit| (bin, limit)))
            } else {
                Err("not built for --list".to_string())
            };
            for config in &matrix.configs {
                for py in &files {
                    let (config, py, setup) = (config.clone(), py.clone(), setup.clone());
                    let name = python_tests::trial_name(&config, &py);
                    trials.push(Trial::test(name, move || match &setup {
                        Ok((bin, limit)) => {
                            python_tests::check(bin, &py, &config, *limit).map_err(Failed::from)
                        }
                        Err(e) => Err(Failed::from(e.clone())),
                    }));
                }
            }
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
