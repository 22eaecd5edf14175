//! Lowering of expressions, in CPython 2.7's evaluation order (`compiler_visit_expr`).
//!
//! In: an expression and a destination temporary. Out: instructions leaving its value there.
//! Sub-expressions go to temporaries above the destination, released when the expression is done.
//! The current line is raised to each sub-expression's line as it is visited, never lowered.
//!
//! Tests (`if`, `while`, `assert`, conditional expressions, comprehension filters) branch directly
//! on `and`/`or`/`not` as CPython's peephole pass makes its jumps do, so each operand's truth is
//! tested once; in value context `and`/`or` leave the deciding operand's value, and an operand
//! that is itself `and`/`or` jumps straight past the enclosing test as CPython's does.
//!
//! `expr_to` only dispatches; each kind has its own function, so the native frames of one level
//! of expression nesting stay small.

use super::stmt::{simple_slice, str_const};
use super::{Lowerer, UnitSpec};
use crate::compile::ir::*;
use crate::syntax::ast::{self, BoolOp, Comprehension, Expr, ExprKind, Slice};

impl<'c> Lowerer<'c> {
    /// Evaluates `e` into a new temporary.
    pub(super) fn expr(&mut self, e: &Expr) -> Slot {
        let t = self.temp();
        self.expr_to(e, t);
        t
    }

