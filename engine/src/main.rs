//! `pyston`: the command line (parsed by `cli`, as CPython 2.7 parses its own). A program runs
//! through the front end, the CFG compiler and the runtime (`runtime::run_program`); the front
//! end alone is reachable too:
//!
//! - `pyston --dump-ast [--attributes] FILE` prints what CPython 2.7 prints for
//!   `print ast.dump(ast.parse(open(FILE).read(), FILE)[, include_attributes=True])`.
//! - `pyston --dump-cfg FILE` prints the CFG every tier runs (`compile::dump`), for debugging.
//! - `pyston --parse-only FILE...` parses and checks every file as `python2.7 FILE` would before
//!   running it; exit 0 when all are accepted, else each error as CPython prints it and exit 1.
//!
//! The work runs on a thread with a large native stack, so deep (but bounded) recursion in the
//! front end never touches the main thread's guard page.

use std::io::Write;
use std::process::ExitCode;

use pyston_engine::cli::{self, Command, Flags, Program};
use pyston_engine::runtime;
use pyston_engine::syntax::{self, ParseOptions};

/// Native stack for the thread that runs the engine. Reserved, not committed: pages are touched
/// only as deep recursion needs them.
const ENGINE_STACK_BYTES: usize = runtime::stack::MAIN_STACK_SIZE;

fn main() -> ExitCode {
    pyston_engine::gc::tune_process_malloc();
    let args: Vec<String> = std::env::args().collect();
    let worker = std::thread::Builder::new()
        .name("pyston-main".into())
        .stack_size(ENGINE_STACK_BYTES)
        .spawn(move || run(args));
    match worker.map(|handle| handle.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => ExitCode::from(70),
    }
}

fn run(args: Vec<String>) -> u8 {
    let command = match cli::parse(&args) {
        Ok(command) => command,
        Err(usage) => {
            if usage.to_stderr {
                eprint!("{}", usage.text);
            } else {
                print!("{}", usage.text);
            }
            return usage.status;
        }
    };
    match command {
        Command::DumpAst { file, attributes } => dump_file(&file, attributes),
        Command::ParseOnly { files } => parse_files(&files),
        Command::DumpCfg { file } => dump_cfg(&file),
        Command::Run {
            program,
            flags,
            argv,
        } => run_program(program, flags, argv),
    }
}

/// Runs a program: compiled by the front end, lowered to the CFG, run by the runtime.
fn run_program(program: Program, flags: Flags, argv: Vec<String>) -> u8 {
    let status = runtime::run_program(&program, &argv, &flags);
    status.clamp(0, 255) as u8
}

fn read_source(path: &str) -> Result<Vec<u8>, u8> {
    std::fs::read(path).map_err(|e| {
        let errno = e.raw_os_error().unwrap_or(0);
        let text = e.to_string();
        let text = text.split(" (os error").next().unwrap_or(&text);
        let prog = std::env::args().next().unwrap_or_else(|| "pyston".into());
        eprintln!("{prog}: can't open file '{path}': [Errno {errno}] {text}");
        2
    })
}

fn dump_file(path: &str, attributes: bool) -> u8 {
    let bytes = match read_source(path) {
        Ok(b) => b,
        Err(code) => return code,
    };
    match syntax::parse(&bytes, path, &ParseOptions::ast_parse()) {
        Ok(module) => {
            let mut out = syntax::dump::dump(&module, attributes);
            out.push('\n');
            let _ = std::io::stdout().write_all(out.as_bytes());
            0
        }
        Err(err) => {
            report(&err);
            1
        }
    }
}

/// `--dump-cfg FILE`: the lowered CFG of every unit, as `compile::dump` lists it.
fn dump_cfg(path: &str) -> u8 {
    let bytes = match read_source(path) {
        Ok(b) => b,
        Err(code) => return code,
    };
    let unit = syntax::parse_and_check(&bytes, path, &ParseOptions::script())
        .and_then(|m| pyston_engine::compile::compile(&m, path, Default::default()));
    match unit {
        Ok(u) => {
            let _ = std::io::stdout().write_all(pyston_engine::compile::dump(&u).as_bytes());
            0
        }
        Err(err) => {
            report(&err);
            1
        }
    }
}

fn parse_files(paths: &[String]) -> u8 {
    let mut status = 0;
    for path in paths {
        let bytes = match read_source(path) {
            Ok(b) => b,
            Err(code) => {
                status = status.max(code.min(1));
                continue;
            }
        };
        if let Err(err) = syntax::parse_and_check(&bytes, path, &ParseOptions::script()) {
            report(&err);
            status = 1;
        }
    }
    status
}

/// Writes an error's report to stderr as CPython does, byte for byte.
fn report(err: &syntax::SyntaxError) {
    let _ = std::io::stderr().write_all(&err.report_bytes());
}
