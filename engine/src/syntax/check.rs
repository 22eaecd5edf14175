//! Compile-time checks: a parsed module in, the first SyntaxError CPython 2.7's compiler would
//! report for it out (or `Ok` when the compiler accepts it).
//!
//! CPython's `PyAST_Compile` runs three passes over a tree the parser accepted, and stops at the
//! first error; we run the same three, in the same order, each over the whole module:
//! 1. `future.c` (here, [`future_features`]): `from __future__` imports — unknown features,
//!    `braces`, a future import after other statements on a later line.
//! 2. `symtable.c` (`check::symtable`): building the symbol table (duplicate arguments, `return`
//!    with a value in a generator), then analysing it block by block (a parameter declared
//!    `global`; `import *` / bare `exec` in a function with free variables around it).
//! 3. `compile.c` (`check::codegen`): walking the tree in code-generation order (`return`/`yield`
//!    outside a function, `break`/`continue` outside a loop, `continue` in `finally`, a bare
//!    `except:` before others, `del` of a variable a nested scope uses, more than 20 nested blocks,
//!    a late future import).
//!
//! Passes 2 and 3 each walk the tree in their own order; where the orders agree (most expressions'
//! children, slices, `del`/`print`/`raise`/`assert`), both use `check::visit`.
//!
//! Positions: these errors carry no column (`offset` is `None`, so CPython prints no caret), and
//! their source line is what `PyErr_ProgramText` reads back from the file ([`program_text`]: leading
//! blanks stripped). Two errors carry no position at all (`can not delete variable ...` and
//! `too many statically nested blocks`): CPython prints only `SyntaxError: msg`; they come back
//! unlocated (`located` false, `lineno` 0).
//!
//! Not reported: CPython's SyntaxWarnings (`import * only allowed at module level`, `name 'x' is
//! assigned to before global declaration`, `name 'x' is used prior to global declaration`,
//! `assertion is always true, perhaps remove parentheses?`): they print a warning and compilation
//! goes on, so they are no errors; we drop them.
//!
//! Invariants: expressions (which nest without bound) are walked with explicit stacks; statements
//! recurse, their nesting being bounded by the lexer's 100 indentation levels. No input panics.

#[cfg(test)]
#[rustfmt::skip]
mod cases;
pub(crate) mod codegen;
pub(crate) mod symtable;
#[cfg(test)]
mod tests;
mod visit;

use super::ast::{Mod, Stmt, StmtKind};
use super::{ErrorKind, SyntaxError};

/// Runs CPython 2.7's compile-time checks over `module` and returns the first error it would raise.
pub fn check(module: &Mod) -> Result<(), SyntaxError> {
    let future_lineno = future_features(module)?;
    let table = symtable::build(module)?;
    codegen::check(module, &table, future_lineno)
}

/// A SyntaxError of the compiler: no column.
fn error(msg: impl Into<String>, lineno: u32) -> SyntaxError {
    SyntaxError::new(ErrorKind::SyntaxError, msg, lineno, None)
}

/// A SyntaxError CPython raises with no position at all.
fn unlocated(msg: impl Into<String>) -> SyntaxError {
    SyntaxError::unlocated(ErrorKind::SyntaxError, msg)
}

/// `future.c`: checks the `from __future__` imports at the top of a module and returns the line of
/// the last one (CPython's `ff_lineno`; -1 when there is none), which the code generator uses to
/// reject later ones.
fn future_features(module: &Mod) -> Result<i64, SyntaxError> {
    let body: &[Stmt] = match module {
        Mod::Module { body } | Mod::Interactive { body } => body,
        Mod::Expression { .. } => return Ok(-1),
    };
    let mut ff_lineno = -1i64;
    let mut found_docstring = false;
    let mut done = false;
    let mut prev_line = 0u32;
    for s in body {
        // Statements after the first non-future one may still be future imports if they share its
        // line (`import os; from __future__ import x`): those are rejected here.
        if done && s.pos.lineno > prev_line {
            return Ok(ff_lineno);
        }
        prev_line = s.pos.lineno;
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                ..
            } if m == "__future__" => {
                if done {
                    return Err(error(LATE_FUTURE, s.pos.lineno));
                }
                for alias in names {
                    match alias.name.as_str() {
                        "nested_scopes" | "generators" | "division" | "absolute_import"
                        | "with_statement" | "print_function" | "unicode_literals" => {}
                        "braces" => return Err(error("not a chance", s.pos.lineno)),
                        other => {
                            return Err(error(
                                format!("future feature {} is not defined", truncate(other, 100)),
                                s.pos.lineno,
                            ))
                        }
                    }
                }
                ff_lineno = s.pos.lineno as i64;
            }
            StmtKind::Expr { value } if !found_docstring => {
                if matches!(value.kind, super::ast::ExprKind::Str { .. }) {
                    found_docstring = true;
                } else {
                    done = true;
                }
            }
            _ => done = true,
        }
    }
    Ok(ff_lineno)
}

const LATE_FUTURE: &str = "from __future__ imports must occur at the beginning of the file";

/// CPython's `%.100s`: at most `max` bytes of `s` (identifiers are ASCII).
fn truncate(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// `_Py_Mangle`: inside class `private`, `__name` (not ending in `__`, no dot) is read as
/// `_private__name`, with the class name's leading underscores dropped.
pub(crate) fn mangle(private: Option<&str>, name: &str) -> Option<String> {
    let private = private?;
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return None;
    }
    let stripped = private.trim_start_matches('_');
    if stripped.is_empty() {
        return None;
    }
    Some(format!("_{}{}", stripped, name))
}

/// `name` as the symbol table keys it inside class `private`.
fn mangled(private: Option<&str>, name: &str) -> String {
    mangle(private, name).unwrap_or_else(|| name.to_string())
}

/// The source line CPython attaches to a compiler error (`PyErr_ProgramText`): line `lineno` of the
/// file read with universal newlines, leading spaces, tabs and form feeds stripped, newline kept.
/// CPython reads in chunks of 999 bytes and keeps the last chunk of a longer line. `None` for line 0.
pub fn program_text(source: &[u8], lineno: u32) -> Option<Vec<u8>> {
    if lineno == 0 {
        return None;
    }
    const CHUNK: usize = 999;
    let mut pos = 0;
    let mut last_chunk: Vec<u8> = Vec::new();
    for _ in 0..lineno {
        // One line: chunks of at most CHUNK bytes, until a chunk ends the line or the file.
        loop {
            let mut chunk = Vec::new();
            while chunk.len() < CHUNK && pos < source.len() {
                let b = source[pos];
                pos += 1;
                if b == b'\r' {
                    if source.get(pos) == Some(&b'\n') {
                        pos += 1;
                    }
                    chunk.push(b'\n');
                    break;
                }
                chunk.push(b);
                if b == b'\n' {
                    break;
                }
            }
            let full = chunk.len() == CHUNK && chunk.last() != Some(&b'\n');
            last_chunk = chunk;
            if !full {
                break;
            }
        }
    }
    let start = last_chunk
        .iter()
        .position(|&b| !matches!(b, b' ' | b'\t' | b'\x0c'))
        .unwrap_or(last_chunk.len());
    Some(last_chunk[start..].to_vec())
}
