//! Statements: `stmt` and everything below it that is not an expression.

use super::expr::expr;
use super::{PResult, Parser};
use crate::syntax::ast::{
    Alias, ExceptHandler, Expr, ExprContext, ExprKind, Operator, Pos, Stmt, StmtKind,
};
use crate::syntax::token::TokenKind as T;

fn stmt(kind: StmtKind, pos: Pos) -> Stmt {
    Stmt { kind, pos }
}

/// `augassign: ('+=' | '-=' | '*=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' |
///              '//=')`
fn augassign(kind: T) -> Option<Operator> {
    Some(match kind {
        T::PlusEqual => Operator::Add,
        T::MinEqual => Operator::Sub,
        T::StarEqual => Operator::Mult,
        T::SlashEqual => Operator::Div,
        T::PercentEqual => Operator::Mod,
        T::AmperEqual => Operator::BitAnd,
        T::VBarEqual => Operator::BitOr,
        T::CircumflexEqual => Operator::BitXor,
        T::LeftShiftEqual => Operator::LShift,
        T::RightShiftEqual => Operator::RShift,
        T::DoubleStarEqual => Operator::Pow,
        T::DoubleSlashEqual => Operator::FloorDiv,
        _ => return None,
    })
}

impl<'src> Parser<'src> {
    /// `stmt: simple_stmt | compound_stmt`, appended to `out`.
    pub(super) fn stmt(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        self.rule(1, |p| p.stmt_body(out))
    }

    fn stmt_body(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        if self.at_compound() {
            // compound_stmt, then the statement's own rule.
            let s = self.rule(2, |p| p.compound_stmt())?;
            out.push(s);
            return Ok(());
        }
        self.simple_stmt(out, false)
    }

    /// Whether the current token starts a compound statement.
    pub(super) fn at_compound(&self) -> bool {
        self.at(T::At)
            || ["if", "while", "for", "try", "with", "def", "class"]
                .iter()
                .any(|kw| self.at_kw(kw))
    }

    /// `simple_stmt: small_stmt (';' small_stmt)* [';'] NEWLINE`; with `last`, the NEWLINE
    /// ends the input and no token after it is read.
    pub(super) fn simple_stmt(&mut self, out: &mut Vec<Stmt>, last: bool) -> PResult<()> {
        self.rule(1, |p| p.simple_stmt_body(out, last))
    }

    fn simple_stmt_body(&mut self, out: &mut Vec<Stmt>, last: bool) -> PResult<()> {
        loop {
            let s = self.small_stmt()?;
            out.push(s);
            if !self.eat(T::Semi)? || self.at(T::Newline) {
                break;
            }
        }
        if last && self.at(T::Newline) {
            return Ok(());
        }
        self.expect(T::Newline)?;
        Ok(())
    }

    /// `small_stmt: (expr_stmt | print_stmt | del_stmt | pass_stmt | flow_stmt | import_stmt |
    ///               global_stmt | exec_stmt | assert_stmt)`
    fn small_stmt(&mut self) -> PResult<Stmt> {
        self.rule(1, |p| p.small_stmt_body())
    }

