//! Scope analysis for lowering: which instructions read and write each name of a scope.
//!
//! In: the symbol table `syntax::check::symtable` built and analysed (CPython 2.7's `symtable.c`:
//! one block per module, function, lambda, class body, generator expression and set/dict
//! comprehension; list comprehensions bind in their enclosing scope). Out: per scope, its
//! parameters, cell and free variables (sorted, as CPython's `dictbytype` sorts them), and for each
//! name the kind of access CPython's `compiler_nameop` chooses ([`NameOp`]).
//!
//! Rules (CPython 2.7): in a function-like scope a local is a fast slot, a local used by a nested
//! scope is a cell, a variable of an enclosing function is free (free variables pass through class
//! bodies, which then hold a cell for them too); a name declared `global` is a global everywhere;
//! an unbound name is an implicit global, read with `LoadGlobal` in an optimized function and with
//! `LoadName` in a function using `import *` or a bare `exec` (whose bound locals stay fast slots,
//! as in CPython). Module and class bodies use `LoadName`/`StoreName` for locals and implicit
//! globals. A name the table never saw (`__module__`, `__doc__` in a class) is looked up by name.

use crate::syntax::check::symtable::{Block, BlockKind, NameScope};

/// How a name is accessed in a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameOp {
    Fast,
    /// A cell or free variable (`LoadDeref`/`StoreDeref`).
    Deref,
    Global,
    Name,
}

/// `compiler_nameop`'s choice for `name` (already mangled) in `block`.
pub(crate) fn name_op(block: &Block, name: &str) -> NameOp {
    let function = block.kind == BlockKind::Function;
    match block.scope_of(name) {
        Some(NameScope::Free) | Some(NameScope::Cell) => NameOp::Deref,
        Some(NameScope::Local) if function => NameOp::Fast,
        Some(NameScope::GlobalImplicit) if function && !block.unoptimized() => NameOp::Global,
        Some(NameScope::GlobalExplicit) => NameOp::Global,
        _ => NameOp::Name,
    }
}

/// The scope's cell variables (`co_cellvars`), sorted.
pub(crate) fn cellvars(block: &Block) -> Vec<String> {
    let mut v: Vec<String> = block
        .resolved
        .iter()
        .filter(|(_, s)| **s == NameScope::Cell)
        .map(|(n, _)| n.clone())
        .collect();
    v.sort();
    v
}

/// The scope's free variables (`co_freevars`), sorted: its free names, plus in a class body the
/// names it binds that a nested scope also takes from an enclosing function.
pub(crate) fn freevars(block: &Block) -> Vec<String> {
    let mut v: Vec<String> = block
        .resolved
        .iter()
        .filter(|(n, s)| **s == NameScope::Free && !block.free_class.contains(*n))
        .map(|(n, _)| n.clone())
        .chain(block.free_class.iter().cloned())
        .collect();
    v.sort();
    v
}