    pub(super) fn expr_to(&mut self, e: &Expr, dst: Slot) {
        if e.pos.lineno > self.line {
            self.line = e.pos.lineno;
        }
        let m = self.mark();
        match &e.kind {
            ExprKind::BoolOp { op, values } => self.bool_op(*op, values, dst),
            ExprKind::BinOp { .. }
            | ExprKind::Call { .. }
            | ExprKind::Attribute { .. }
            | ExprKind::Subscript { .. } => self.spine(e, dst),
            ExprKind::UnaryOp { op, operand } => self.unary(*op, operand, dst),
            ExprKind::Lambda { args, body } => self.lambda(e, args, body, dst),
            ExprKind::IfExp { test, body, orelse } => self.if_exp(test, body, orelse, dst),
            ExprKind::Dict { keys, values } => self.dict(keys, values, dst),
            ExprKind::Set { elts } => {
                let items = self.exprs_to_range(elts);
                self.emit(Inst::BuildSet { dst, items });
            }
            ExprKind::ListComp { elt, generators } => self.list_comp(elt, generators, dst),
            ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.comprehension_unit(e, dst),
            ExprKind::Yield { value } => self.yield_(value.as_deref(), dst),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators, dst),
            ExprKind::Repr { value } => {
                let a = self.expr(value);
                self.emit(Inst::Unary {
                    dst,
                    op: UnOp::Repr,
                    a,
                });
            }
            ExprKind::Num { n } => self.load_const(num_const(n), dst),
            ExprKind::Str { s } => self.load_const(str_const(s), dst),
            ExprKind::Name { id, .. } => self.load_var(id, dst),
            ExprKind::List { elts, .. } => {
                let items = self.exprs_to_range(elts);
                self.emit(Inst::BuildList { dst, items });
            }
            ExprKind::Tuple { elts, .. } => {
                if foldable(e) {
                    let c = self.fold(e);
                    self.load_const(c, dst);
                } else {
                    let items = self.exprs_to_range(elts);
                    self.emit(Inst::BuildTuple { dst, items });
                }
            }
        }
        self.release(m);
    }

    pub(super) fn bin_op_of(&self, op: ast::Operator) -> BinOp {
        match op {
            ast::Operator::Add => BinOp::Add,
            ast::Operator::Sub => BinOp::Sub,
            ast::Operator::Mult => BinOp::Mul,
            ast::Operator::Div if self.ctx.flags.division => BinOp::TrueDiv,
            ast::Operator::Div => BinOp::Div,
            ast::Operator::Mod => BinOp::Mod,
            ast::Operator::Pow => BinOp::Pow,
            ast::Operator::LShift => BinOp::LShift,
            ast::Operator::RShift => BinOp::RShift,
            ast::Operator::BitOr => BinOp::Or,
            ast::Operator::BitXor => BinOp::Xor,
            ast::Operator::BitAnd => BinOp::And,
            ast::Operator::FloorDiv => BinOp::FloorDiv,
        }
    }

    /// A chain of binary operators, calls, attributes and subscripts on a left operand
    /// (`a + b + c`, `a.b(c)[d]`): these nest as deep as the parser's chain limit (20,000), so
    /// the chain is walked in a loop: the innermost operand first, then each link outward,
    /// alternating between two temporaries, the last link into `dst`.
    fn spine(&mut self, e: &Expr, dst: Slot) {
        let mut links: Vec<&Expr> = Vec::new();
        let mut cur = e;
        loop {
            if cur.pos.lineno > self.line {
                self.line = cur.pos.lineno;
            }
            let next = match &cur.kind {
                ExprKind::BinOp { left, .. } => left,
                ExprKind::Call { func, .. } => func,
                ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } => value,
                _ => break,
            };
            links.push(cur);
            cur = next;
        }
        let mut acc = self.expr(cur);
        let mut other = if links.len() > 1 { self.temp() } else { dst };
        links.reverse();
        let mut i = 0;
        while i < links.len() {
            let link = links[i];
            let m = self.mark();
            // `o.attr(...)`: one method call, no bound method in between.
            if let (ExprKind::Attribute { attr, .. }, Some(call)) = (&link.kind, links.get(i + 1)) {
                if self.method_call(
                    acc,
                    attr,
                    call,
                    if i + 2 == links.len() { dst } else { other },
                ) {
                    self.release(m);
                    std::mem::swap(&mut acc, &mut other);
                    i += 2;
                    continue;
                }
            }
            let out = if i + 1 == links.len() { dst } else { other };
            i += 1;
            match &link.kind {
                ExprKind::BinOp { op, right, .. } => self.binary(acc, *op, right, out),
                ExprKind::Call {
                    args,
                    keywords,
                    starargs,
                    kwargs,
                    ..
                } => self.call(
                    acc,
                    args,
                    keywords,
                    starargs.as_deref(),
                    kwargs.as_deref(),
                    out,
                ),
                ExprKind::Attribute { attr, .. } => self.attribute(acc, attr, out),
                ExprKind::Subscript { slice, .. } => self.subscript(acc, slice, out),
                _ => {}
            }
            self.release(m);
            std::mem::swap(&mut acc, &mut other);
        }
    }

    fn binary(&mut self, a: Slot, op: ast::Operator, right: &Expr, dst: Slot) {
        let b = self.expr(right);
        let op = self.bin_op_of(op);
        let site = self.site();
        self.emit(Inst::Binary {
            dst,
            op,
            a,
            b,
            site,
        });
    }

    fn unary(&mut self, op: ast::UnaryOp, operand: &Expr, dst: Slot) {
        let a = self.expr(operand);
        let op = match op {
            ast::UnaryOp::Invert => UnOp::Invert,
            ast::UnaryOp::Not => UnOp::Not,
            ast::UnaryOp::UAdd => UnOp::Pos,
            ast::UnaryOp::USub => UnOp::Neg,
        };
        self.emit(Inst::Unary { dst, op, a });
    }

    /// Branches to `if_true` or `if_false` on the truth of `e`.
    pub(super) fn branch_on(&mut self, e: &Expr, if_true: BlockId, if_false: BlockId) {
        if e.pos.lineno > self.line {
            self.line = e.pos.lineno;
        }
        match &e.kind {
            ExprKind::UnaryOp {
                op: ast::UnaryOp::Not,
                operand,
            } if !matches!(operand.kind, ExprKind::BoolOp { .. }) => {
                self.branch_on(operand, if_false, if_true)
            }
            ExprKind::BoolOp { op, values } if !values.is_empty() => {
                let last = values.len() - 1;
                for v in &values[..last] {
                    let next = self.new_block();
                    match op {
                        BoolOp::And => self.branch_on(v, next, if_false),
                        BoolOp::Or => self.branch_on(v, if_true, next),
                    }
                    self.start(next);
                }
                self.branch_on(&values[last], if_true, if_false);
            }
            _ => {
                let m = self.mark();
                let c = self.expr(e);
                self.terminate(Terminator::Branch {
                    cond: c,
                    if_true,
                    if_false,
                });
                self.release(m);
            }
        }
    }

    /// Evaluates `e` into `dst` and branches on its truth (the value stays in `dst`).
    fn value_branch(&mut self, e: &Expr, dst: Slot, if_true: BlockId, if_false: BlockId) {
        match &e.kind {
            ExprKind::BoolOp { op, values } if !values.is_empty() => {
                if e.pos.lineno > self.line {
                    self.line = e.pos.lineno;
                }
                let last = values.len() - 1;
                for v in &values[..last] {
                    let next = self.new_block();
                    match op {
                        BoolOp::And => self.value_branch(v, dst, next, if_false),
                        BoolOp::Or => self.value_branch(v, dst, if_true, next),
                    }
                    self.start(next);
                }
                self.value_branch(&values[last], dst, if_true, if_false);
            }
            _ => {
                self.expr_to(e, dst);
                self.terminate(Terminator::Branch {
                    cond: dst,
                    if_true,
                    if_false,
                });
            }
        }
    }

    fn bool_op(&mut self, op: BoolOp, values: &[Expr], dst: Slot) {
        let Some((last, rest)) = values.split_last() else {
            return;
        };
        let end = self.new_block();
        for v in rest {
            let next = self.new_block();
            match op {
                BoolOp::And => self.value_branch(v, dst, next, end),
                BoolOp::Or => self.value_branch(v, dst, end, next),
            }
            self.start(next);
        }
        self.expr_to(last, dst);
        self.jump_start(end);
    }

    fn if_exp(&mut self, test: &Expr, body: &Expr, orelse: &Expr, dst: Slot) {
        let then = self.new_block();
        let els = self.new_block();
        let end = self.new_block();
        self.branch_on(test, then, els);
        self.start(then);
        self.expr_to(body, dst);
        self.jump(end);
        self.start(els);
        self.expr_to(orelse, dst);
        self.jump_start(end);
    }

    fn dict(&mut self, keys: &[Expr], values: &[Expr], dst: Slot) {
        self.emit(Inst::BuildDict { dst });
        for (k, v) in keys.iter().zip(values) {
            let m = self.mark();
            let value = self.expr(v);
            let key = self.expr(k);
            self.emit(Inst::DictSet {
                dict: dst,
                key,
                value,
            });
            self.release(m);
        }
    }

    /// The value of a constant tuple display (after `foldable`), raising the line through its
    /// elements as visiting them would.
    fn fold(&mut self, e: &Expr) -> Const {
        if e.pos.lineno > self.line {
            self.line = e.pos.lineno;
        }
        match &e.kind {
            ExprKind::Num { n } => num_const(n),
            ExprKind::Str { s } => str_const(s),
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                Const::Tuple(elts.iter().map(|x| self.fold(x)).collect())
            }
            _ => Const::None,
        }
    }

    fn compare(&mut self, left: &Expr, ops: &[ast::CmpOp], comparators: &[Expr], dst: Slot) {
        let mut a = self.expr(left);
        let mut b = self.temp();
        let end = self.new_block();
        for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
            // CPython's peephole pass turns a list of constants right before `in`/`not in` into a
            // constant tuple.
            let list_in = i + 1 == ops.len()
                && matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn)
                && matches!(&c.kind, ExprKind::List { elts, .. } if elts.iter().all(foldable));
            if list_in {
                let k = self.fold(c);
                self.load_const(k, b);
            } else {
                self.expr_to(c, b);
            }
            let site = self.site();
            self.emit(Inst::Compare {
                dst,
                op: cmp_op(*op),
                a,
                b,
                site,
            });
            if i + 1 < ops.len() {
                let next = self.new_block();
                self.terminate(Terminator::Branch {
                    cond: dst,
                    if_true: next,
                    if_false: end,
                });
                self.start(next);
            }
            std::mem::swap(&mut a, &mut b);
        }
        if ops.len() > 1 {
            self.jump_start(end);
        }
    }

    /// `obj.attr(args)` when `call` is a call without `*`/`**` arguments: `LoadMethod` into a
    /// function temporary and the self slot heading the arguments, then a method `Call`. False
    /// (nothing emitted) for other calls.
    fn method_call(&mut self, obj: Slot, attr: &str, call: &Expr, dst: Slot) -> bool {
        let ExprKind::Call {
            args,
            keywords,
            starargs: None,
            kwargs: None,
            ..
        } = &call.kind
        else {
            return false;
        };
        let func = self.temp();
        let range = self.temps(1 + args.len() + keywords.len());
        let name = self.mangled_id(attr);
        let site = self.site();
        self.emit(Inst::LoadMethod {
            dst: func,
            self_: range.start,
            obj,
            name,
            site,
        });
        self.call_into(func, range, 1, args, keywords, None, None, dst);
        true
    }

    fn call(
        &mut self,
        f: Slot,
        args: &[Expr],
        keywords: &[ast::Keyword],
        starargs: Option<&Expr>,
        kwargs: Option<&Expr>,
        dst: Slot,
    ) {
        let range = self.temps(args.len() + keywords.len());
        self.call_into(f, range, 0, args, keywords, starargs, kwargs, dst);
    }

    /// Evaluates the arguments into `range` after its first `skip` slots (1: a method call's
    /// self slot) and emits the `Call`.
    #[allow(clippy::too_many_arguments)]
    fn call_into(
        &mut self,
        f: Slot,
        range: SlotRange,
        skip: u32,
        args: &[Expr],
        keywords: &[ast::Keyword],
        starargs: Option<&Expr>,
        kwargs: Option<&Expr>,
        dst: Slot,
    ) {
        for (i, a) in args.iter().enumerate() {
            self.expr_to(a, range.start + skip + i as u32);
        }
        for (j, k) in keywords.iter().enumerate() {
            self.expr_to(&k.value, range.start + skip + (args.len() + j) as u32);
        }
        let star = starargs.map(|e| self.expr(e));
        let dstar = kwargs.map(|e| self.expr(e));
        let kwnames = if keywords.is_empty() {
            None
        } else {
            let names = keywords
                .iter()
                .map(|k| Const::Str(k.arg.as_bytes().to_vec()))
                .collect();
            Some(self.add_const(Const::Tuple(names)))
        };
        let site = self.site();
        self.emit(Inst::Call {
            dst,
            func: f,
            args: range,
            kwnames,
            star,
            dstar,
            site,
            method: skip == 1,
        });
    }

    fn attribute(&mut self, obj: Slot, attr: &str, dst: Slot) {
        let name = self.mangled_id(attr);
        let site = self.site();
        self.emit(Inst::GetAttr {
            dst,
            obj,
            name,
            site,
        });
    }

    fn subscript(&mut self, obj: Slot, slice: &Slice, dst: Slot) {
        match simple_slice(slice) {
            Some((lo, hi)) => {
                let lo = lo.map(|e| self.expr(e));
                let hi = hi.map(|e| self.expr(e));
                self.emit(Inst::GetSlice { dst, obj, lo, hi });
            }
            None => {
                let key = self.slice_key(slice);
                let site = self.site();
                self.emit(Inst::GetItem {
                    dst,
                    obj,
                    key,
                    site,
                });
            }
        }
    }

    /// The key of a subscript that is not a simple slice: an index, `Ellipsis`, a slice object,
    /// or a tuple of those (extended slices).
    pub(super) fn slice_key(&mut self, s: &Slice) -> Slot {
        let t = self.temp();
        self.slice_to(s, t);
        t
    }

    fn slice_to(&mut self, s: &Slice, dst: Slot) {
        match s {
            Slice::Index { value } => self.expr_to(value, dst),
            Slice::Ellipsis => self.load_const(Const::Ellipsis, dst),
            Slice::Slice { lower, upper, step } => {
                let lo = lower.as_deref().map(|e| self.expr(e));
                let hi = upper.as_deref().map(|e| self.expr(e));
                let step = step.as_deref().map(|e| self.expr(e));
                self.emit(Inst::BuildSlice { dst, lo, hi, step });
            }
            Slice::ExtSlice { dims } => {
                let items = self.temps(dims.len());
                for (i, d) in dims.iter().enumerate() {
                    self.slice_to(d, items.start + i as u32);
                }
                self.emit(Inst::BuildTuple { dst, items });
            }
        }
    }

    fn yield_(&mut self, value: Option<&Expr>, dst: Slot) {
        let v = match value {
            Some(v) => self.expr(v),
            None => self.none(),
        };
        let resume = self.new_block();
        self.terminate(Terminator::Yield {
            value: v,
            dst,
            resume,
        });
        self.start(resume);
    }

    fn lambda(&mut self, e: &Expr, args: &ast::Arguments, body: &Expr, dst: Slot) {
        let defaults = self.exprs_to_range(&args.defaults);
        let Some(scope) = self.ctx.table.block_of_expr(e) else {
            return self.fail("internal error: no scope for lambda");
        };
        let private = self.private.clone();
        let generator = self.ctx.table.blocks[scope].is_generator();
        self.nested_unit(
            UnitSpec {
                scope,
                kind: UnitKind::Lambda,
                name: "<lambda>".to_string(),
                first_line: e.pos.lineno,
                private,
            },
            defaults,
            dst,
            |u| {
                u.set_params(args);
                u.prologue(args, body.pos.lineno);
                let v = u.expr(body);
                if generator {
                    u.return_none();
                } else {
                    u.terminate(Terminator::Return { value: v });
                }
            },
        );
    }

    /// A list comprehension, inline: its loop variables are the enclosing scope's.
    fn list_comp(&mut self, elt: &Expr, generators: &[Comprehension], dst: Slot) {
        let items = self.temps(0);
        self.emit(Inst::BuildList { dst, items });
        self.comprehension_loops(generators, None, |l| {
            let item = l.expr(elt);
            l.emit(Inst::ListAppend { list: dst, item });
        });
    }

    /// The nested loops of a comprehension, then `innermost` in the innermost loop. The loops are
    /// laid out one after another (no native recursion per loop). `first_iter`: the outermost
    /// iterator, already evaluated (the `.0` of a generator expression's unit).
    fn comprehension_loops(
        &mut self,
        generators: &[Comprehension],
        first_iter: Option<Slot>,
        innermost: impl FnOnce(&mut Self),
    ) {
        let end = self.new_block();
        let mut headers: Vec<BlockId> = Vec::with_capacity(generators.len());
        let mut iters: Vec<Slot> = Vec::with_capacity(generators.len());
        for (i, g) in generators.iter().enumerate() {
            let it = match (i, first_iter) {
                (0, Some(it)) => it,
                _ => {
                    let v = self.expr(&g.iter);
                    let it = self.temp();
                    self.emit(Inst::GetIter { dst: it, src: v });
                    iters.push(it);
                    it
                }
            };
            let header = self.new_block();
            let body = self.new_block();
            self.jump_start(header);
            self.mark_loop_header(header);
            let x = self.temp();
            let exit = headers.last().copied().unwrap_or(end);
            self.terminate(Terminator::ForIter {
                iter: it,
                dst: x,
                body,
                exit,
            });
            self.start(body);
            self.assign(&g.target, x);
            for cond in &g.ifs {
                let next = self.new_block();
                self.branch_on(cond, next, header);
                self.start(next);
            }
            headers.push(header);
        }
        innermost(self);
        if let Some(&h) = headers.last() {
            self.jump(h);
        }
        self.start(end);
        // The iterators the comprehension made must not outlive it (CPython pops them).
        for slot in iters {
            self.emit(Inst::Clear { slot });
        }
    }

    /// A generator expression or set/dict comprehension: its own unit, called with the iterator
    /// of the outermost iterable (evaluated here, after the function is made).
    fn comprehension_unit(&mut self, e: &Expr, dst: Slot) {
        let (kind, name, generators) = match &e.kind {
            ExprKind::GeneratorExp { generators, .. } => {
                (UnitKind::GenExpr, "<genexpr>", generators)
            }
            ExprKind::SetComp { generators, .. } => (UnitKind::SetComp, "<setcomp>", generators),
            ExprKind::DictComp { generators, .. } => (UnitKind::DictComp, "<dictcomp>", generators),
            _ => return,
        };
        let Some(outermost) = generators.first() else {
            return self.fail("comprehension with no loop");
        };
        let Some(scope) = self.ctx.table.block_of_expr(e) else {
            return self.fail("internal error: no scope for comprehension");
        };
        let f = self.temp();
        let private = self.private.clone();
        let empty = self.temps(0);
        self.nested_unit(
            UnitSpec {
                scope,
                kind,
                name: name.to_string(),
                first_line: e.pos.lineno,
                private,
            },
            empty,
            f,
            |u| {
                u.params = Params {
                    argcount: 1,
                    varargs: false,
                    varkw: false,
                };
                let it = u.temp();
                let local = u.local(".0");
                u.emit(Inst::LoadFast { dst: it, local });
                match &e.kind {
                    ExprKind::GeneratorExp { elt, generators } => {
                        u.comprehension_loops(generators, Some(it), |l| {
                            let m = l.mark();
                            let value = l.expr(elt);
                            let sent = l.temp();
                            let resume = l.new_block();
                            l.terminate(Terminator::Yield {
                                value,
                                dst: sent,
                                resume,
                            });
                            l.start(resume);
                            l.release(m);
                        });
                        u.return_none();
                    }
                    ExprKind::SetComp { elt, generators } => {
                        let set = u.temp();
                        let items = u.temps(0);
                        u.emit(Inst::BuildSet { dst: set, items });
                        u.comprehension_loops(generators, Some(it), |l| {
                            let item = l.expr(elt);
                            l.emit(Inst::SetAdd { set, item });
                        });
                        u.terminate(Terminator::Return { value: set });
                    }
                    ExprKind::DictComp {
                        key,
                        value,
                        generators,
                    } => {
                        let dict = u.temp();
                        u.emit(Inst::BuildDict { dst: dict });
                        u.comprehension_loops(generators, Some(it), |l| {
                            let value = l.expr(value);
                            let key = l.expr(key);
                            l.emit(Inst::DictSet { dict, key, value });
                        });
                        u.terminate(Terminator::Return { value: dict });
                    }
                    _ => {}
                }
            },
        );
        let v = self.expr(&outermost.iter);
        let args = self.temps(1);
        self.emit(Inst::GetIter {
            dst: args.start,
            src: v,
        });
        let site = self.site();
        self.emit(Inst::Call {
            dst,
            func: f,
            args,
            kwnames: None,
            star: None,
            dstar: None,
            site,
            method: false,
        });
    }
}