    fn small_stmt_body(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        const SMALL: &[&str] = &[
            "print", "del", "pass", "break", "continue", "return", "raise", "yield", "import",
            "from", "global", "exec", "assert",
        ];
        if !self.at_keyword() || !SMALL.iter().any(|kw| self.at_kw(kw)) {
            return self.expr_stmt();
        }
        let kw = self.bump()?;
        // The rules CPython's parser enters below small_stmt for this statement.
        let levels = match kw.text {
            b"del" | b"break" | b"continue" | b"return" | b"raise" | b"import" | b"from" => 2,
            b"yield" => 3,
            _ => 1,
        };
        self.push(levels)?;
        let kind = match kw.text {
            b"print" => self.print_stmt()?,
            b"del" => {
                let mut targets = vec![self.expr()?];
                while self.eat(T::Comma)? {
                    if !self.starts_expr() {
                        break;
                    }
                    targets.push(self.expr()?);
                }
                for t in targets.iter_mut() {
                    self.set_context(t, ExprContext::Del);
                }
                StmtKind::Delete { targets }
            }
            b"pass" => StmtKind::Pass,
            b"break" => StmtKind::Break,
            b"continue" => StmtKind::Continue,
            b"return" => StmtKind::Return {
                value: self.optional(|p| p.testlist())?,
            },
            b"raise" => {
                let type_ = self.optional(|p| p.test())?;
                let mut inst = None;
                let mut tback = None;
                if type_.is_some() && self.eat(T::Comma)? {
                    inst = Some(self.test()?);
                    if self.eat(T::Comma)? {
                        tback = Some(self.test()?);
                    }
                }
                StmtKind::Raise { type_, inst, tback }
            }
            b"yield" => {
                let value = self.yield_value(pos)?;
                StmtKind::Expr { value }
            }
            b"import" => self.import_name()?,
            b"from" => self.import_from()?,
            b"global" => {
                let mut names = vec![self.name()?.0];
                while self.eat(T::Comma)? {
                    names.push(self.name()?.0);
                }
                StmtKind::Global { names }
            }
            b"exec" => {
                let body = self.expr()?;
                let mut globals = None;
                let mut locals = None;
                if self.at_kw("in") {
                    self.bump()?;
                    globals = Some(self.test()?);
                    if self.eat(T::Comma)? {
                        locals = Some(self.test()?);
                    }
                }
                // `exec(code, globals[, locals])` is the statement's tuple form.
                let mut body = body;
                if globals.is_none() {
                    if let ExprKind::Tuple { elts, .. } = &mut body.kind {
                        if elts.len() == 2 || elts.len() == 3 {
                            let mut parts = std::mem::take(elts).into_iter();
                            body = parts.next().unwrap();
                            globals = parts.next();
                            locals = parts.next();
                        }
                    }
                }
                StmtKind::Exec {
                    body,
                    globals,
                    locals,
                }
            }
            b"assert" => {
                let test = self.test()?;
                let msg = if self.eat(T::Comma)? {
                    Some(self.test()?)
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            _ => unreachable!("SMALL lists the keywords handled here"),
        };
        self.pop(levels);
        Ok(stmt(kind, pos))
    }

    /// `[testlist]`-style optional parts: present when the current token can start a test.
    fn optional(&mut self, f: impl FnOnce(&mut Self) -> PResult<Expr>) -> PResult<Option<Expr>> {
        if self.starts_test() {
            Ok(Some(f(self)?))
        } else {
            Ok(None)
        }
    }

    /// The rest of `yield_expr: 'yield' [testlist]` once `yield` (at `pos`) is consumed.
    fn yield_value(&mut self, pos: Pos) -> PResult<Expr> {
        let value = self.optional(|p| p.testlist())?.map(Box::new);
        Ok(expr(ExprKind::Yield { value }, pos))
    }

    /// `yield_expr | testlist`, and whether it was a (bare) yield expression.
    fn yield_or_testlist(&mut self) -> PResult<(Expr, bool)> {
        if self.at_kw("yield") {
            Ok((self.yield_expr()?, true))
        } else {
            Ok((self.testlist()?, false))
        }
    }

    /// `expr_stmt: testlist (augassign (yield_expr|testlist) | ('=' (yield_expr|testlist))*)`
    fn expr_stmt(&mut self) -> PResult<Stmt> {
        self.rule(1, |p| p.expr_stmt_body())
    }

    fn expr_stmt_body(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        let first = self.testlist()?;
        if let Some(op) = augassign(self.tok.kind) {
            self.bump()?;
            let mut target = first;
            self.set_context(&mut target, ExprContext::Store);
            if !matches!(
                target.kind,
                ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
            ) {
                self.ast_error(
                    "illegal expression for augmented assignment",
                    target.pos.lineno,
                );
            }
            let (value, _) = self.yield_or_testlist()?;
            return Ok(stmt(StmtKind::AugAssign { target, op, value }, pos));
        }
        if !self.at(T::Equal) {
            return Ok(stmt(StmtKind::Expr { value: first }, pos));
        }
        let mut parts = vec![(first, false)];
        while self.eat(T::Equal)? {
            parts.push(self.yield_or_testlist()?);
        }
        let (value, _) = parts.pop().unwrap();
        let mut targets = Vec::with_capacity(parts.len());
        for (mut target, is_yield) in parts {
            if is_yield {
                self.ast_error(
                    "assignment to yield expression not possible",
                    target.pos.lineno,
                );
            }
            self.set_context(&mut target, ExprContext::Store);
            targets.push(target);
        }
        Ok(stmt(StmtKind::Assign { targets, value }, pos))
    }

    /// `print_stmt: 'print' ( [ test (',' test)* [','] ] | '>>' test [ (',' test)+ [','] ] )`
    fn print_stmt(&mut self) -> PResult<StmtKind> {
        let mut dest = None;
        let mut values = Vec::new();
        let mut nl = true;
        if self.eat(T::RightShift)? {
            dest = Some(self.test()?);
            if self.at(T::Comma) {
                while self.eat(T::Comma)? {
                    if !self.starts_test() {
                        if values.is_empty() {
                            return Err(self.unexpected());
                        }
                        nl = false;
                        break;
                    }
                    values.push(self.test()?);
                }
            }
        } else if self.starts_test() {
            values.push(self.test()?);
            while self.eat(T::Comma)? {
                if !self.starts_test() {
                    nl = false;
                    break;
                }
                values.push(self.test()?);
            }
        }
        Ok(StmtKind::Print { dest, values, nl })
    }

    /// `dotted_name: NAME ('.' NAME)*`
    fn dotted_name(&mut self) -> PResult<String> {
        let mut name = self.name()?.0;
        while self.eat(T::Dot)? {
            name.push('.');
            name.push_str(&self.name()?.0);
        }
        Ok(name)
    }

    /// `import_name: 'import' dotted_as_names`,
    /// `dotted_as_names: dotted_as_name (',' dotted_as_name)*`,
    /// `dotted_as_name: dotted_name ['as' NAME]`
    fn import_name(&mut self) -> PResult<StmtKind> {
        let mut names = Vec::new();
        loop {
            let line = self.pos().lineno;
            let name = self.dotted_name()?;
            let asname = self.as_name()?;
            match &asname {
                Some(n) => self.forbidden_name(n, line),
                None if !name.contains('.') => self.forbidden_name(&name, line),
                None => {}
            }
            names.push(Alias { name, asname });
            if !self.eat(T::Comma)? {
                break;
            }
        }
        Ok(StmtKind::Import { names })
    }

    fn as_name(&mut self) -> PResult<Option<String>> {
        if self.at_kw("as") {
            self.bump()?;
            Ok(Some(self.name()?.0))
        } else {
            Ok(None)
        }
    }

    /// `import_from: ('from' ('.'* dotted_name | '.'+)
    ///                'import' ('*' | '(' import_as_names ')' | import_as_names))`
    fn import_from(&mut self) -> PResult<StmtKind> {
        let line = self.pos().lineno;
        let mut level = 0;
        while self.eat(T::Dot)? {
            level += 1;
        }
        let module = if level == 0 || !self.at_kw("import") {
            Some(self.dotted_name()?)
        } else {
            None
        };
        self.expect_kw("import")?;
        let mut names = Vec::new();
        if self.eat(T::Star)? {
            names.push(Alias {
                name: "*".into(),
                asname: None,
            });
        } else {
            let parens = self.eat(T::LPar)?;
            loop {
                let name_line = self.pos().lineno;
                let name = self.name()?.0;
                let asname = self.as_name()?;
                self.forbidden_name(asname.as_ref().unwrap_or(&name), name_line);
                names.push(Alias { name, asname });
                if !self.eat(T::Comma)? {
                    break;
                }
                if !self.at_name() {
                    if !parens {
                        self.ast_error(
                            "trailing comma not allowed without surrounding parentheses",
                            line,
                        );
                    }
                    break;
                }
            }
            if parens {
                self.expect(T::RPar)?;
            }
        }
        if level == 0 && module.as_deref() == Some("__future__") {
            for alias in &names {
                match alias.name.as_str() {
                    "print_function" => self.print_function = true,
                    "unicode_literals" => {
                        self.saw_unicode_literals = true;
                    }
                    _ => {}
                }
            }
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    /// `compound_stmt: if_stmt | while_stmt | for_stmt | try_stmt | with_stmt | funcdef |
    ///                 classdef | decorated`
    fn compound_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        if self.at(T::At) {
            return self.decorated();
        }
        let kw = self.bump()?;
        let kind = match kw.text {
            b"if" => return self.if_stmt(pos),
            b"while" => {
                let test = self.test()?;
                let body = self.block()?;
                let orelse = self.else_block()?;
                StmtKind::While { test, body, orelse }
            }
            b"for" => {
                let mut target = self.exprlist()?;
                self.set_context(&mut target, ExprContext::Store);
                self.expect_kw("in")?;
                let iter = self.testlist()?;
                let body = self.block()?;
                let orelse = self.else_block()?;
                StmtKind::For {
                    target,
                    iter,
                    body,
                    orelse,
                }
            }
            b"try" => return self.try_stmt(pos),
            b"with" => return self.with_items(),
            b"def" => self.funcdef(Vec::new())?,
            _ => self.classdef(Vec::new())?,
        };
        Ok(stmt(kind, pos))
    }

    /// `':' suite`
    fn block(&mut self) -> PResult<Vec<Stmt>> {
        self.expect(T::Colon)?;
        self.suite()
    }

    /// `['else' ':' suite]`
    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if self.at_kw("else") {
            self.bump()?;
            self.block()
        } else {
            Ok(Vec::new())
        }
    }

    /// `suite: simple_stmt | NEWLINE INDENT stmt+ DEDENT`
    fn suite(&mut self) -> PResult<Vec<Stmt>> {
        self.rule(1, |p| p.suite_body())
    }

    fn suite_body(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if !self.at(T::Newline) {
            self.simple_stmt(&mut body, false)?;
            return Ok(body);
        }
        self.bump()?;
        if !self.at(T::Indent) {
            return Err(self.expected_indent());
        }
        self.bump()?;
        loop {
            self.stmt(&mut body)?;
            if self.eat(T::Dedent)? {
                return Ok(body);
            }
        }
    }

    /// `if_stmt: 'if' test ':' suite ('elif' test ':' suite)* ['else' ':' suite]`; each `elif`
    /// becomes an `If` in the previous one's `orelse`, at its test's position.
    fn if_stmt(&mut self, pos: Pos) -> PResult<Stmt> {
        let mut clauses = Vec::new();
        let test = self.test()?;
        let body = self.block()?;
        clauses.push((pos, test, body));
        while self.at_kw("elif") {
            self.bump()?;
            let at = self.pos();
            let test = self.test()?;
            let body = self.block()?;
            clauses.push((at, test, body));
            self.chain(clauses.len() as u32)?;
        }
        let mut orelse = self.else_block()?;
        while let Some((at, test, body)) = clauses.pop() {
            orelse = vec![stmt(StmtKind::If { test, body, orelse }, at)];
        }
        Ok(orelse.pop().unwrap())
    }

    /// `try_stmt: ('try' ':' suite ((except_clause ':' suite)+ ['else' ':' suite]
    ///             ['finally' ':' suite] | 'finally' ':' suite))`
    /// `except_clause: 'except' [test [('as' | ',') test]]`
    fn try_stmt(&mut self, pos: Pos) -> PResult<Stmt> {
        let body = self.block()?;
        let mut handlers = Vec::new();
        while self.at_kw("except") {
            let at = self.pos();
            self.push(1)?; // except_clause
            self.bump()?;
            let mut type_ = None;
            let mut name = None;
            if self.starts_test() {
                type_ = Some(self.test()?);
                if self.at_kw("as") || self.at(T::Comma) {
                    self.bump()?;
                    let mut target = self.test()?;
                    self.set_context(&mut target, ExprContext::Store);
                    name = Some(target);
                }
            }
            self.pop(1);
            let body = self.block()?;
            handlers.push(ExceptHandler {
                type_,
                name,
                body,
                pos: at,
            });
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let finalbody = if handlers.is_empty() || self.at_kw("finally") {
            self.expect_kw("finally")?;
            Some(self.block()?)
        } else {
            None
        };
        let mut body = body;
        if !handlers.is_empty() {
            body = vec![stmt(
                StmtKind::TryExcept {
                    body,
                    handlers,
                    orelse,
                },
                pos,
            )];
        }
        match finalbody {
            Some(finalbody) => Ok(stmt(StmtKind::TryFinally { body, finalbody }, pos)),
            None => Ok(body.pop().unwrap()),
        }
    }

    /// `with_stmt: 'with' with_item (',' with_item)* ':' suite`, `with_item: test ['as' expr]`;
    /// several items nest, each `With` at its item's position.
    fn with_items(&mut self) -> PResult<Stmt> {
        let mut items = Vec::new();
        loop {
            let item = self.rule(1, |p| {
                let pos = p.pos();
                let context_expr = p.test()?;
                let mut optional_vars = None;
                if p.at_kw("as") {
                    p.bump()?;
                    let mut target = p.expr()?;
                    p.set_context(&mut target, ExprContext::Store);
                    optional_vars = Some(target);
                }
                Ok((pos, context_expr, optional_vars))
            })?;
            items.push(item);
            if !self.eat(T::Comma)? {
                break;
            }
        }
        let mut body = self.block()?;
        while let Some((pos, context_expr, optional_vars)) = items.pop() {
            body = vec![stmt(
                StmtKind::With {
                    context_expr,
                    optional_vars,
                    body,
                },
                pos,
            )];
        }
        Ok(body.pop().unwrap())
    }

    /// `funcdef: 'def' NAME parameters ':' suite`, `parameters: '(' [varargslist] ')'`
    fn funcdef(&mut self, decorator_list: Vec<Expr>) -> PResult<StmtKind> {
        let (name, tok) = self.name()?;
        self.forbidden_name(&name, tok.cpython_pos().lineno);
        // parameters: '(' [varargslist] ')'
        let args = self.rule(1, |p| {
            p.expect(T::LPar)?;
            let args = p.varargslist(T::RPar)?;
            p.expect(T::RPar)?;
            Ok(args)
        })?;
        let body = self.block()?;
        Ok(StmtKind::FunctionDef {
            name,
            args,
            body,
            decorator_list,
        })
    }

    /// `classdef: 'class' NAME ['(' [testlist] ')'] ':' suite`; `(B)` is one base even when `B`
    /// is a tuple, `(B,)` a list of bases.
    fn classdef(&mut self, decorator_list: Vec<Expr>) -> PResult<StmtKind> {
        let (name, tok) = self.name()?;
        self.forbidden_name(&name, tok.cpython_pos().lineno);
        let mut bases = Vec::new();
        if self.eat(T::LPar)? {
            if !self.at(T::RPar) {
                bases = self.rule(1, |p| {
                    let mut bases = vec![p.test()?];
                    while p.eat(T::Comma)? {
                        if !p.starts_test() {
                            break;
                        }
                        bases.push(p.test()?);
                    }
                    Ok(bases)
                })?;
            }
            self.expect(T::RPar)?;
        }
        let body = self.block()?;
        Ok(StmtKind::ClassDef {
            name,
            bases,
            body,
            decorator_list,
        })
    }

    /// `decorated: decorators (classdef | funcdef)`,
    /// `decorator: '@' dotted_name [ '(' [arglist] ')' ] NEWLINE`
    fn decorated(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        let mut decorators = Vec::new();
        self.push(2)?; // decorators, decorator
        while self.at(T::At) {
            self.bump()?;
            let name_pos = self.pos();
            let mut e = {
                let (id, _) = self.name()?;
                expr(
                    ExprKind::Name {
                        id,
                        ctx: ExprContext::Load,
                    },
                    name_pos,
                )
            };
            while self.eat(T::Dot)? {
                let (attr, _) = self.name()?;
                e = expr(
                    ExprKind::Attribute {
                        value: Box::new(e),
                        attr,
                        ctx: ExprContext::Load,
                    },
                    name_pos,
                );
            }
            if self.at(T::LPar) {
                e = self.call(e, name_pos)?;
            }
            decorators.push(e);
            self.expect(T::Newline)?;
        }
        self.pop(2);
        let kind = if self.at_kw("def") {
            self.bump()?;
            self.rule(1, |p| p.funcdef(decorators))?
        } else if self.at_kw("class") {
            self.bump()?;
            self.rule(1, |p| p.classdef(decorators))?
        } else {
            return Err(self.unexpected());
        };
        Ok(stmt(kind, pos))
    }
}
