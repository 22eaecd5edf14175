//! The errors of CPython 2.7's code generator (`Python/compile.c`): the module walked in the order
//! `compile.c` emits code for it, keeping only what decides those errors.
//!
//! In: the module, its analysed symbol table, and the line of the last valid future import. Out: the
//! first error, or `Ok`.
//!
//! What is tracked, per code unit (module, class body, function): the kind of scope; the stack of
//! "frame blocks" (`for`/`while` loops, `try` bodies, `finally` bodies; at most 20); and CPython's
//! `u_lineno`, the line its errors report: set to each statement's line when the statement starts,
//! raised to each expression's line as the expression is visited, and set to each handler's line
//! as an `except` clause starts. So a `yield` outside a function reports the greatest line among the
//! expressions of its statement compiled before it, and `default 'except:' must be last` reports
//! the line where compiling the statements before that clause left off.
//!
//! What is skipped, as CPython skips it: the body of `if`/`while` with a constant false test (a
//! number equal to zero or an empty string) and the `else` of `if` with a constant true test
//! (including `__debug__`); expression statements that are a bare number or string; the bodies of
//! lambdas and the inner parts of generator expressions and set/dict comprehensions, which are
//! function units where no expression can be an error (only their defaults and outermost iterable
//! are compiled in the enclosing unit).

use super::symtable::{BlockId, BlockKind, SymbolTable};
use super::visit::{self, WalkTask};
use super::{error, mangled, unlocated, LATE_FUTURE};
use crate::syntax::ast::*;
use crate::syntax::SyntaxError;

/// CPython's `CO_MAXBLOCKS`.
const MAX_BLOCKS: usize = 20;

#[derive(Clone, Copy, PartialEq, Eq)]
enum FrameBlock {
    Loop,
    Except,
    FinallyTry,
    FinallyEnd,
}

struct Unit<'a> {
    block: BlockId,
    kind: BlockKind,
    lineno: u32,
    fblocks: Vec<FrameBlock>,
    /// The enclosing class's name, for mangling.
    private: Option<&'a str>,
}

struct Codegen<'a, 't> {
    table: &'t SymbolTable,
    future_lineno: i64,
    interactive: bool,
    units: Vec<Unit<'a>>,
}

pub(super) fn check(
    module: &Mod,
    table: &SymbolTable,
    future_lineno: i64,
) -> Result<(), SyntaxError> {
    let mut c = Codegen {
        table,
        future_lineno,
        interactive: matches!(module, Mod::Interactive { .. }),
        units: vec![Unit {
            block: 0,
            kind: BlockKind::Module,
            lineno: 0,
            fblocks: Vec::new(),
            private: None,
        }],
    };
    match module {
        Mod::Module { body } => c.body(body),
        Mod::Interactive { body } => c.stmts(body),
        Mod::Expression { body } => c.expr(body),
    }
}

/// `expr_constant`: whether a test is known true (`Some(true)`), known false, or unknown.
pub(crate) fn constant(e: &Expr) -> Option<bool> {
    match &e.kind {
        ExprKind::Num { n } => Some(match n {
            Number::Int(i) => *i != 0,
            Number::Long(l) => l.sign() != num_bigint::Sign::NoSign,
            Number::Float(f) => *f != 0.0,
            Number::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        }),
        ExprKind::Str { s } => Some(match s {
            StrValue::Bytes(b) => !b.is_empty(),
            StrValue::Unicode(u) => !u.is_empty(),
        }),
        ExprKind::Name { id, .. } if id == "__debug__" => Some(true),
        _ => None,
    }
}

pub(crate) fn is_docstring(s: &Stmt) -> bool {
    matches!(&s.kind, StmtKind::Expr { value } if matches!(value.kind, ExprKind::Str { .. }))
}

/// Work still to do while walking an expression.
enum Task<'a> {
    Expr(&'a Expr),
    Slice(&'a Slice),
}

impl<'a> WalkTask<'a> for Task<'a> {
    fn expr(e: &'a Expr) -> Self {
        Task::Expr(e)
    }
    fn slice(s: &'a Slice) -> Self {
        Task::Slice(s)
    }
}

