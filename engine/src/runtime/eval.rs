//! Compiling and running source: the main script, modules, `exec`, `eval`, `compile()`,
//! `execfile`. Front-end SyntaxErrors become Python SyntaxError exceptions with CPython's
//! `(msg, (filename, lineno, offset, text))`.

use super::exc;
use super::object::{Obj, PyResult};
use super::ops;
use super::rt::rt;
use super::types::{code, dict, frame, int, str as pystr, tuple, unicode};
use crate::compile::{self, CompileFlags};
use crate::syntax::{self, ErrorKind, Mode, Origin, ParseOptions, SyntaxError};

/// Raises the Python exception for a front-end error.
pub fn raise_syntax_error(e: &SyntaxError) -> super::object::Raised {
    let r = rt();
    let ty = match e.kind {
        ErrorKind::IndentationError => r.exc.IndentationError,
        ErrorKind::TabError => r.exc.TabError,
        ErrorKind::MemoryError => return exc::memory_error(),
        k if !k.is_syntax_error() => match super::types::dict::get_str(r.exceptions, k.name()) {
            Some(t) => t,
            None => r.exc.SyntaxError,
        },
        _ => r.exc.SyntaxError,
    };
    let res = (|| -> PyResult<super::object::Raised> {
        let msg = pystr::from_str(&e.msg)?;
        if !e.located || !e.kind.is_syntax_error() {
            return Ok(exc::raise_args(ty, &[msg]));
        }
        let filename = pystr::from_str(&e.filename)?;
        let lineno = int::new(e.lineno as i64)?;
        let offset = match e.offset {
            Some(o) => int::new(o as i64)?,
            None => r.none,
        };
        let text = match &e.text {
            Some(t) => pystr::new(t)?,
            None => r.none,
        };
        let info = tuple::new(&[filename, lineno, offset, text])?;
        let v = super::call::call(ty, &[msg, info], None)?;
        Ok(exc::set_pending(exc::ExcState {
            ty,
            value: v,
            tb: None,
        }))
    })();
    match res {
        Ok(x) | Err(x) => x,
    }
}

/// Compiles source bytes into a code object.
pub fn compile_source(
    bytes: &[u8],
    filename: &str,
    mode: Mode,
    origin: Origin,
    flags: CompileFlags,
) -> PyResult<Obj> {
    let opts = ParseOptions {
        mode,
        origin,
        future: syntax::FutureFlags {
            print_function: flags.print_function,
            unicode_literals: flags.unicode_literals,
        },
    };
    let module =
        syntax::parse_and_check(bytes, filename, &opts).map_err(|e| raise_syntax_error(&e))?;
    let unit = compile::compile(&module, filename, flags).map_err(|e| raise_syntax_error(&e))?;
    drop(module);
    code::new(unit)
}

/// Runs a module-level code object with `globals` (and `locals`, default the globals).
pub fn run_code(code_obj: Obj, globals: Obj, locals: Option<Obj>) -> PyResult<Obj> {
    let r = rt();
    if dict::get_item(globals, r.names.__builtins__)?.is_none() {
        dict::set_item(globals, r.names.__builtins__, r.builtins)?;
    }
    let locals = locals.unwrap_or(globals);
    let fr = frame::new(code_obj, globals, Some(locals))?;
    super::interp::run_function_frame(fr)
}

/// The future flags a frame's code was compiled with (inherited by exec/eval/compile).
pub fn frame_flags(fr: Option<Obj>) -> CompileFlags {
    match fr {
        Some(f) => {
            let u = code::unit(frame::code_of(f));
            CompileFlags {
                division: u.future_division,
                print_function: u.future_print_function,
                unicode_literals: u.future_unicode_literals,
                absolute_import: u.future_absolute_import,
            }
        }
        None => CompileFlags::default(),
    }
}

/// Source text of an exec/eval argument (str, unicode as UTF-8) or a code object.
enum Src {
    Text(Vec<u8>),
    Code(Obj),
}

