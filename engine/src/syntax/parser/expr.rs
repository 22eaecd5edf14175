//! Expressions: `test` down to `atom`, trailers, displays, comprehensions, call arguments.

use super::{PResult, Parser};
use crate::syntax::ast::{
    BoolOp, CmpOp, Comprehension, Expr, ExprContext, ExprKind, Keyword, Number, Operator, Pos,
    Slice, UnaryOp,
};
use crate::syntax::literal;
use crate::syntax::token::TokenKind as T;

/// The binary-operator levels from `expr` down to `term`, loosest first.
const BINARY_LEVELS: &[&[(T, Operator)]] = &[
    &[(T::VBar, Operator::BitOr)],
    &[(T::Circumflex, Operator::BitXor)],
    &[(T::Amper, Operator::BitAnd)],
    &[
        (T::LeftShift, Operator::LShift),
        (T::RightShift, Operator::RShift),
    ],
    &[(T::Plus, Operator::Add), (T::Minus, Operator::Sub)],
    &[
        (T::Star, Operator::Mult),
        (T::Slash, Operator::Div),
        (T::Percent, Operator::Mod),
        (T::DoubleSlash, Operator::FloorDiv),
    ],
];

pub(super) fn expr(kind: ExprKind, pos: Pos) -> Expr {
    Expr { kind, pos }
}

fn boxed(kind: ExprKind, pos: Pos) -> Box<Expr> {
    Box::new(expr(kind, pos))
}

/// One comprehension clause list: `for` targets, iterables and `if`s.
enum CompKind {
    /// `list_for`: iterables are `testlist_safe`.
    List,
    /// `comp_for`: iterables are `or_test`.
    Other,
}

impl<'src> Parser<'src> {
    /// Whether the current token can start a `test`.
    pub(super) fn starts_test(&self) -> bool {
        match self.tok.kind {
            T::Name => self.at_name() || self.at_kw("lambda") || self.at_kw("not"),
            T::Number
            | T::String
            | T::LPar
            | T::LSqb
            | T::LBrace
            | T::Backquote
            | T::Minus
            | T::Plus
            | T::Tilde => true,
            _ => false,
        }
    }

    /// Whether the current token can start an `expr`.
    pub(super) fn starts_expr(&self) -> bool {
        self.starts_test() && !self.at_kw("lambda") && !self.at_kw("not")
    }

    /// `test: or_test ['if' or_test 'else' test] | lambdef`
    pub(super) fn test(&mut self) -> PResult<Expr> {
        self.rule(1, |p| {
            if p.at_kw("lambda") {
                return p.lambdef(false);
            }
            let pos = p.pos();
            let body = p.or_test()?;
            if !p.at_kw("if") {
                return Ok(body);
            }
            p.bump()?;
            let test = p.or_test()?;
            p.expect_kw("else")?;
            let orelse = p.test()?;
            Ok(expr(
                ExprKind::IfExp {
                    test: Box::new(test),
                    body: Box::new(body),
                    orelse: Box::new(orelse),
                },
                pos,
            ))
        })
    }

    /// `old_test: or_test | old_lambdef`
    fn old_test(&mut self) -> PResult<Expr> {
        self.rule(1, |p| {
            if p.at_kw("lambda") {
                p.lambdef(true)
            } else {
                p.or_test()
            }
        })
    }

    /// `lambdef: 'lambda' [varargslist] ':' test` (`old_lambdef` ends in `old_test`).
    fn lambdef(&mut self, old: bool) -> PResult<Expr> {
        self.rule(1, |p| p.lambdef_body(old))
    }

    fn lambdef_body(&mut self, old: bool) -> PResult<Expr> {
        let pos = self.pos();
        self.bump()?;
        let args = self.varargslist(T::Colon)?;
        self.expect(T::Colon)?;
        let body = if old { self.old_test()? } else { self.test()? };
        Ok(expr(
            ExprKind::Lambda {
                args: Box::new(args),
                body: Box::new(body),
            },
            pos,
        ))
    }