impl<'a, 't> Codegen<'a, 't> {
    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is open")
    }

    /// `compiler_error`: the message at the unit's current line.
    fn error(&self, msg: &str) -> SyntaxError {
        error(msg, self.units.last().map_or(0, |u| u.lineno))
    }

    fn push_fblock(&mut self, fb: FrameBlock) -> Result<(), SyntaxError> {
        let unit = self.unit();
        if unit.fblocks.len() >= MAX_BLOCKS {
            return Err(unlocated("too many statically nested blocks"));
        }
        unit.fblocks.push(fb);
        Ok(())
    }

    fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }

    /// `compiler_body` (module and class bodies): a docstring is compiled as an expression.
    fn body(&mut self, body: &'a [Stmt]) -> Result<(), SyntaxError> {
        match body.split_first() {
            Some((first, rest)) if is_docstring(first) => {
                if let StmtKind::Expr { value } = &first.kind {
                    self.expr(value)?;
                }
                self.stmts(rest)
            }
            _ => self.stmts(body),
        }
    }

    fn stmts(&mut self, body: &'a [Stmt]) -> Result<(), SyntaxError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn exprs(&mut self, exprs: &'a [Expr]) -> Result<(), SyntaxError> {
        exprs.iter().try_for_each(|e| self.expr(e))
    }

    fn opt_expr(&mut self, e: &'a Option<Expr>) -> Result<(), SyntaxError> {
        e.iter().try_for_each(|e| self.expr(e))
    }

    /// Compiles `body` in the unit of the `def` or `class` statement `s`.
    fn enter_unit(&mut self, s: &'a Stmt, private: Option<&'a str>) -> bool {
        let Some(block) = self.table.block_of(s) else {
            return false;
        };
        self.units.push(Unit {
            block,
            kind: self.table.blocks[block].kind,
            lineno: 0,
            fblocks: Vec::new(),
            private,
        });
        true
    }

    fn stmt(&mut self, s: &'a Stmt) -> Result<(), SyntaxError> {
        self.unit().lineno = s.pos.lineno;
        match &s.kind {
            StmtKind::FunctionDef {
                args,
                body,
                decorator_list,
                ..
            } => {
                self.exprs(decorator_list)?;
                self.exprs(&args.defaults)?;
                let private = self.unit().private;
                if self.enter_unit(s, private) {
                    // A docstring is not compiled as a statement.
                    let skip = usize::from(body.first().is_some_and(is_docstring));
                    self.stmts(&body[skip..])?;
                    self.units.pop();
                }
            }
            StmtKind::ClassDef {
                name,
                bases,
                body,
                decorator_list,
            } => {
                self.exprs(decorator_list)?;
                self.exprs(bases)?;
                if self.enter_unit(s, Some(name)) {
                    self.body(body)?;
                    self.units.pop();
                }
            }
            StmtKind::Return { value } => {
                if self.unit().kind != BlockKind::Function {
                    return Err(self.error("'return' outside function"));
                }
                self.opt_expr(value)?;
            }
            StmtKind::Delete { .. }
            | StmtKind::Print { .. }
            | StmtKind::Raise { .. }
            | StmtKind::Assert { .. } => visit::simple_stmt(s, |e| self.expr(e))?,
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                self.exprs(targets)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                // A name target is loaded and stored without being visited as an expression.
                if !matches!(target.kind, ExprKind::Name { .. }) {
                    self.expr(target)?;
                }
                self.expr(value)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.push_fblock(FrameBlock::Loop)?;
                self.expr(iter)?;
                self.expr(target)?;
                self.stmts(body)?;
                self.pop_fblock();
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } => {
                let known = constant(test);
                if known == Some(false) {
                    return self.stmts(orelse);
                }
                self.push_fblock(FrameBlock::Loop)?;
                if known.is_none() {
                    self.expr(test)?;
                }
                self.stmts(body)?;
                self.pop_fblock();
                self.stmts(orelse)?;
            }
            StmtKind::If { test, body, orelse } => match constant(test) {
                Some(false) => self.stmts(orelse)?,
                Some(true) => self.stmts(body)?,
                None => {
                    self.expr(test)?;
                    self.stmts(body)?;
                    self.stmts(orelse)?;
                }
            },
            StmtKind::With {
                context_expr,
                optional_vars,
                body,
            } => {
                self.expr(context_expr)?;
                self.push_fblock(FrameBlock::FinallyTry)?;
                self.opt_expr(optional_vars)?;
                self.stmts(body)?;
                self.pop_fblock();
                // The `finally` part runs `__exit__` only.
                self.push_fblock(FrameBlock::FinallyEnd)?;
                self.pop_fblock();
            }
            StmtKind::TryExcept {
                body,
                handlers,
                orelse,
            } => {
                self.push_fblock(FrameBlock::Except)?;
                self.stmts(body)?;
                self.pop_fblock();
                for (i, h) in handlers.iter().enumerate() {
                    if h.type_.is_none() && i + 1 < handlers.len() {
                        return Err(self.error("default 'except:' must be last"));
                    }
                    self.unit().lineno = h.pos.lineno;
                    self.opt_expr(&h.type_)?;
                    self.opt_expr(&h.name)?;
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
            }
            StmtKind::TryFinally { body, finalbody } => {
                self.push_fblock(FrameBlock::FinallyTry)?;
                self.stmts(body)?;
                self.pop_fblock();
                self.push_fblock(FrameBlock::FinallyEnd)?;
                self.stmts(finalbody)?;
                self.pop_fblock();
            }
            StmtKind::Import { .. } | StmtKind::Global { .. } | StmtKind::Pass => {}
            StmtKind::ImportFrom { module, .. } => {
                if s.pos.lineno as i64 > self.future_lineno
                    && module.as_deref() == Some("__future__")
                {
                    return Err(self.error(LATE_FUTURE));
                }
            }
            StmtKind::Exec {
                body,
                globals,
                locals,
            } => {
                self.expr(body)?;
                self.opt_expr(globals)?;
                self.opt_expr(locals)?;
            }
            StmtKind::Expr { value } => {
                let top_level = self.units.len() == 1;
                if (self.interactive && top_level)
                    || !matches!(value.kind, ExprKind::Str { .. } | ExprKind::Num { .. })
                {
                    self.expr(value)?;
                }
            }
            StmtKind::Break => {
                if !self.unit().fblocks.contains(&FrameBlock::Loop) {
                    return Err(self.error("'break' outside loop"));
                }
            }
            StmtKind::Continue => self.continue_()?,
        }
        Ok(())
    }

    /// `compiler_continue`.
    fn continue_(&mut self) -> Result<(), SyntaxError> {
        const NOT_IN_LOOP: &str = "'continue' not properly in loop";
        const IN_FINALLY: &str = "'continue' not supported inside 'finally' clause";
        let fblocks = &self.units.last().expect("a unit is open").fblocks;
        match fblocks.last() {
            None => Err(self.error(NOT_IN_LOOP)),
            Some(FrameBlock::Loop) => Ok(()),
            Some(FrameBlock::FinallyEnd) => Err(self.error(IN_FINALLY)),
            Some(FrameBlock::Except | FrameBlock::FinallyTry) => {
                // Look outwards for the loop; a `finally` body on the way forbids the `continue`.
                for fb in fblocks[..fblocks.len() - 1].iter().rev() {
                    match fb {
                        FrameBlock::Loop => return Ok(()),
                        FrameBlock::FinallyEnd => return Err(self.error(IN_FINALLY)),
                        _ => {}
                    }
                }
                Err(self.error(NOT_IN_LOOP))
            }
        }
    }

    /// `compiler_visit_expr` over a whole expression, with an explicit stack.
    fn expr(&mut self, root: &'a Expr) -> Result<(), SyntaxError> {
        let mut stack = vec![Task::Expr(root)];
        while let Some(task) = stack.pop() {
            match task {
                Task::Expr(e) => {
                    let unit = self.unit();
                    if e.pos.lineno > unit.lineno {
                        unit.lineno = e.pos.lineno;
                    }
                    self.expr_node(e, &mut stack)?;
                }
                Task::Slice(s) => visit::push_slice_children(&mut stack, s),
            }
        }
        Ok(())
    }

    /// Visits `e` itself and pushes its children, so they are visited in compile.c's order.
    fn expr_node(&mut self, e: &'a Expr, stack: &mut Vec<Task<'a>>) -> Result<(), SyntaxError> {
        match &e.kind {
            // The body is a unit of its own; only the defaults are compiled here.
            ExprKind::Lambda { args, .. } => visit::push_all(stack, &args.defaults),
            ExprKind::Dict { keys, values } => {
                // Each value, then its key.
                for (k, v) in keys.iter().zip(values).rev() {
                    stack.push(Task::Expr(k));
                    stack.push(Task::Expr(v));
                }
            }
            ExprKind::ListComp { elt, generators } => {
                // Inline: each loop's iterable, target and ifs, then the element.
                stack.push(Task::Expr(elt));
                for g in generators.iter().rev() {
                    visit::push_all(stack, &g.ifs);
                    stack.push(Task::Expr(&g.target));
                    stack.push(Task::Expr(&g.iter));
                }
            }
            ExprKind::GeneratorExp { generators, .. }
            | ExprKind::SetComp { generators, .. }
            | ExprKind::DictComp { generators, .. } => {
                // A function unit of its own, called with the outermost iterable.
                if let Some(g) = generators.first() {
                    stack.push(Task::Expr(&g.iter));
                }
            }
            ExprKind::Yield { value } => {
                if self.unit().kind != BlockKind::Function {
                    return Err(self.error("'yield' outside function"));
                }
                if let Some(v) = value {
                    stack.push(Task::Expr(v));
                }
            }
            ExprKind::Name { id, ctx } => {
                if *ctx == ExprContext::Del {
                    let unit = self.units.last().expect("a unit is open");
                    let key = mangled(unit.private, id);
                    if self.table.blocks[unit.block].cells.contains(&key) {
                        return Err(unlocated(format!(
                            "can not delete variable '{}' referenced in nested scope",
                            id
                        )));
                    }
                }
            }
            _ => visit::push_children(stack, e),
        }
        Ok(())
    }
}