fn source_of(o: Obj, what: &str) -> PyResult<Src> {
    if code::is_code(o) {
        return Ok(Src::Code(o));
    }
    if pystr::is_str(o) {
        return Ok(Src::Text(pystr::bytes(o).to_vec()));
    }
    if unicode::is_unicode(o) {
        let mut b = Vec::new();
        for &c in unicode::code_points(o) {
            super::codecs::encode_utf8(c, &mut b);
        }
        return Ok(Src::Text(b));
    }
    if super::types::file::is_file(o) && what == "exec" {
        let data = ops::call_method(o, "read", &[])?;
        return Ok(Src::Text(pystr::bytes(data).to_vec()));
    }
    Err(exc::type_error(&format!(
        "{what}() arg 1 must be a string or code object"
    )))
}

fn check_mapping(globals: Option<Obj>, locals: Option<Obj>, what: &str) -> PyResult<()> {
    let none = rt().none;
    if let Some(g) = globals.filter(|g| *g != none) {
        if !dict::is_dict(g) {
            return Err(exc::type_error(&format!(
                "{} must be a dict",
                if what == "exec" {
                    "exec: arg 2"
                } else {
                    "globals"
                }
            )));
        }
    }
    if let Some(l) = locals.filter(|l| *l != none) {
        if super::typeobj::slots_of(l).getitem.is_none() {
            return Err(exc::type_error("locals must be a mapping"));
        }
    }
    Ok(())
}

/// The `exec code [in globals[, locals]]` statement.
pub fn exec_stmt(fr: Obj, code_o: Obj, globals: Option<Obj>, locals: Option<Obj>) -> PyResult<()> {
    let none = rt().none;
    // `exec (code, globals, locals)` tuple form.
    let (code_o, globals, locals) = if tuple::is_tuple(code_o) && globals.is_none() {
        let items = tuple::items(code_o);
        match items.len() {
            2 => (items[0], Some(items[1]), None),
            3 => (items[0], Some(items[1]), Some(items[2])),
            _ => {
                return Err(exc::type_error(
                    "exec: arg 1 must be a string, file, or code object",
                ))
            }
        }
    } else {
        (code_o, globals, locals)
    };
    check_mapping(globals, locals, "exec")?;
    let g = globals.filter(|g| *g != none);
    let l = locals.filter(|l| *l != none);
    let (g, l) = match (g, l) {
        (Some(g), Some(l)) => (g, l),
        (Some(g), None) => (g, g),
        (None, _) => (frame::globals_of(fr), frame::locals_dict(fr)?),
    };
    let c = match source_of(code_o, "exec")? {
        Src::Code(c) => c,
        Src::Text(t) => compile_source(
            &t,
            "<string>",
            Mode::Exec,
            Origin::String,
            frame_flags(Some(fr)),
        )?,
    };
    run_code(c, g, Some(l))?;
    if globals.filter(|g| *g != none).is_none() {
        frame::locals_to_fast(fr)?;
    }
    Ok(())
}

/// `eval(source[, globals[, locals]])`.
pub fn eval(src: Obj, globals: Option<Obj>, locals: Option<Obj>) -> PyResult<Obj> {
    check_mapping(globals, locals, "eval")?;
    let none = rt().none;
    let cur = exc::current_frame();
    let g = match globals.filter(|g| *g != none) {
        Some(g) => g,
        None => match cur {
            Some(f) => frame::globals_of(f),
            None => return Err(exc::system_error("eval without a frame")),
        },
    };
    let l = match locals.filter(|l| *l != none) {
        Some(l) => l,
        None if globals.filter(|x| *x != none).is_some() => g,
        None => match cur {
            Some(f) => frame::locals_dict(f)?,
            None => g,
        },
    };
    let c = match source_of(src, "eval")? {
        Src::Code(c) => c,
        Src::Text(t) => {
            // eval strips leading spaces and tabs.
            let start = t
                .iter()
                .position(|&b| b != b' ' && b != b'\t')
                .unwrap_or(t.len());
            compile_source(
                &t[start..],
                "<string>",
                Mode::Eval,
                Origin::String,
                frame_flags(cur),
            )?
        }
    };
    run_code(c, g, Some(l))
}
