//! `pyston-harness`: the command line over the harness library.
//!
//! - `ast-parity [DIR] [--attributes]`: pyston's AST dumps against CPython 2.7's over a tree.
//! - `parse-bench [DIR] [--runs N]`: whole-tree parse time, pyston against CPython 2.7.
//! - `bench [--quick] [--measure time|instructions] [--runs N] [--filter RE] [--json FILE]
//!   [--gate BASELINE.json]`: the programs of benches/python/ under pyston and CPython 2.7,
//!   speedup table by wall time or by instructions counted under callgrind (see `pybench.rs`);
//!   `bench --bless` rewrites their expected outputs from CPython.
//! - `bless [PATHS]`: regenerate expected outputs from CPython 2.7: `tests/python/NAME.expected`
//!   for runtime tests, `NAME.ast` for front-end tests (`tests/syntax/`); see `bless.rs`.
//!
//! Exit status: 0 on success, 1 when a comparison finds differences, 2 on a usage or setup error.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use pyston_harness::{bench, bless, parity, paths, pybench};

#[derive(Parser)]
#[command(
    name = "pyston-harness",
    about = "Checks and times pyston against CPython 2.7.18"
)]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Compare `pyston --dump-ast` with CPython's `ast.dump(ast.parse(...))` for every .py file.
    AstParity {
        /// Directory (or file) to check; default: CPython 2.7's Lib directory.
        dir: Option<PathBuf>,
        /// Compare dumps with `include_attributes=True` (lineno, col_offset).
        #[arg(long)]
        attributes: bool,
        /// The pyston binary; default: the one built next to this executable.
        #[arg(long)]
        pyston: Option<PathBuf>,
        /// The CPython 2.7 interpreter; default: `python2.7` with PYENV_VERSION=2.7.18.
        #[arg(long)]
        cpython: Option<PathBuf>,
        /// Concurrent pyston processes.
        #[arg(long, default_value_t = 3)]
        jobs: usize,
    },
    /// Time `pyston --parse-only` over a tree against CPython's `ast.parse` (whole processes).
    ParseBench {
        /// Directory of .py files; default: CPython 2.7's Lib directory.
        dir: Option<PathBuf>,
        /// Timed runs of each side (alternating); the median is reported.
        #[arg(long, default_value_t = 5)]
        runs: usize,
        #[arg(long)]
        pyston: Option<PathBuf>,
        #[arg(long)]
        cpython: Option<PathBuf>,
    },
    /// Run benches/python/ under pyston and CPython 2.7 (alternating) and print a speedup table.
    Bench {
        /// Runs of each side per benchmark; the median is reported
        /// [default: 5, quick: 1, instructions: 1].
        #[arg(long)]
        runs: Option<usize>,
        /// What a run is measured by: wall time, or instructions counted under valgrind's
        /// callgrind, pyston's compile thread left out (deterministic; 2 benchmarks at a time).
        #[arg(long, value_enum, default_value_t = pybench::Measure::Time)]
        measure: pybench::Measure,
        /// Only benchmarks whose name matches this regex.
        #[arg(long)]
        filter: Option<String>,
        /// Write per-benchmark medians, peaks and speedups to this JSON file.
        #[arg(long)]
        json: Option<PathBuf>,
        /// Use each benchmark's quick (small) arguments and NAME.quick.expected.
        #[arg(long)]
        quick: bool,
        /// Exit 1 when a speedup is more than 15% below this earlier `--json` file's (which must
        /// have been written with the same --measure).
        #[arg(long)]
        gate: Option<PathBuf>,
        /// Flags for pyston, before the program (one string, split on whitespace).
        #[arg(long, allow_hyphen_values = true)]
        pyston_args: Option<String>,
        /// Per-run time limit in seconds.
        #[arg(long, default_value_t = 300)]
        timeout: u64,
        /// Instead of timing, rewrite NAME.expected and NAME.quick.expected from CPython.
        #[arg(long)]
        bless: bool,
        /// The benchmark directory (holding benches.yaml); default: benches/python/.
        #[arg(long)]
        dir: Option<PathBuf>,
        #[arg(long)]
        pyston: Option<PathBuf>,
        #[arg(long)]
        cpython: Option<PathBuf>,
    },
    /// Regenerate expected outputs from CPython 2.7: `NAME.expected` for a program at the top of
    /// tests/python/ (run by CPython), `NAME.ast` for any other .py (front-end tests).
    Bless {
        /// .py files or directories; default: tests/syntax/ and tests/python/.
        paths: Vec<PathBuf>,
        #[arg(long)]
        cpython: Option<PathBuf>,
    },
}

fn default_dir(dir: Option<PathBuf>, cpython: Option<&PathBuf>) -> Result<PathBuf, String> {
    match dir {
        Some(d) => Ok(d),
        None => paths::cpython_lib_dir(cpython.map(|p| p.as_path())),
    }
}

fn run(cli: Cli) -> Result<bool, String> {
    match cli.command {
        Cmd::AstParity {
            dir,
            attributes,
            pyston,
            cpython,
            jobs,
        } => {
            let dir = default_dir(dir, cpython.as_ref())?;
            parity::run(&parity::ParityOptions {
                dir,
                attributes,
                pyston: pyston.unwrap_or_else(paths::default_pyston),
                cpython,
                jobs,
            })
        }
        Cmd::ParseBench {
            dir,
            runs,
            pyston,
            cpython,
        } => {
            let dir = default_dir(dir, cpython.as_ref())?;
            bench::run(&bench::BenchOptions {
                dir,
                runs,
                pyston: pyston.unwrap_or_else(paths::default_pyston),
                cpython,
            })?;
            Ok(true)
        }
        Cmd::Bench {
            runs,
            measure,
            filter,
            json,
            quick,
            gate,
            pyston_args,
            timeout,
            bless,
            dir,
            pyston,
            cpython,
        } => {
            let dir = dir.unwrap_or_else(pybench::benches_dir);
            if bless {
                pybench::bless(&dir, filter.as_deref(), cpython.as_deref())?;
                return Ok(true);
            }
            pybench::run(&pybench::BenchOptions {
                dir,
                runs,
                measure,
                filter,
                json,
                cpython,
                pyston: pyston.unwrap_or_else(paths::default_pyston),
                pyston_args: pyston_args
                    .map(|a| a.split_whitespace().map(String::from).collect())
                    .unwrap_or_default(),
                quick,
                gate,
                timeout: std::time::Duration::from_secs(timeout),
            })
        }
        Cmd::Bless { paths, cpython } => {
            let inputs = if paths.is_empty() {
                vec![paths::syntax_tests_dir(), paths::python_tests_dir()]
            } else {
                paths
            };
            bless::run(&inputs, cpython.as_deref())?;
            Ok(true)
        }
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("pyston-harness: {e}");
            ExitCode::from(2)
        }
    }
}
