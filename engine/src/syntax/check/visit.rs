//! What the symbol table pass (`symtable.c`) and the code generator (`compile.c`) visit in the same
//! order, written once for both.
//!
//! Expressions: in, an expression or slice node and a pass's explicit stack of work; out, the
//! node's children pushed onto that stack in reverse, so that popping them visits them in CPython's
//! order. Each pass keeps its own task type (implementing [`WalkTask`]) and its own walking loop;
//! nothing here recurses, so trees of any depth use no native stack. The kinds the two passes visit
//! differently are left to each pass, and [`push_children`] pushes nothing for them: `Name` (what
//! each pass records or checks), `Lambda`, the comprehensions and `Yield` (blocks and generator
//! marks, or units and errors), and `Dict` (symtable.c visits all keys then all values, compile.c
//! each value then its key).
//!
//! Statements: [`simple_stmt`] hands a pass's callback the expressions of `del`, `print`, `raise`
//! and `assert`, the statements that hold no statements and that both passes visit alike. The
//! others differ in order or in what is done between their parts, and stay in each pass.

use crate::syntax::ast::{Expr, ExprKind, Slice, Stmt, StmtKind};
use crate::syntax::SyntaxError;

/// A pass's unit of work on its stack, made from an expression or a slice to visit.
pub(super) trait WalkTask<'a> {
    fn expr(e: &'a Expr) -> Self;
    fn slice(s: &'a Slice) -> Self;
}

/// Pushes `exprs` so that they pop first to last.
pub(super) fn push_all<'a, T: WalkTask<'a>>(stack: &mut Vec<T>, exprs: &'a [Expr]) {
    stack.extend(exprs.iter().rev().map(T::expr));
}

/// Pushes the children of `e`, for the kinds both passes visit alike, so that they pop in CPython's
/// order; pushes nothing for the kinds each pass visits its own way (see the module comment).
pub(super) fn push_children<'a, T: WalkTask<'a>>(stack: &mut Vec<T>, e: &'a Expr) {
    match &e.kind {
        ExprKind::BoolOp { values, .. } => push_all(stack, values),
        ExprKind::BinOp { left, right, .. } => {
            stack.push(T::expr(right));
            stack.push(T::expr(left));
        }
        ExprKind::UnaryOp { operand, .. } => stack.push(T::expr(operand)),
        ExprKind::IfExp { test, body, orelse } => {
            stack.push(T::expr(orelse));
            stack.push(T::expr(body));
            stack.push(T::expr(test));
        }
        ExprKind::Set { elts } => push_all(stack, elts),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            push_all(stack, comparators);
            stack.push(T::expr(left));
        }
        ExprKind::Call {
            func,
            args,
            keywords,
            starargs,
            kwargs,
        } => {
            if let Some(k) = kwargs {
                stack.push(T::expr(k));
            }
            if let Some(s) = starargs {
                stack.push(T::expr(s));
            }
            stack.extend(keywords.iter().rev().map(|k| T::expr(&k.value)));
            push_all(stack, args);
            stack.push(T::expr(func));
        }
        ExprKind::Repr { value } => stack.push(T::expr(value)),
        ExprKind::Num { .. } | ExprKind::Str { .. } => {}
        ExprKind::Attribute { value, .. } => stack.push(T::expr(value)),
        ExprKind::Subscript { value, slice, .. } => {
            stack.push(T::slice(slice));
            stack.push(T::expr(value));
        }
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => push_all(stack, elts),
        // Each pass's own.
        ExprKind::Name { .. }
        | ExprKind::Lambda { .. }
        | ExprKind::Dict { .. }
        | ExprKind::ListComp { .. }
        | ExprKind::GeneratorExp { .. }
        | ExprKind::SetComp { .. }
        | ExprKind::DictComp { .. }
        | ExprKind::Yield { .. } => {}
    }
}

/// Pushes the parts of slice `s` so that they pop in CPython's order: lower, upper, step; the
/// dimensions of an extended slice in turn; an index's value.
pub(super) fn push_slice_children<'a, T: WalkTask<'a>>(stack: &mut Vec<T>, s: &'a Slice) {
    match s {
        Slice::Ellipsis => {}
        Slice::Slice { lower, upper, step } => {
            for part in [step, upper, lower].into_iter().flatten() {
                stack.push(T::expr(part));
            }
        }
        Slice::ExtSlice { dims } => stack.extend(dims.iter().rev().map(T::slice)),
        Slice::Index { value } => stack.push(T::expr(value)),
    }
}

/// Calls `visit` on each expression of a `del`, `print`, `raise` or `assert` statement `s`, in
/// CPython's order (a `raise`'s instance only after a type, its traceback only after both); does
/// nothing for other statements.
pub(super) fn simple_stmt<'a>(
    s: &'a Stmt,
    mut visit: impl FnMut(&'a Expr) -> Result<(), SyntaxError>,
) -> Result<(), SyntaxError> {
    match &s.kind {
        StmtKind::Delete { targets } => targets.iter().try_for_each(visit),
        StmtKind::Print { dest, values, .. } => dest.iter().chain(values).try_for_each(visit),
        StmtKind::Raise { type_, inst, tback } => {
            if let Some(t) = type_ {
                visit(t)?;
                if let Some(i) = inst {
                    visit(i)?;
                    tback.iter().try_for_each(visit)?;
                }
            }
            Ok(())
        }
        StmtKind::Assert { test, msg } => std::iter::once(test).chain(msg).try_for_each(visit),
        _ => Ok(()),
    }
}
