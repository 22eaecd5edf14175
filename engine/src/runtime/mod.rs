//! Stage 5: the runtime — object model, types, builtins, native modules, imports — and tier 0,
//! the CFG interpreter (`interp`). See ARCHITECTURE.md ("Runtime design").
//!
//! In: code units from `compile`. Out: the program's effects; `run_program` returns the exit
//! status CPython would (0, a `sys.exit` code, 1 after an uncaught exception with CPython's
//! traceback on stderr).
//!
//! Invariants: the GC rule of ARCHITECTURE.md — references live on the native stack, in traced
//! GC objects or in the runtime's roots (`rt`, the thread state in `exc`). Rust code reports
//! Python exceptions as `Err(Raised)` with the exception pending in the thread state.

pub mod builtins;
pub mod call;
pub mod class;
pub mod codecs;
pub mod eval;
pub mod exc;
pub mod finalize;
pub mod import;
pub mod init;
pub mod interp;
pub mod introspect;
pub mod linecache;
pub mod modules;
pub mod object;
pub mod ops;
pub mod print;
pub mod printf;
pub mod raise;
pub mod rt;
pub mod signals;
pub mod stack;
pub mod strformat;
pub mod typeobj;
pub mod types;
pub mod wrappers;

pub use object::{Obj, PyResult, Raised};

use crate::cli::{Flags, Program};
use crate::compile::CompileFlags;
use crate::syntax::{Mode, Origin};
use rt::rt;
use types::{dict, file, int, module, str as pystr};

/// Runs a program as `python2.7` would; returns the process exit status.
pub fn run_program(program: &Program, argv: &[String], flags: &Flags) -> i32 {
    let policy = jit_policy(flags);
    let stats = policy.stats;
    crate::jit::configure(policy);
    let status = run_program_inner(program, argv, flags);
    if stats {
        crate::jit::print_stats();
    }
    status
}

/// The tiering policy from the flags and `PYSTON_TIER_THRESHOLDS` / `PYSTON_STATS` (the flag
/// wins over the variable; a malformed variable is reported and ignored).
fn jit_policy(flags: &Flags) -> crate::jit::Policy {
    let mut p = crate::jit::Policy {
        interpreter_only: flags.interpreter_only,
        no_interpreter: flags.no_interpreter && !flags.interpreter_only,
        dump_ir: flags.verbose > 0 && !flags.quiet,
        dump_asm: flags.verbose > 0 && flags.assembly && !flags.quiet,
        stats: flags.stats || std::env::var("PYSTON_STATS").is_ok_and(|v| v == "1"),
        quiet: flags.quiet,
        ..Default::default()
    };
    if let Ok(v) = std::env::var("PYSTON_TIER_THRESHOLDS") {
        if let Err(msg) = p.set_thresholds(&v) {
            eprintln!("pyston: PYSTON_TIER_THRESHOLDS: {msg}");
        }
    }
    if let Some(v) = &flags.tier_thresholds {
        let _ = p.set_thresholds(v);
    }
    p
}

fn run_program_inner(program: &Program, argv: &[String], flags: &Flags) -> i32 {
    init::init();
    signals::install();
    let r = rt();
    if flags.unbuffered {
        if let Ok(Some(out)) = dict::get_item(module::dict_of(r.sys), r.names.stdout) {
            file::set_unbuffered(out);
        }
    }
    let main = match module::new("__main__") {
        Ok(m) => m,
        Err(_) => return 1,
    };
    let d = module::dict_of(main);
    let _ = dict::set_item(d, r.names.__builtins__, r.builtins);
    let _ = dict::set_item(r.modules, r.names.__main__, main);
    let cflags = CompileFlags {
        division: flags.new_division,
        ..CompileFlags::default()
    };
    let result: PyResult<()> = (|| {
        match program {
            Program::Script(path) => {
                let dir = std::path::Path::new(path)
                    .parent()
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or_default();
                modules::sys::set_argv_path(argv, &dir, flags.ignore_environment)?;
                let bytes = match std::fs::read(path) {
                    Ok(b) => b,
                    Err(e) => {
                        let errno = e.raw_os_error().unwrap_or(0);
                        let prog = std::env::args().next().unwrap_or_else(|| "pyston".into());
                        eprintln!(
                            "{prog}: can't open file '{path}': [Errno {errno}] {}",
                            modules::errno::strerror(errno)
                        );
                        std::process::exit(2);
                    }
                };
                dict::set_item(d, r.names.__file__, pystr::from_str(path)?)?;
                let code = eval::compile_source(&bytes, path, Mode::Exec, Origin::File, cflags)?;
                eval::run_code(code, d, None)?;
            }
            Program::Command(src) => {
                modules::sys::set_argv_path(argv, "", flags.ignore_environment)?;
                linecache::forget("<string>");
                let code = eval::compile_source(
                    src.as_bytes(),
                    "<string>",
                    Mode::Exec,
                    Origin::String,
                    cflags,
                )?;
                eval::run_code(code, d, None)?;
            }
            Program::Stdin => {
                modules::sys::set_argv_path(argv, "", flags.ignore_environment)?;
                let mut bytes = Vec::new();
                use std::io::Read;
                let _ = std::io::stdin().read_to_end(&mut bytes);
                linecache::forget("<stdin>");
                let code =
                    eval::compile_source(&bytes, "<stdin>", Mode::Exec, Origin::File, cflags)?;
                eval::run_code(code, d, None)?;
            }
            Program::Module(name) => {
                modules::sys::set_argv_path(argv, "", flags.ignore_environment)?;
                let m = import::import_module_str("runpy")?;
                let f = ops::getattr_str(m, "_run_module_as_main")?;
                call::call(f, &[pystr::from_str(name)?], None)?;
            }
        }
        Ok(())
    })();
    let status = match result {
        Ok(()) => {
            print::flush_line();
            0
        }
        Err(_) => {
            let pending = exc::take_pending();
            print::flush_line();
            exc::set_pending(pending);
            handle_uncaught()
        }
    };
    wait_for_threads();
    // A SystemExit out of `sys.exitfunc` sets the exit status (CPython's `Py_Exit` from
    // `PyErr_Print`).
    let status = call_exitfunc().unwrap_or(status);
    finalize::run_pending();
    flush_std();
    status
}

