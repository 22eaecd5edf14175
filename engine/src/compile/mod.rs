//! Stages 2 and 3: scope analysis and lowering of the AST to the CFG (`ir`) that every tier runs.
//!
//! In: a module AST the front end accepted (`syntax::check` found no error). Out: the module's
//! [`ir::CodeUnit`], nested scopes' units as its constants.
//!
//! - `scope`: where each name of each scope lives (fast local, cell, free, global, or looked up by
//!   name), from the symbol table `syntax::check::symtable` builds (CPython's `symtable.c`).
//! - `lower`: the AST walked in CPython 2.7's code generation order (`compile.c`), emitting the
//!   CFG's blocks and instructions with CPython's evaluation order and line numbers.
//! - `verify`: the invariants `ir` states, checked on a finished unit and its nested units.
//! - `dump`: a deterministic text listing of a unit, for debugging and snapshot tests.
//! - `liveness`: which temporaries are live at each instruction (the GC traces only those).
//! - `bound`: which fast locals are bound on every path to a point (tier 1 skips their checks).
//! - `slots`: the one visitor of every slot operand and block target of the IR.
//!
//! Tests (`tests/`): snapshots of dumps (`snapshots/`), and tables generated with CPython 2.7
//! (`tests/data/gen_*.py`) over snippets and CPython's `Lib`: per-unit `co_varnames`,
//! `co_cellvars`, `co_freevars` and flags; the lines of each unit (a subset of `co_lnotab`'s); the
//! order of name/attribute accesses, imports and calls (the bytecode's); plus the verifier over all
//! of `Lib` and deep nesting on an 8 MB stack.
//!
//! Known departures from CPython: `FetchExc` makes the exception current on entry to a `finally`
//! body too (CPython leaves `sys.exc_info()` alone there); code CPython's peephole pass leaves
//! unoptimized (code objects whose line table needs a 255 byte) still gets its constant `None`
//! and constant tuples folded; unreachable code is dropped.

pub mod bound;
pub mod dump;
pub mod ir;
pub mod liveness;
mod lower;
mod scope;
mod slots;
pub mod verify;

#[cfg(test)]
mod tests;

use crate::syntax::ast::Mod;
use crate::syntax::SyntaxError;

pub use dump::dump;
pub use verify::verify;

/// `from __future__` features in force for a compile: those inherited from the caller (`exec`,
/// `eval`, `compile()` without `dont_inherit`) and those the module declares itself (added by
/// [`compile`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CompileFlags {
    pub division: bool,
    pub print_function: bool,
    pub unicode_literals: bool,
    pub absolute_import: bool,
}

/// Lowers a checked module to its code unit: `Mod::Module` to a `Module` unit, `Mod::Expression`
/// to an `Eval` unit returning the value, `Mod::Interactive` to an `Interactive` unit whose
/// expression statements print their value.
pub fn compile(
    module: &Mod,
    filename: &str,
    flags: CompileFlags,
) -> Result<ir::CodeUnit, SyntaxError> {
    let table = crate::syntax::check::symtable::build(module).map_err(|mut e| {
        e.filename = filename.to_string();
        e
    })?;
    let flags = with_module_futures(module, flags);
    lower::lower_module(module, &table, filename, flags).map_err(|mut e| {
        e.filename = filename.to_string();
        e
    })
}

/// Adds the features of the module's own `from __future__` imports (those at its top, after an
/// optional docstring) to `flags`.
fn with_module_futures(module: &Mod, mut flags: CompileFlags) -> CompileFlags {
    use crate::syntax::ast::{ExprKind, StmtKind};
    let body = match module {
        Mod::Module { body } | Mod::Interactive { body } => body,
        Mod::Expression { .. } => return flags,
    };
    for (i, s) in body.iter().enumerate() {
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                ..
            } if m == "__future__" => {
                for alias in names {
                    match alias.name.as_str() {
                        "division" => flags.division = true,
                        "print_function" => flags.print_function = true,
                        "unicode_literals" => flags.unicode_literals = true,
                        "absolute_import" => flags.absolute_import = true,
                        _ => {}
                    }
                }
            }
            StmtKind::Expr { value } if i == 0 && matches!(value.kind, ExprKind::Str { .. }) => {}
            _ => break,
        }
    }
    flags
}