    /// `or_test: and_test ('or' and_test)*` and `and_test: not_test ('and' not_test)*`
    fn or_test(&mut self) -> PResult<Expr> {
        self.bool_op("or")
    }

    fn bool_op(&mut self, kw: &str) -> PResult<Expr> {
        self.rule(1, |p| p.bool_op_body(kw))
    }

    fn bool_op_body(&mut self, kw: &str) -> PResult<Expr> {
        let pos = self.pos();
        let operand = |p: &mut Self| {
            if kw == "or" {
                p.bool_op("and")
            } else {
                p.not_test()
            }
        };
        let first = operand(self)?;
        if !self.at_kw(kw) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.at_kw(kw) {
            self.bump()?;
            values.push(operand(self)?);
        }
        let op = if kw == "or" { BoolOp::Or } else { BoolOp::And };
        Ok(expr(ExprKind::BoolOp { op, values }, pos))
    }

    /// `not_test: 'not' not_test | comparison`
    fn not_test(&mut self) -> PResult<Expr> {
        self.rule(1, |p| p.not_test_body())
    }

    fn not_test_body(&mut self) -> PResult<Expr> {
        if !self.at_kw("not") {
            return self.comparison();
        }
        let pos = self.pos();
        self.bump()?;
        let operand = self.not_test()?;
        Ok(expr(
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand: Box::new(operand),
            },
            pos,
        ))
    }

    /// `comparison: expr (comp_op expr)*`
    fn comparison(&mut self) -> PResult<Expr> {
        self.rule(1, |p| p.comparison_body())
    }

    fn comparison_body(&mut self) -> PResult<Expr> {
        let pos = self.pos();
        let left = self.expr()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some(op) = self.comp_op()? {
            ops.push(op);
            comparators.push(self.expr()?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        Ok(expr(
            ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
            pos,
        ))
    }

    /// `comp_op: '<'|'>'|'=='|'>='|'<='|'<>'|'!='|'in'|'not' 'in'|'is'|'is' 'not'`
    fn comp_op(&mut self) -> PResult<Option<CmpOp>> {
        let op = match self.tok.kind {
            T::Less => CmpOp::Lt,
            T::Greater => CmpOp::Gt,
            T::EqEqual => CmpOp::Eq,
            T::GreaterEqual => CmpOp::GtE,
            T::LessEqual => CmpOp::LtE,
            T::NotEqual => CmpOp::NotEq,
            _ if self.at_kw("in") => CmpOp::In,
            _ if self.at_kw("not") => {
                self.bump()?;
                self.expect_kw("in")?;
                return Ok(Some(CmpOp::NotIn));
            }
            _ if self.at_kw("is") => {
                self.bump()?;
                if self.at_kw("not") {
                    self.bump()?;
                    return Ok(Some(CmpOp::IsNot));
                }
                return Ok(Some(CmpOp::Is));
            }
            _ => return Ok(None),
        };
        self.bump()?;
        Ok(Some(op))
    }

    /// `expr: xor_expr ('|' xor_expr)*` and the levels below it, down to `term`.
    pub(super) fn expr(&mut self) -> PResult<Expr> {
        self.binary(0)
    }

    fn binary(&mut self, level: usize) -> PResult<Expr> {
        match BINARY_LEVELS.get(level) {
            Some(ops) => self.rule(1, |p| p.binary_body(level, ops)),
            None => self.factor(),
        }
    }

    fn binary_body(&mut self, level: usize, ops: &[(T, Operator)]) -> PResult<Expr> {
        let pos = self.pos();
        let mut left = self.binary(level + 1)?;
        let mut n = 0;
        while let Some(&(_, op)) = ops.iter().find(|(k, _)| *k == self.tok.kind) {
            let op_tok = self.bump()?;
            let right = self.binary(level + 1)?;
            let at = if n == 0 { pos } else { op_tok.cpython_pos() };
            n += 1;
            self.chain(n)?;
            left = expr(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(right),
                },
                at,
            );
        }
        Ok(left)
    }

    /// `factor: ('+'|'-'|'~') factor | power`. `-` before a bare number is folded into it.
    fn factor(&mut self) -> PResult<Expr> {
        self.rule(1, |p| p.factor_body())
    }

    fn factor_body(&mut self) -> PResult<Expr> {
        let op = match self.tok.kind {
            T::Plus => UnaryOp::UAdd,
            T::Minus => UnaryOp::USub,
            T::Tilde => UnaryOp::Invert,
            _ => return self.power(),
        };
        let pos = self.pos();
        self.bump()?;
        let number = (self.tok.kind == T::Number).then_some(self.tok.text);
        let operand = self.factor()?;
        if let (UnaryOp::USub, Some(text), ExprKind::Num { .. }) = (op, number, &operand.kind) {
            let negated = format!("-{}", String::from_utf8_lossy(text));
            if let Ok(n) = literal::parse_number(&negated) {
                return Ok(expr(ExprKind::Num { n }, pos));
            }
        }
        Ok(expr(
            ExprKind::UnaryOp {
                op,
                operand: Box::new(operand),
            },
            pos,
        ))
    }

    /// `power: atom trailer* ['**' factor]`
    /// `trailer: '(' [arglist] ')' | '[' subscriptlist ']' | '.' NAME`
    fn power(&mut self) -> PResult<Expr> {
        self.rule(1, |p| p.power_body())
    }

    fn power_body(&mut self) -> PResult<Expr> {
        let pos = self.pos();
        let mut e = self.atom()?;
        // Trailers take the atom's position, which for `(x).y` is `x`'s, not the bracket's.
        let at = e.pos;
        let mut n = 0;
        loop {
            e = match self.tok.kind {
                T::LPar => self.call(e, at)?,
                T::LSqb => {
                    self.bump()?;
                    let slice = self.rule(1, |p| p.subscriptlist())?;
                    self.expect(T::RSqb)?;
                    expr(
                        ExprKind::Subscript {
                            value: Box::new(e),
                            slice: Box::new(slice),
                            ctx: ExprContext::Load,
                        },
                        at,
                    )
                }
                T::Dot => {
                    self.bump()?;
                    let (attr, _) = self.name()?;
                    expr(
                        ExprKind::Attribute {
                            value: Box::new(e),
                            attr,
                            ctx: ExprContext::Load,
                        },
                        at,
                    )
                }
                _ => break,
            };
            n += 1;
            self.chain(n)?;
        }
        if self.at(T::DoubleStar) {
            self.bump()?;
            let right = self.factor()?;
            e = expr(
                ExprKind::BinOp {
                    left: Box::new(e),
                    op: Operator::Pow,
                    right: Box::new(right),
                },
                pos,
            );
        }
        Ok(e)
    }

    /// `atom: ('(' [yield_expr|testlist_comp] ')' | '[' [listmaker] ']' |
    ///         '{' [dictorsetmaker] '}' | '`' testlist1 '`' | NAME | NUMBER | STRING+)`
    fn atom(&mut self) -> PResult<Expr> {
        self.rule(1, |p| p.atom_body())
    }

    fn atom_body(&mut self) -> PResult<Expr> {
        let pos = self.pos();
        match self.tok.kind {
            T::LPar => {
                self.bump()?;
                let e = if self.at(T::RPar) {
                    expr(
                        ExprKind::Tuple {
                            elts: vec![],
                            ctx: ExprContext::Load,
                        },
                        pos,
                    )
                } else if self.at_kw("yield") {
                    self.yield_expr()?
                } else {
                    self.testlist_comp()?
                };
                self.expect(T::RPar)?;
                Ok(e)
            }
            T::LSqb => {
                self.bump()?;
                let e = if self.at(T::RSqb) {
                    expr(
                        ExprKind::List {
                            elts: vec![],
                            ctx: ExprContext::Load,
                        },
                        pos,
                    )
                } else {
                    self.listmaker(pos)?
                };
                self.expect(T::RSqb)?;
                Ok(e)
            }
            T::LBrace => {
                self.bump()?;
                let e = if self.at(T::RBrace) {
                    expr(
                        ExprKind::Dict {
                            keys: vec![],
                            values: vec![],
                        },
                        pos,
                    )
                } else {
                    self.dictorsetmaker(pos)?
                };
                self.expect(T::RBrace)?;
                Ok(e)
            }
            T::Backquote => {
                self.bump()?;
                let value = self.testlist1()?;
                self.expect(T::Backquote)?;
                Ok(expr(
                    ExprKind::Repr {
                        value: Box::new(value),
                    },
                    pos,
                ))
            }
            T::Name if self.at_name() => {
                let (id, _) = self.name()?;
                Ok(expr(
                    ExprKind::Name {
                        id,
                        ctx: ExprContext::Load,
                    },
                    pos,
                ))
            }
            T::Number => {
                let tok = self.bump()?;
                let n = match literal::parse_number(&String::from_utf8_lossy(tok.text)) {
                    Ok(n) => n,
                    Err(msg) => {
                        self.ast_error(msg, pos.lineno);
                        Number::Int(0)
                    }
                };
                Ok(expr(ExprKind::Num { n }, pos))
            }
            T::String => {
                let mut parts = Vec::new();
                while self.at(T::String) {
                    parts.push(self.bump()?.text);
                }
                let encoding = self.src.encoding.as_ref();
                let s = match literal::decode_strings(&parts, encoding, self.unicode_literals) {
                    Ok(s) => s,
                    Err(e) => {
                        self.ast_error_kind(e.kind, e.msg, pos.lineno);
                        crate::syntax::ast::StrValue::Bytes(Vec::new())
                    }
                };
                Ok(expr(ExprKind::Str { s }, pos))
            }
            _ => Err(self.unexpected()),
        }
    }

    /// `testlist_comp: test ( comp_for | (',' test)* [','] )`, inside parentheses.
    fn testlist_comp(&mut self) -> PResult<Expr> {
        self.rule(1, |p| p.testlist_comp_body())
    }

    fn testlist_comp_body(&mut self) -> PResult<Expr> {
        let pos = self.pos();
        let first = self.test()?;
        if self.at_kw("for") {
            let generators = self.comprehension(CompKind::Other)?;
            return Ok(expr(
                ExprKind::GeneratorExp {
                    elt: Box::new(first),
                    generators,
                },
                pos,
            ));
        }
        self.rest_of_list(first, pos, |p| p.starts_test(), |p| p.test())
    }

    /// `listmaker: test ( list_for | (',' test)* [','] )`; `open` is the `[`'s position.
    fn listmaker(&mut self, open: Pos) -> PResult<Expr> {
        self.rule(1, |p| p.listmaker_body(open))
    }

    fn listmaker_body(&mut self, open: Pos) -> PResult<Expr> {
        let pos = self.pos();
        let first = self.test()?;
        if self.at_kw("for") {
            let generators = self.comprehension(CompKind::List)?;
            return Ok(expr(
                ExprKind::ListComp {
                    elt: Box::new(first),
                    generators,
                },
                pos,
            ));
        }
        let elts = self.list_items(first, |p| p.starts_test(), |p| p.test())?;
        Ok(expr(
            ExprKind::List {
                elts,
                ctx: ExprContext::Load,
            },
            open,
        ))
    }

    /// `dictorsetmaker: ( (test ':' test (comp_for | (',' test ':' test)* [','])) |
    ///                    (test (comp_for | (',' test)* [','])) )`
    fn dictorsetmaker(&mut self, open: Pos) -> PResult<Expr> {
        self.rule(1, |p| p.dictorsetmaker_body(open))
    }

    fn dictorsetmaker_body(&mut self, open: Pos) -> PResult<Expr> {
        let pos = self.pos();
        let first = self.test()?;
        if self.eat(T::Colon)? {
            let value = self.test()?;
            if self.at_kw("for") {
                let generators = self.comprehension(CompKind::Other)?;
                return Ok(expr(
                    ExprKind::DictComp {
                        key: Box::new(first),
                        value: Box::new(value),
                        generators,
                    },
                    pos,
                ));
            }
            let mut keys = vec![first];
            let mut values = vec![value];
            while self.eat(T::Comma)? {
                if !self.starts_test() {
                    break;
                }
                keys.push(self.test()?);
                self.expect(T::Colon)?;
                values.push(self.test()?);
            }
            return Ok(expr(ExprKind::Dict { keys, values }, open));
        }
        if self.at_kw("for") {
            let generators = self.comprehension(CompKind::Other)?;
            return Ok(expr(
                ExprKind::SetComp {
                    elt: Box::new(first),
                    generators,
                },
                pos,
            ));
        }
        let elts = self.list_items(first, |p| p.starts_test(), |p| p.test())?;
        Ok(expr(ExprKind::Set { elts }, open))
    }

    /// `testlist1: test (',' test)*`
    fn testlist1(&mut self) -> PResult<Expr> {
        self.rule(1, |p| p.testlist1_body())
    }

    fn testlist1_body(&mut self) -> PResult<Expr> {
        let pos = self.pos();
        let first = self.test()?;
        if !self.at(T::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma)? {
            elts.push(self.test()?);
        }
        Ok(tuple(elts, pos))
    }

    /// `testlist: test (',' test)* [',']`
    pub(super) fn testlist(&mut self) -> PResult<Expr> {
        self.rule(1, |p| p.testlist_body())
    }

    fn testlist_body(&mut self) -> PResult<Expr> {
        let pos = self.pos();
        let first = self.test()?;
        self.rest_of_list(first, pos, |p| p.starts_test(), |p| p.test())
    }

    /// `exprlist: expr (',' expr)* [',']`
    /// A tuple here takes its first element's position (`ast_for_exprlist`'s callers).
    pub(super) fn exprlist(&mut self) -> PResult<Expr> {
        self.rule(1, |p| p.exprlist_body())
    }

    fn exprlist_body(&mut self) -> PResult<Expr> {
        let first = self.expr()?;
        let pos = first.pos;
        self.rest_of_list(first, pos, |p| p.starts_expr(), |p| p.expr())
    }

    /// After a list's first item: `(',' item)* [',']`; a tuple when there is a comma.
    fn rest_of_list(
        &mut self,
        first: Expr,
        pos: Pos,
        starts: fn(&Self) -> bool,
        item: fn(&mut Self) -> PResult<Expr>,
    ) -> PResult<Expr> {
        if !self.at(T::Comma) {
            return Ok(first);
        }
        let elts = self.list_items(first, starts, item)?;
        Ok(tuple(elts, pos))
    }

    /// `first (',' item)* [',']`: the items, a trailing comma allowed.
    fn list_items(
        &mut self,
        first: Expr,
        starts: fn(&Self) -> bool,
        item: fn(&mut Self) -> PResult<Expr>,
    ) -> PResult<Vec<Expr>> {
        let mut elts = vec![first];
        while self.eat(T::Comma)? {
            if !starts(self) {
                break;
            }
            elts.push(item(self)?);
        }
        Ok(elts)
    }

    /// `testlist_safe: old_test [(',' old_test)+ [',']]`
    fn testlist_safe(&mut self) -> PResult<Expr> {
        self.rule(1, |p| p.testlist_safe_body())
    }

    fn testlist_safe_body(&mut self) -> PResult<Expr> {
        let pos = self.pos();
        let first = self.old_test()?;
        if !self.at(T::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        self.bump()?;
        elts.push(self.old_test()?);
        while self.eat(T::Comma)? {
            if !self.starts_test() {
                break;
            }
            elts.push(self.old_test()?);
        }
        Ok(tuple(elts, pos))
    }

    /// `yield_expr: 'yield' [testlist]`
    pub(super) fn yield_expr(&mut self) -> PResult<Expr> {
        self.rule(1, |p| p.yield_expr_body())
    }

    fn yield_expr_body(&mut self) -> PResult<Expr> {
        let pos = self.pos();
        self.bump()?;
        let value = if self.starts_test() {
            Some(Box::new(self.testlist()?))
        } else {
            None
        };
        Ok(expr(ExprKind::Yield { value }, pos))
    }

    /// `list_for: 'for' exprlist 'in' testlist_safe [list_iter]`,
    /// `list_if: 'if' old_test [list_iter]`, and the same for `comp_for`/`comp_if` (whose
    /// iterable is an `or_test`).
    /// Each clause after the first nests one `list_iter`/`comp_iter` deeper in CPython's parser.
    fn comprehension(&mut self, kind: CompKind) -> PResult<Vec<Comprehension>> {
        let mut generators: Vec<Comprehension> = Vec::new();
        let mut levels = 0;
        loop {
            if self.at_kw("for") || self.at_kw("if") {
                let n = if levels == 0 { 1 } else { 2 };
                self.push(n)?;
                levels += n;
            }
            if self.at_kw("for") {
                self.bump()?;
                let mut target = self.exprlist()?;
                self.set_context(&mut target, ExprContext::Store);
                self.expect_kw("in")?;
                let iter = match kind {
                    CompKind::List => self.testlist_safe()?,
                    CompKind::Other => self.or_test()?,
                };
                generators.push(Comprehension {
                    target,
                    iter,
                    ifs: Vec::new(),
                });
            } else if self.at_kw("if") {
                self.bump()?;
                let cond = self.old_test()?;
                generators.last_mut().unwrap().ifs.push(cond);
            } else {
                self.pop(levels);
                return Ok(generators);
            }
        }
    }

    /// `subscriptlist: subscript (',' subscript)* [',']`
    fn subscriptlist(&mut self) -> PResult<Slice> {
        self.rule(1, |p| p.subscriptlist_body())
    }

    fn subscriptlist_body(&mut self) -> PResult<Slice> {
        let pos = self.pos();
        let first = self.subscript()?;
        if !self.at(T::Comma) {
            return Ok(first);
        }
        let mut dims = vec![first];
        while self.eat(T::Comma)? {
            if !self.starts_test() && !self.at(T::Colon) && !self.at(T::Dot) {
                break;
            }
            dims.push(self.subscript()?);
        }
        if dims.iter().all(|d| matches!(d, Slice::Index { .. })) {
            let elts = dims
                .into_iter()
                .map(|d| match d {
                    Slice::Index { value } => *value,
                    _ => unreachable!("all dims are indexes"),
                })
                .collect();
            return Ok(Slice::Index {
                value: Box::new(tuple(elts, pos)),
            });
        }
        Ok(Slice::ExtSlice { dims })
    }

    /// `subscript: '.' '.' '.' | test | [test] ':' [test] [sliceop]`, `sliceop: ':' [test]`
    fn subscript(&mut self) -> PResult<Slice> {
        self.rule(1, |p| p.subscript_body())
    }

    fn subscript_body(&mut self) -> PResult<Slice> {
        if self.at(T::Dot) {
            self.bump()?;
            self.expect(T::Dot)?;
            self.expect(T::Dot)?;
            return Ok(Slice::Ellipsis);
        }
        let lower = if self.at(T::Colon) {
            None
        } else {
            let e = self.test()?;
            if !self.at(T::Colon) {
                return Ok(Slice::Index { value: Box::new(e) });
            }
            Some(Box::new(e))
        };
        self.expect(T::Colon)?;
        let upper = if self.starts_test() {
            Some(Box::new(self.test()?))
        } else {
            None
        };
        let mut step = None;
        if self.at(T::Colon) {
            let colon = self.bump()?;
            step = Some(if self.starts_test() {
                Box::new(self.rule(1, |p| p.test())?)
            } else {
                boxed(
                    ExprKind::Name {
                        id: "None".into(),
                        ctx: ExprContext::Load,
                    },
                    colon.cpython_pos(),
                )
            });
        }
        Ok(Slice::Slice { lower, upper, step })
    }

    /// `'(' [arglist] ')'` after `func`, whose expression starts at `pos`.
    /// `arglist: (argument ',')* (argument [','] | '*' test (',' argument)* [',' '**' test] |
    ///            '**' test)`, `argument: test [comp_for] | test '=' test`
    pub(super) fn call(&mut self, func: Expr, pos: Pos) -> PResult<Expr> {
        self.rule(2, |p| p.call_body(func, pos))
    }

    fn call_body(&mut self, func: Expr, pos: Pos) -> PResult<Expr> {
        self.bump()?;
        let list_line = self.tok.cpython_pos().lineno;
        let mut items: Vec<Arg> = Vec::new();
        let mut starargs = None;
        let mut kwargs = None;
        while !self.at(T::RPar) {
            if self.eat(T::Star)? {
                starargs = Some(Box::new(self.test()?));
                while self.eat(T::Comma)? {
                    if self.eat(T::DoubleStar)? {
                        kwargs = Some(Box::new(self.test()?));
                        break;
                    }
                    items.push(match self.argument()? {
                        Arg::Plain(e) | Arg::Gen(e) => Arg::AfterStar(e),
                        keyword => keyword,
                    });
                }
                break;
            }
            if self.eat(T::DoubleStar)? {
                kwargs = Some(Box::new(self.test()?));
                break;
            }
            items.push(self.argument()?);
            if !self.eat(T::Comma)? {
                break;
            }
        }
        self.expect(T::RPar)?;
        let (args, keywords) = self.check_arguments(items, list_line);
        Ok(expr(
            ExprKind::Call {
                func: Box::new(func),
                args,
                keywords,
                starargs,
                kwargs,
            },
            pos,
        ))
    }

    fn argument(&mut self) -> PResult<Arg> {
        self.rule(1, |p| p.argument_body())
    }

    fn argument_body(&mut self) -> PResult<Arg> {
        let pos = self.pos();
        let e = self.test()?;
        if self.at_kw("for") {
            let generators = self.comprehension(CompKind::Other)?;
            return Ok(Arg::Gen(expr(
                ExprKind::GeneratorExp {
                    elt: Box::new(e),
                    generators,
                },
                pos,
            )));
        }
        if !self.eat(T::Equal)? {
            return Ok(Arg::Plain(e));
        }
        let value = self.test()?;
        Ok(Arg::Keyword(e, value))
    }

    /// `ast_for_call`'s checks, in its order.
    fn check_arguments(&mut self, items: Vec<Arg>, list_line: u32) -> (Vec<Expr>, Vec<Keyword>) {
        let gens = items.iter().filter(|a| matches!(a, Arg::Gen(_))).count();
        if gens > 1 || (gens == 1 && items.len() > 1) {
            self.ast_error(
                "Generator expression must be parenthesized if not sole argument",
                list_line,
            );
        } else if items.len() > 255 {
            self.ast_error("more than 255 arguments", list_line);
        }
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        for item in items {
            match item {
                Arg::Plain(e) | Arg::Gen(e) => {
                    if !keywords.is_empty() {
                        self.ast_error("non-keyword arg after keyword arg", e.pos.lineno);
                    }
                    args.push(e);
                }
                Arg::AfterStar(e) => {
                    self.ast_error("only named arguments may follow *expression", e.pos.lineno);
                    args.push(e);
                }
                Arg::Keyword(key, value) => {
                    let line = key.pos.lineno;
                    let arg = match key.kind {
                        ExprKind::Name { id, .. } => {
                            self.forbidden_name(&id, line);
                            if keywords.iter().any(|k| k.arg == id) {
                                self.ast_error("keyword argument repeated", line);
                            }
                            id
                        }
                        ExprKind::Lambda { .. } => {
                            self.ast_error("lambda cannot contain assignment", line);
                            String::new()
                        }
                        _ => {
                            self.ast_error("keyword can't be an expression", line);
                            String::new()
                        }
                    };
                    keywords.push(Keyword { arg, value });
                }
            }
        }
        (args, keywords)
    }
}

/// One call argument, before `ast_for_call`'s checks.
enum Arg {
    Plain(Expr),
    Gen(Expr),
    Keyword(Expr, Expr),
    /// A positional argument after `*args`.
    AfterStar(Expr),
}

pub(super) fn tuple(elts: Vec<Expr>, pos: Pos) -> Expr {
    expr(
        ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        },
        pos,
    )
}
