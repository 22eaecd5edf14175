//! `pyston-harness`: everything that checks the engine against CPython 2.7.18.
//!
//! The engine is seen only through the `pyston` binary's command line; CPython only through
//! `PYENV_VERSION=2.7.18 python2.7` running small embedded Python 2 scripts. Modules:
//!
//! - `paths`: the repository, the binaries, file lists.
//! - `process`: child processes with time limits.
//! - `parity`: `ast-parity`, pyston's AST dumps against CPython's over a tree of files.
//! - `bench`: `parse-bench`, whole-process parse timing against CPython.
//! - `pybench`: `bench`, the programs of `benches/python/` under both interpreters: times, peak
//!   memory, output checks, speedup table, JSON results and a regression gate.
//! - `expect`: the format of blessed `.ast` expectation files (front-end tests, `tests/syntax/`).
//! - `program_expect`: the format of blessed `.expected` files (runtime tests, `tests/python/`).
//! - `bless`: writes both kinds from CPython.
//! - `syntax_tests`: checks pyston against `.ast` files (`cargo test`, `harness/tests/syntax.rs`).
//! - `matrix`: `tests/matrix.yaml`, the configurations (flags, environment) runtime tests run under.
//! - `python_tests`: checks pyston against `.expected` files under each configuration (`cargo
//!   test`, `harness/tests/python.rs`).
//! - `diff`: the line diff failure reports show.

pub mod bench;
pub mod bless;
pub mod diff;
pub mod expect;
pub mod matrix;
pub mod parity;
pub mod paths;
pub mod process;
pub mod program_expect;
pub mod pybench;
pub mod python_tests;
pub mod syntax_tests;
