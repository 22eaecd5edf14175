//! `pyston-harness`: everything that checks the engine against CPython 2.7.18.
//!
//! The engine is seen only through the `pyston` binary's command line; CPython only through
//! `PYENV_VERSION=2.7.18 python2.7` running small embedded Python 2 scripts. Modules:
//!
//! - `paths`: the repository, the binaries, file lists.
//! - `process`: child processes with time limits.
//! - `parity`: `ast-parity`, pyston's AST dumps against CPython's over a tree of files.
//! - `bench`: `parse-bench`, whole-process parse timing against CPython.
//! - `expect`: the format of blessed `.ast` expectation files.
//! - `bless`: writes those files from CPython.
//! - `syntax_tests`: checks pyston against them (run by `cargo test`, `harness/tests/syntax.rs`).

pub mod bench;
pub mod bless;
pub mod expect;
pub mod parity;
pub mod paths;
pub mod process;
pub mod syntax_tests;
