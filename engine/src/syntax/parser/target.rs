//! Assignment targets and parameters: `ast.c`'s `set_context`, its checks of names that cannot be
//! bound, and `varargslist`/`fpdef` for `def` and `lambda`.

use super::expr::expr;
use super::{PResult, Parser};
use crate::syntax::ast::{Arguments, Expr, ExprContext, ExprKind};
use crate::syntax::token::TokenKind as T;

impl<'src> Parser<'src> {
    /// Gives `target` (and, for tuples and lists, its elements) the context `ctx`, recording
    /// CPython's error when it is not something that can be assigned or deleted.
    pub(super) fn set_context(&mut self, target: &mut Expr, ctx: ExprContext) {
        let line = target.pos.lineno;
        self.set_context_at(target, ctx, line);
    }

    fn set_context_at(&mut self, target: &mut Expr, ctx: ExprContext, line: u32) {
        let what = match &mut target.kind {
            ExprKind::Name { id, ctx: c } => {
                if ctx == ExprContext::Store {
                    self.forbidden_name(id, line);
                }
                *c = ctx;
                return;
            }
            ExprKind::Attribute { attr, ctx: c, .. } => {
                if ctx == ExprContext::Store {
                    self.forbidden_name(attr, line);
                }
                *c = ctx;
                return;
            }
            ExprKind::Subscript { ctx: c, .. } => {
                *c = ctx;
                return;
            }
            ExprKind::List { elts, ctx: c } => {
                *c = ctx;
                for e in elts.iter_mut() {
                    self.set_context_at(e, ctx, line);
                }
                return;
            }
            ExprKind::Tuple { elts, ctx: c } => {
                if elts.is_empty() {
                    "()"
                } else {
                    *c = ctx;
                    for e in elts.iter_mut() {
                        self.set_context_at(e, ctx, line);
                    }
                    return;
                }
            }
            ExprKind::Lambda { .. } => "lambda",
            ExprKind::Call { .. } => "function call",
            ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => {
                "operator"
            }
            ExprKind::GeneratorExp { .. } => "generator expression",
            ExprKind::Yield { .. } => "yield expression",
            ExprKind::ListComp { .. } => "list comprehension",
            ExprKind::SetComp { .. } => "set comprehension",
            ExprKind::DictComp { .. } => "dict comprehension",
            ExprKind::Dict { .. } | ExprKind::Set { .. } | ExprKind::Num { .. } => "literal",
            ExprKind::Str { .. } => "literal",
            ExprKind::Compare { .. } => "comparison",
            ExprKind::Repr { .. } => "repr",
            ExprKind::IfExp { .. } => "conditional expression",
        };
        let verb = if ctx == ExprContext::Del {
            "delete"
        } else {
            "assign to"
        };
        self.ast_error(format!("can't {} {}", verb, what), line);
    }

    /// `forbidden_check`: `None` and `__debug__` cannot be bound.
    pub(super) fn forbidden_name(&mut self, name: &str, line: u32) {
        if name == "None" || name == "__debug__" {
            self.ast_error(format!("cannot assign to {}", name), line);
        }
    }

    /// `varargslist: ((fpdef ['=' test] ',')* ('*' NAME [',' '**' NAME] | '**' NAME) |
    ///                fpdef ['=' test] (',' fpdef ['=' test])* [','])`, up to `end`.
    pub(super) fn varargslist(&mut self, end: T) -> PResult<Arguments> {
        self.rule(1, |p| p.varargslist_body(end))
    }

    fn varargslist_body(&mut self, end: T) -> PResult<Arguments> {
        let mut a = Arguments::default();
        // ast.c reports errors about plain parameters at the list's first line.
        let list_line = self.pos().lineno;
        while !self.at(end) {
            if self.eat(T::Star)? {
                let (name, tok) = self.name()?;
                self.forbidden_name(&name, tok.cpython_pos().lineno);
                a.vararg = Some(name);
                if self.eat(T::Comma)? {
                    self.expect(T::DoubleStar)?;
                    let (name, tok) = self.name()?;
                    self.forbidden_name(&name, tok.cpython_pos().lineno);
                    a.kwarg = Some(name);
                }
                break;
            }
            if self.eat(T::DoubleStar)? {
                let (name, tok) = self.name()?;
                self.forbidden_name(&name, tok.cpython_pos().lineno);
                a.kwarg = Some(name);
                break;
            }
            let parenthesized = self.at(T::LPar);
            let arg = self.fpdef(true)?;
            if self.eat(T::Equal)? {
                if parenthesized && matches!(arg.kind, ExprKind::Name { .. }) {
                    self.ast_error("parenthesized arg with default", list_line);
                }
                a.defaults.push(self.test()?);
            } else if !a.defaults.is_empty() {
                self.ast_error("non-default argument follows default argument", list_line);
            }
            self.check_param_names(&arg, list_line);
            a.args.push(arg);
            if !self.eat(T::Comma)? {
                break;
            }
        }
        Ok(a)
    }

    /// `fpdef: NAME | '(' fplist ')'`, `fplist: fpdef (',' fpdef)* [',']`. A top-level name is a
    /// `Param`; names inside a tuple parameter are `Store`; `(x)` is just `x`.
    fn fpdef(&mut self, top: bool) -> PResult<Expr> {
        self.rule(1, |p| p.fpdef_body(top))
    }

    fn fpdef_body(&mut self, top: bool) -> PResult<Expr> {
        let ctx = if top {
            ExprContext::Param
        } else {
            ExprContext::Store
        };
        if !self.at(T::LPar) {
            let (id, tok) = self.name()?;
            return Ok(expr(ExprKind::Name { id, ctx }, tok.cpython_pos()));
        }
        self.bump()?;
        self.rule(1, |p| p.fplist(ctx))
    }

    /// `forbidden_check` over a parameter: a name is checked at `line` (its list's first line);
    /// the names of a tuple parameter at the tuple's.
    fn check_param_names(&mut self, param: &Expr, line: u32) {
        match &param.kind {
            ExprKind::Name { id, .. } => self.forbidden_name(id, line),
            ExprKind::Tuple { elts, .. } => {
                for e in elts {
                    self.check_param_names(e, param.pos.lineno);
                }
            }
            _ => {}
        }
    }

    /// `fplist: fpdef (',' fpdef)* [',']` and the closing `)`.
    fn fplist(&mut self, ctx: ExprContext) -> PResult<Expr> {
        let pos = self.pos();
        let first = self.fpdef(false)?;
        let mut elts = vec![first];
        let mut comma = false;
        while self.eat(T::Comma)? {
            comma = true;
            if self.at(T::RPar) {
                break;
            }
            elts.push(self.fpdef(false)?);
        }
        self.expect(T::RPar)?;
        if !comma {
            let mut only = elts.pop().unwrap();
            if let ExprKind::Name { ctx: c, .. } = &mut only.kind {
                *c = ctx;
            }
            return Ok(only);
        }
        Ok(expr(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Store,
            },
            pos,
        ))
    }
}
