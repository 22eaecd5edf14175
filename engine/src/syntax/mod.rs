//! The front end: Python 2.7 source bytes in, CPython 2.7's AST (or CPython's SyntaxError) out.
//!
//! Pipeline: `source` (BOM, PEP 263 coding declaration, decoding to UTF-8, newline translation) →
//! `lexer` (tokens with CPython's positions, INDENT/DEDENT) → `parser` (hand-written recursive
//! descent over CPython 2.7's `Grammar/Grammar`, building `ast` nodes directly, with `literal`
//! decoding numbers and strings) → `check` (the errors CPython's compiler reports after parsing:
//! `'return' outside function` and the like). `dump` prints a tree as `ast.dump` does.
//!
//! This module knows nothing of the runtime: it depends only on `pyfmt` (Python's reprs of literal
//! values) and std. No input makes it panic or overflow the native stack: nesting is bounded by
//! explicit depth limits, and every error is a `SyntaxError` value.

pub mod ast;
pub mod check;
pub mod dump;
pub mod error;
pub mod lexer;
pub mod literal;
pub mod parser;
pub mod source;
pub mod token;

pub use error::{ErrorKind, SyntaxError};

#[cfg(test)]
mod robustness_tests;

/// What the source is compiled as: CPython's `compile()` modes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or script: `Module`.
    Exec,
    /// One expression: `Expression`.
    Eval,
    /// One interactive statement: `Interactive`.
    Single,
}

/// How the source reached the compiler. CPython's tokenizer differs between the two: a file with
/// non-ASCII bytes and no coding declaration is an error; a string (`compile()`, `ast.parse`,
/// `exec`) is taken byte for byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    File,
    String,
}

/// `from __future__` features that change how source parses; a compile may inherit them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FutureFlags {
    pub print_function: bool,
    pub unicode_literals: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseOptions {
    pub mode: Mode,
    pub origin: Origin,
    pub future: FutureFlags,
}

impl ParseOptions {
    /// What `ast.parse(source)` does: exec mode, string origin, no inherited futures.
    pub fn ast_parse() -> ParseOptions {
        ParseOptions {
            mode: Mode::Exec,
            origin: Origin::String,
            future: FutureFlags::default(),
        }
    }

    /// What running `python2.7 FILE` does before executing it.
    pub fn script() -> ParseOptions {
        ParseOptions {
            mode: Mode::Exec,
            origin: Origin::File,
            future: FutureFlags::default(),
        }
    }
}

/// Parses `bytes` into CPython's AST: exactly what `compile(src, filename, mode, PyCF_ONLY_AST)`
/// accepts and builds, or the SyntaxError it raises.
pub fn parse(bytes: &[u8], filename: &str, opts: &ParseOptions) -> Result<ast::Mod, SyntaxError> {
    let result = source::decode(bytes, opts.origin, filename)
        .and_then(|src| parser::parse(&src, bytes, opts));
    result.map_err(|mut e| {
        e.filename = filename.to_string();
        e
    })
}

/// Parses and then runs the checks CPython's compiler makes before any code runs (what
/// `compile(src, filename, mode)` reports): the front end's whole verdict on a program.
pub fn parse_and_check(
    bytes: &[u8],
    filename: &str,
    opts: &ParseOptions,
) -> Result<ast::Mod, SyntaxError> {
    let module = parse(bytes, filename, opts)?;
    check::check(&module).map_err(|mut e| {
        e.filename = filename.to_string();
        if e.text.is_none() {
            // CPython reads the line back from the file, indentation stripped.
            e.text = check::program_text(bytes, e.lineno);
        }
        e
    })?;
    Ok(module)
}

/// Line `lineno` (1-based) of `text`, newline included, or `None` past the end.
pub fn source_line(text: &[u8], lineno: u32) -> Option<Vec<u8>> {
    let line = text
        .split_inclusive(|&b| b == b'\n')
        .nth(lineno.checked_sub(1)? as usize)?;
    Some(line.to_vec())
}