/// `threading._shutdown()` when `threading` was imported (CPython's `wait_for_thread_shutdown`).
fn wait_for_threads() {
    let r = rt();
    let Ok(name) = pystr::from_str("threading") else {
        exc::clear_pending();
        return;
    };
    if let Ok(Some(m)) = dict::get_item(r.modules, name) {
        if let Ok(Some(f)) = ops::getattr_opt(m, pystr::intern("_shutdown").unwrap_or(name)) {
            if call::call(f, &[], None).is_err() {
                exc::clear_pending();
            }
        }
    }
    exc::clear_pending();
}

/// `sys.exitfunc` (what the `atexit` module installs), called at shutdown as CPython does.
/// Returns the exit status a SystemExit out of it asks for.
fn call_exitfunc() -> Option<i32> {
    let r = rt();
    let Ok(name) = pystr::intern("exitfunc") else {
        exc::clear_pending();
        return None;
    };
    let sysd = module::dict_of(r.sys);
    let f = match dict::del_item(sysd, name) {
        Ok(Some(f)) => f,
        _ => {
            exc::clear_pending();
            return None;
        }
    };
    let mut status = None;
    if call::call(f, &[], None).is_err() {
        let e = exc::take_pending();
        if exc::class_matches(e.ty, r.exc.SystemExit) {
            exc::set_pending(e);
            status = Some(handle_uncaught());
        } else {
            // PySys_WriteStderr and PyErr_Print: through sys.stderr.
            let mut text = b"Error in sys.exitfunc:\n".to_vec();
            if let Ok(t) = types::traceback::format_exception(e) {
                text.extend_from_slice(&t);
            }
            if print::write_sys_stderr(&text).is_err() {
                exc::clear_pending();
            }
        }
        exc::clear_pending();
    }
    print::flush_line();
    status
}

fn flush_std() {
    let r = rt();
    for n in [r.names.stdout, r.names.stderr] {
        if let Ok(Some(f)) = dict::get_item(module::dict_of(r.sys), n) {
            if file::is_file(f) {
                let _ = file::flush(f);
            } else {
                let _ = ops::call_method(f, "flush", &[]);
            }
        }
    }
}

/// Reports an exception that reached the top (SystemExit: its exit status).
fn handle_uncaught() -> i32 {
    let r = rt();
    let e = exc::take_pending();
    if exc::class_matches(e.ty, r.exc.SystemExit) {
        return system_exit_status(e.value);
    }
    flush_std();
    let hook = dict::get_item(module::dict_of(r.sys), r.names.excepthook)
        .ok()
        .flatten();
    let tb = e.tb.unwrap_or(r.none);
    let printed = match hook {
        Some(h) => call::call(h, &[e.ty, e.value, tb], None).is_ok(),
        None => false,
    };
    if !printed {
        exc::clear_pending();
        match types::traceback::format_exception(e) {
            Ok(text) => print::write_stderr(&text),
            Err(_) => print::write_stderr(b"Error in sys.excepthook\n"),
        }
    }
    1
}

/// The exit status for `SystemExit(code)`: None → 0, an int → it, else print it and 1.
fn system_exit_status(v: Obj) -> i32 {
    let r = rt();
    let code = if classobj_instance(v) {
        Some(v)
    } else {
        match ops::getattr_opt(v, pystr::intern("code").unwrap_or(r.names.code)) {
            Ok(c) => c,
            Err(_) => None,
        }
    };
    let code = code.unwrap_or(r.none);
    if code == r.none {
        return 0;
    }
    if int::is_int(code) {
        return int::value(code) as i32;
    }
    flush_std();
    let text = ops::str(code)
        .map(|s| pystr::bytes(s).to_vec())
        .unwrap_or_default();
    let mut t = text;
    t.push(b'\n');
    print::write_stderr(&t);
    1
}

fn classobj_instance(v: Obj) -> bool {
    types::classobj::is_instance(v)
}