/// A tuple display CPython's peephole pass turns into one constant: numbers, strings, `None` and
/// such tuples (empty included).
pub(super) fn foldable(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Num { .. } | ExprKind::Str { .. } => true,
        ExprKind::Name { id, .. } => id == "None",
        ExprKind::Tuple { elts, .. } => elts.iter().all(foldable),
        _ => false,
    }
}

fn num_const(n: &ast::Number) -> Const {
    match n {
        ast::Number::Int(i) => Const::Int(*i),
        ast::Number::Long(l) => Const::Long(l.clone()),
        ast::Number::Float(f) => Const::Float(*f),
        ast::Number::Complex { real, imag } => Const::Complex {
            real: *real,
            imag: *imag,
        },
    }
}

fn cmp_op(op: ast::CmpOp) -> CmpOp {
    match op {
        ast::CmpOp::Eq => CmpOp::Eq,
        ast::CmpOp::NotEq => CmpOp::Ne,
        ast::CmpOp::Lt => CmpOp::Lt,
        ast::CmpOp::LtE => CmpOp::Le,
        ast::CmpOp::Gt => CmpOp::Gt,
        ast::CmpOp::GtE => CmpOp::Ge,
        ast::CmpOp::Is => CmpOp::Is,
        ast::CmpOp::IsNot => CmpOp::IsNot,
        ast::CmpOp::In => CmpOp::In,
        ast::CmpOp::NotIn => CmpOp::NotIn,
    }
}
