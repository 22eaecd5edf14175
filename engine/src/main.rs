//! `pyston`: the command line. Until the runtime lands it drives the front end only:
//!
//! - `pyston --dump-ast [--attributes] FILE` prints what CPython 2.7 prints for
//!   `print ast.dump(ast.parse(open(FILE).read(), FILE)[, include_attributes=True])`.
//! - `pyston --parse-only FILE...` parses and checks every file as `python2.7 FILE` would before
//!   running it; exit 0 when all are accepted, else each error as CPython prints it and exit 1.
//!
//! The work runs on a thread with a large native stack, so deep (but bounded) recursion in the
//! front end never touches the main thread's guard page.

use std::io::Write;
use std::process::ExitCode;

use pyston_engine::syntax::{self, ParseOptions};

/// Native stack for the thread that runs the engine. Reserved, not committed: pages are touched
/// only as deep recursion needs them.
const ENGINE_STACK_BYTES: usize = 512 << 20;

const USAGE: &str =
    "usage: pyston --dump-ast [--attributes] FILE\n       pyston --parse-only FILE...\n";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
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
    let mut dump_ast = false;
    let mut attributes = false;
    let mut parse_only = false;
    let mut files = Vec::new();
    for arg in args {
        match arg.as_str() {
            "--dump-ast" => dump_ast = true,
            "--attributes" => attributes = true,
            "--parse-only" => parse_only = true,
            "-h" | "--help" => {
                print!("{USAGE}");
                return 0;
            }
            _ if arg.starts_with('-') && arg != "-" => {
                eprint!("Unknown option: {arg}\n{USAGE}");
                return 2;
            }
            _ => files.push(arg),
        }
    }
    if dump_ast && files.len() == 1 {
        return dump_file(&files[0], attributes);
    }
    if parse_only && !files.is_empty() {
        return parse_files(&files);
    }
    eprint!("{USAGE}");
    2
}

fn read_source(path: &str) -> Result<Vec<u8>, u8> {
    std::fs::read(path).map_err(|e| {
        let errno = e.raw_os_error().unwrap_or(0);
        let text = e.to_string();
        let text = text.split(" (os error").next().unwrap_or(&text);
        eprintln!("pyston: can't open file '{path}': [Errno {errno}] {text}");
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
