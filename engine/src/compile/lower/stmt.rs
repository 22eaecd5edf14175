//! Lowering of statements, in CPython 2.7's code generation order (`compiler_visit_stmt`).
//!
//! In: statements of the unit being built. Out: instructions and blocks appended to it. Each
//! statement sets the current line to its own and releases the temporaries it used.
//!
//! Control flow: `if`/`while` skip bodies under a constant false test as CPython does;
//! `try`/`except` dispatches in a handler block (`FetchExc`, then each clause's `ExcMatch` in
//! order, `Reraise` when none matches); `try`/`finally` and `with` follow the selector scheme the
//! `ir` module describes; `break`/`continue`/`return` unwind the frame-block stack
//! (`Lowerer::unwind`).

use super::{FBlock, Lowerer, UnitSpec};
use crate::compile::ir::*;
use crate::syntax::ast::{self, ExprKind, Slice, Stmt, StmtKind};
use crate::syntax::check::codegen::{constant, is_docstring};

impl<'c> Lowerer<'c> {
    pub(super) fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    /// A module or class body: a leading docstring is stored as `__doc__`.
    pub(super) fn body_with_docstring(&mut self, body: &[Stmt]) {
        let rest = match body.first() {
            Some(first) if is_docstring(first) => {
                if let StmtKind::Expr { value } = &first.kind {
                    self.line = first.pos.lineno;
                    let m = self.mark();
                    let doc = self.docstring(value);
                    let t = self.temp();
                    self.load_const(doc, t);
                    let name = self.name_id("__doc__");
                    self.emit(Inst::StoreName { name, src: t });
                    self.release(m);
                }
                &body[1..]
            }
            _ => body,
        };
        self.stmts(rest);
    }

    /// The docstring constant of `value` (a `Str`), recorded as the unit's `doc`.
    fn docstring(&mut self, value: &ast::Expr) -> Const {
        if value.pos.lineno > self.line {
            self.line = value.pos.lineno;
        }
        let c = match &value.kind {
            ExprKind::Str { s } => str_const(s),
            _ => Const::None,
        };
        self.doc = Some(c.clone());
        c
    }

    fn stmt(&mut self, s: &Stmt) {
        self.line = s.pos.lineno;
        let m = self.mark();
        match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
            } => self.function_def(s, name, args, body, decorator_list),
            StmtKind::ClassDef {
                name,
                bases,
                body,
                decorator_list,
            } => self.class_def(s, name, bases, body, decorator_list),
            StmtKind::Return { value } => {
                let v = match value {
                    Some(v) => self.expr(v),
                    None => self.none(),
                };
                let saved = self.handler;
                let v = self.unwind(0, Some(v)).unwrap_or(v);
                self.terminate(Terminator::Return { value: v });
                self.handler = saved;
            }
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.delete(t);
                }
            }
            StmtKind::Assign { targets, value } if parallel_assign(targets, value) => {
                // `a, b = x, y` with up to three names: CPython's peephole pass drops the tuple
                // and its unpacking; the values are stored straight into the targets.
                if let (
                    [ast::Expr {
                        kind: ExprKind::Tuple { elts: t, .. } | ExprKind::List { elts: t, .. },
                        ..
                    }],
                    ExprKind::Tuple { elts: v, .. } | ExprKind::List { elts: v, .. },
                ) = (targets.as_slice(), &value.kind)
                {
                    if value.pos.lineno > self.line {
                        self.line = value.pos.lineno;
                    }
                    let values = self.exprs_to_range(v);
                    for (i, target) in t.iter().enumerate() {
                        let m = self.mark();
                        self.assign(target, values.start + i as u32);
                        self.release(m);
                    }
                }
            }
            StmtKind::Assign { targets, value } => {
                let v = self.expr(value);
                for t in targets {
                    let m = self.mark();
                    self.assign(t, v);
                    self.release(m);
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::Print { dest, values, nl } => {
                let dest = dest.as_ref().map(|d| self.expr(d));
                for v in values {
                    let m = self.mark();
                    let value = self.expr(v);
                    self.emit(Inst::PrintItem { dest, value });
                    self.release(m);
                }
                if *nl {
                    self.emit(Inst::PrintNewline { dest });
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => self.for_loop(target, iter, body, orelse),
            StmtKind::While { test, body, orelse } => self.while_loop(test, body, orelse),
            StmtKind::If { .. } => self.if_chain(s),
            StmtKind::With {
                context_expr,
                optional_vars,
                body,
            } => self.with(context_expr, optional_vars.as_ref(), body),
            StmtKind::Raise { type_, inst, tback } => {
                let ty = type_.as_ref().map(|e| self.expr(e));
                let value = inst.as_ref().map(|e| self.expr(e));
                let tb = tback.as_ref().map(|e| self.expr(e));
                self.terminate(Terminator::Raise { ty, value, tb });
            }
            StmtKind::TryExcept {
                body,
                handlers,
                orelse,
            } => self.try_except(body, handlers, orelse),
            StmtKind::TryFinally { body, finalbody } => self.try_finally(body, finalbody),
            StmtKind::Assert { test, msg } => {
                let ok = self.new_block();
                let fail = self.new_block();
                self.branch_on(test, ok, fail);
                self.start(fail);
                let ae = self.temp();
                let name = self.name_id("AssertionError");
                self.emit(Inst::LoadGlobal { dst: ae, name });
                let exc = match msg {
                    Some(msg) => {
                        let args = self.temps(1);
                        self.expr_to(msg, args.start);
                        let e = self.temp();
                        let site = self.site();
                        self.emit(Inst::Call {
                            dst: e,
                            func: ae,
                            args,
                            kwnames: None,
                            star: None,
                            dstar: None,
                            site,
                            method: false,
                        });
                        e
                    }
                    None => ae,
                };
                self.terminate(Terminator::Raise {
                    ty: Some(exc),
                    value: None,
                    tb: None,
                });
                self.start(ok);
            }
            StmtKind::Import { names } => self.import(names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(module.as_deref(), names, *level),
            StmtKind::Exec {
                body,
                globals,
                locals,
            } => {
                let code = self.expr(body);
                let globals = globals.as_ref().map(|e| self.expr(e));
                let locals = locals.as_ref().map(|e| self.expr(e));
                self.emit(Inst::Exec {
                    code,
                    globals,
                    locals,
                });
            }
            StmtKind::Global { .. } | StmtKind::Pass => {}
            StmtKind::Expr { value } => {
                if self.interactive {
                    let v = self.expr(value);
                    self.emit(Inst::PrintExpr { value: v });
                } else if !matches!(value.kind, ExprKind::Str { .. } | ExprKind::Num { .. }) {
                    self.expr(value);
                }
            }
            StmtKind::Break => self.break_(),
            StmtKind::Continue => self.continue_(),
        }
        self.release(m);
    }

    /// `if` with its `elif`s (an `If` alone in an `orelse`), in a loop: `elif` chains are as long
    /// as the parser's chain limit allows.
    fn if_chain(&mut self, s: &Stmt) {
        let after = self.new_block();
        let mut cur = s;
        while let StmtKind::If { test, body, orelse } = &cur.kind {
            self.line = cur.pos.lineno;
            match constant(test) {
                Some(true) => {
                    self.stmts(body);
                    break;
                }
                Some(false) => {}
                None => {
                    let then = self.new_block();
                    let els = self.new_block();
                    self.branch_on(test, then, els);
                    self.start(then);
                    self.stmts(body);
                    self.jump(after);
                    self.start(els);
                }
            }
            match orelse.as_slice() {
                [only] if matches!(only.kind, StmtKind::If { .. }) => cur = only,
                _ => {
                    self.stmts(orelse);
                    break;
                }
            }
        }
        self.jump_start(after);
    }

    fn function_def(
        &mut self,
        s: &Stmt,
        name: &str,
        args: &ast::Arguments,
        body: &[Stmt],
        decorator_list: &[ast::Expr],
    ) {
        let decorators: Vec<Slot> = decorator_list.iter().map(|d| self.expr(d)).collect();
        let defaults = self.exprs_to_range(&args.defaults);
        let Some(scope) = self.ctx.table.block_of(s) else {
            return self.fail("internal error: no scope for def");
        };
        let f = self.temp();
        let private = self.private.clone();
        self.nested_unit(
            UnitSpec {
                scope,
                kind: UnitKind::Function,
                name: name.to_string(),
                first_line: s.pos.lineno,
                private,
            },
            defaults,
            f,
            |u| {
                u.set_params(args);
                let rest = match body.first() {
                    Some(first) if is_docstring(first) => {
                        if let StmtKind::Expr { value } = &first.kind {
                            u.doc = Some(match &value.kind {
                                ExprKind::Str { s } => str_const(s),
                                _ => Const::None,
                            });
                        }
                        &body[1..]
                    }
                    _ => body,
                };
                u.prologue(args, rest.first().map_or(0, |s| s.pos.lineno));
                u.stmts(rest);
                u.return_none();
            },
        );
        let f = self.apply_decorators(&decorators, f);
        self.store_var(name, f);
    }

    pub(super) fn set_params(&mut self, args: &ast::Arguments) {
        self.params = Params {
            argcount: args.args.len() as u32,
            varargs: args.vararg.is_some(),
            varkw: args.kwarg.is_some(),
        };
    }

    fn apply_decorators(&mut self, decorators: &[Slot], mut f: Slot) -> Slot {
        for &d in decorators.iter().rev() {
            let args = self.temps(1);
            self.emit(Inst::Move {
                dst: args.start,
                src: f,
            });
            let r = self.temp();
            let site = self.site();
            self.emit(Inst::Call {
                dst: r,
                func: d,
                args,
                kwnames: None,
                star: None,
                dstar: None,
                site,
                method: false,
            });
            f = r;
        }
        f
    }

    fn class_def(
        &mut self,
        s: &Stmt,
        name: &str,
        bases: &[ast::Expr],
        body: &[Stmt],
        decorator_list: &[ast::Expr],
    ) {
        let decorators: Vec<Slot> = decorator_list.iter().map(|d| self.expr(d)).collect();
        let name_c = self.add_const(Const::Str(name.as_bytes().to_vec()));
        let bases_t = self.temp();
        if bases.is_empty() {
            // CPython's peephole pass makes the empty tuple a constant.
            self.load_const(Const::Tuple(Vec::new()), bases_t);
        } else {
            let items = self.exprs_to_range(bases);
            self.emit(Inst::BuildTuple {
                dst: bases_t,
                items,
            });
        }
        let Some(scope) = self.ctx.table.block_of(s) else {
            return self.fail("internal error: no scope for class");
        };
        let f = self.temp();
        let empty = self.temps(0);
        self.nested_unit(
            UnitSpec {
                scope,
                kind: UnitKind::Class,
                name: name.to_string(),
                first_line: s.pos.lineno,
                private: Some(name.to_string()),
            },
            empty,
            f,
            |u| {
                let t = u.temp();
                u.load_var("__name__", t);
                u.store_var("__module__", t);
                u.body_with_docstring(body);
                let l = u.temp();
                u.emit(Inst::LoadLocals { dst: l });
                u.terminate(Terminator::Return { value: l });
            },
        );
        let dict = self.temp();
        let site = self.site();
        let args = self.temps(0);
        self.emit(Inst::Call {
            dst: dict,
            func: f,
            args,
            kwnames: None,
            star: None,
            dstar: None,
            site,
            method: false,
        });
        let c = self.temp();
        self.emit(Inst::MakeClass {
            dst: c,
            name: name_c,
            bases: bases_t,
            dict,
        });
        let c = self.apply_decorators(&decorators, c);
        self.store_var(name, c);
    }

    /// Evaluates `exprs` into consecutive new temporaries.
    pub(super) fn exprs_to_range(&mut self, exprs: &[ast::Expr]) -> SlotRange {
        let r = self.temps(exprs.len());
        for (i, e) in exprs.iter().enumerate() {
            self.expr_to(e, r.start + i as u32);
        }
        r
    }

    // ---- assignment targets ----

    /// Stores `src` into the target `t` (a name, attribute, subscript, or a tuple/list of targets).
    pub(super) fn assign(&mut self, t: &ast::Expr, src: Slot) {
        if t.pos.lineno > self.line {
            self.line = t.pos.lineno;
        }
        let m = self.mark();
        match &t.kind {
            ExprKind::Name { id, .. } => self.store_var(id, src),
            ExprKind::Attribute { value, attr, .. } => {
                let obj = self.expr(value);
                let name = self.mangled_id(attr);
                let site = self.site();
                self.emit(Inst::SetAttr {
                    obj,
                    name,
                    src,
                    site,
                });
            }
            ExprKind::Subscript { value, slice, .. } => {
                let obj = self.expr(value);
                match simple_slice(slice) {
                    Some((lo, hi)) => {
                        let lo = lo.map(|e| self.expr(e));
                        let hi = hi.map(|e| self.expr(e));
                        self.emit(Inst::SetSlice { obj, lo, hi, src });
                    }
                    None => {
                        let key = self.slice_key(slice);
                        self.emit(Inst::SetItem { obj, key, src });
                    }
                }
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                let dsts = self.temps(elts.len());
                self.emit(Inst::Unpack { src, dsts });
                for (i, e) in elts.iter().enumerate() {
                    self.assign(e, dsts.start + i as u32);
                }
            }
            _ => self.fail("can't assign to expression"),
        }
        self.release(m);
    }

    fn delete(&mut self, t: &ast::Expr) {
        if t.pos.lineno > self.line {
            self.line = t.pos.lineno;
        }
        let m = self.mark();
        match &t.kind {
            ExprKind::Name { id, .. } => self.delete_var(id),
            ExprKind::Attribute { value, attr, .. } => {
                let obj = self.expr(value);
                let name = self.mangled_id(attr);
                self.emit(Inst::DelAttr { obj, name });
            }
            ExprKind::Subscript { value, slice, .. } => {
                let obj = self.expr(value);
                match simple_slice(slice) {
                    Some((lo, hi)) => {
                        let lo = lo.map(|e| self.expr(e));
                        let hi = hi.map(|e| self.expr(e));
                        self.emit(Inst::DelSlice { obj, lo, hi });
                    }
                    None => {
                        let key = self.slice_key(slice);
                        self.emit(Inst::DelItem { obj, key });
                    }
                }
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete(e);
                }
            }
            _ => self.fail("can't delete expression"),
        }
        self.release(m);
    }

    fn aug_assign(&mut self, target: &ast::Expr, op: ast::Operator, value: &ast::Expr) {
        let op = self.bin_op_of(op);
        if target.pos.lineno > self.line {
            self.line = target.pos.lineno;
        }
        match &target.kind {
            ExprKind::Name { id, .. } => {
                let a = self.temp();
                self.load_var(id, a);
                let b = self.expr(value);
                let r = self.temp();
                let site = self.site();
                self.emit(Inst::InPlace {
                    dst: r,
                    op,
                    a,
                    b,
                    site,
                });
                self.store_var(id, r);
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                let obj = self.expr(obj);
                let name = self.mangled_id(attr);
                let a = self.temp();
                let site = self.site();
                self.emit(Inst::GetAttr {
                    dst: a,
                    obj,
                    name,
                    site,
                });
                let b = self.expr(value);
                let r = self.temp();
                let site = self.site();
                self.emit(Inst::InPlace {
                    dst: r,
                    op,
                    a,
                    b,
                    site,
                });
                let site = self.site();
                self.emit(Inst::SetAttr {
                    obj,
                    name,
                    src: r,
                    site,
                });
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                let obj = self.expr(obj);
                let a = self.temp();
                let store = match simple_slice(slice) {
                    Some((lo, hi)) => {
                        let lo = lo.map(|e| self.expr(e));
                        let hi = hi.map(|e| self.expr(e));
                        self.emit(Inst::GetSlice {
                            dst: a,
                            obj,
                            lo,
                            hi,
                        });
                        Err((lo, hi))
                    }
                    None => {
                        let key = self.slice_key(slice);
                        let site = self.site();
                        self.emit(Inst::GetItem {
                            dst: a,
                            obj,
                            key,
                            site,
                        });
                        Ok(key)
                    }
                };
                let b = self.expr(value);
                let r = self.temp();
                let site = self.site();
                self.emit(Inst::InPlace {
                    dst: r,
                    op,
                    a,
                    b,
                    site,
                });
                match store {
                    Ok(key) => self.emit(Inst::SetItem { obj, key, src: r }),
                    Err((lo, hi)) => self.emit(Inst::SetSlice {
                        obj,
                        lo,
                        hi,
                        src: r,
                    }),
                }
            }
            _ => self.fail("illegal expression for augmented assignment"),
        }
    }

    // ---- loops ----

    fn for_loop(&mut self, target: &ast::Expr, iter: &ast::Expr, body: &[Stmt], orelse: &[Stmt]) {
        let v = self.expr(iter);
        let it = self.temp();
        self.emit(Inst::GetIter { dst: it, src: v });
        let header = self.new_block();
        let body_b = self.new_block();
        let orelse_b = self.new_block();
        let after = self.new_block();
        self.jump_start(header);
        self.mark_loop_header(header);
        let x = self.temp();
        self.terminate(Terminator::ForIter {
            iter: it,
            dst: x,
            body: body_b,
            exit: orelse_b,
        });
        self.start(body_b);
        self.assign(target, x);
        self.fblocks.push(FBlock::Loop {
            header,
            exit: after,
            iter: Some(it),
            outer: self.handler,
        });
        self.stmts(body);
        self.fblocks.pop();
        self.jump(header);
        self.start(orelse_b);
        self.emit(Inst::Clear { slot: it });
        self.stmts(orelse);
        self.jump_start(after);
    }

    fn while_loop(&mut self, test: &ast::Expr, body: &[Stmt], orelse: &[Stmt]) {
        let known = constant(test);
        if known == Some(false) {
            self.stmts(orelse);
            return;
        }
        let header = self.new_block();
        let body_b = self.new_block();
        let orelse_b = self.new_block();
        let after = self.new_block();
        self.jump_start(header);
        self.mark_loop_header(header);
        if known == Some(true) {
            self.jump(body_b);
        } else {
            self.branch_on(test, body_b, orelse_b);
        }
        self.start(body_b);
        self.fblocks.push(FBlock::Loop {
            header,
            exit: after,
            iter: None,
            outer: self.handler,
        });
        self.stmts(body);
        self.fblocks.pop();
        self.jump(header);
        self.start(orelse_b);
        self.stmts(orelse);
        self.jump_start(after);
    }

    fn innermost_loop(&mut self) -> Option<usize> {
        let found = self
            .fblocks
            .iter()
            .rposition(|f| matches!(f, FBlock::Loop { .. }));
        if found.is_none() {
            self.fail("'break' outside loop");
        }
        found
    }

    fn break_(&mut self) {
        let Some(i) = self.innermost_loop() else {
            return;
        };
        let saved = self.handler;
        self.unwind(i + 1, None);
        if let FBlock::Loop { exit, iter, .. } = self.fblocks[i] {
            if let Some(it) = iter {
                self.emit(Inst::Clear { slot: it });
            }
            self.jump(exit);
        }
        self.handler = saved;
    }

    fn continue_(&mut self) {
        let Some(i) = self.innermost_loop() else {
            return;
        };
        let saved = self.handler;
        self.unwind(i + 1, None);
        if let FBlock::Loop { header, .. } = self.fblocks[i] {
            self.jump(header);
        }
        self.handler = saved;
    }

    /// Emits the exits of the frame blocks `fblocks[down_to..]`, innermost first: each region's
    /// code after it runs under the region's outer handler; `with` calls `__exit__`, `finally`
    /// runs its body (through its selector) and continues here. `value`, a return value, is carried
    /// through `finally` bodies in their `ret` slots; returns where it is at the end.
    fn unwind(&mut self, down_to: usize, mut value: Option<Slot>) -> Option<Slot> {
        let mut i = self.fblocks.len();
        while i > down_to {
            i -= 1;
            let outer = self.fblocks[i].outer();
            if self.handler != outer {
                self.set_handler(outer);
            }
            match &self.fblocks[i] {
                FBlock::Loop { .. } | FBlock::TryExcept { .. } => {}
                &FBlock::With { exit, .. } => {
                    let n = self.none();
                    let r = self.temp();
                    self.emit(Inst::WithExit {
                        dst: r,
                        exit,
                        ty: n,
                        value: n,
                        tb: n,
                    });
                }
                &FBlock::Finally {
                    entry, sel, ret, ..
                } => {
                    if let Some(v) = value {
                        self.emit(Inst::Move { dst: ret, src: v });
                        value = Some(ret);
                    }
                    let cont = self.new_block_with(outer);
                    let FBlock::Finally { targets, .. } = &mut self.fblocks[i] else {
                        unreachable!()
                    };
                    targets.push(cont);
                    let index = targets.len() as i64 + 1;
                    self.emit(Inst::SetInt {
                        dst: sel,
                        value: index,
                    });
                    self.jump(entry);
                    self.start(cont);
                }
            }
        }
        // The caller terminates the path and restores the handler for the (dead) code after it.
        value
    }

    // ---- exceptions ----

    fn try_except(&mut self, body: &[Stmt], handlers: &[ast::ExceptHandler], orelse: &[Stmt]) {
        let outer = self.handler;
        let ety = self.temp();
        let ev = self.temp();
        let etb = self.temp();
        let h = self.new_block_with(outer);
        let orelse_b = self.new_block_with(outer);
        let after = self.new_block_with(outer);
        self.set_handler(Some(h));
        self.fblocks.push(FBlock::TryExcept { outer });
        self.stmts(body);
        self.fblocks.pop();
        self.handler = outer;
        self.jump(orelse_b);

        // The handlers are compiled before the `else` body, as CPython does.
        self.start(h);
        if let Some(first) = handlers.first() {
            self.line = first.pos.lineno;
        }
        self.emit(Inst::FetchExc {
            ty: ety,
            value: ev,
            tb: etb,
        });
        for handler in handlers {
            self.line = handler.pos.lineno;
            let m = self.mark();
            let mut next = None;
            if let Some(t) = &handler.type_ {
                let pattern = self.expr(t);
                let c = self.temp();
                self.emit(Inst::ExcMatch {
                    dst: c,
                    ty: ety,
                    pattern,
                });
                let body_b = self.new_block();
                let n = self.new_block();
                self.terminate(Terminator::Branch {
                    cond: c,
                    if_true: body_b,
                    if_false: n,
                });
                self.start(body_b);
                next = Some(n);
            }
            if let Some(name) = &handler.name {
                self.assign(name, ev);
            }
            // The exception stays the frame's current one; the slots let go of it (CPython pops
            // it off its stack here).
            for slot in [ety, ev, etb] {
                self.emit(Inst::Clear { slot });
            }
            self.stmts(&handler.body);
            self.jump(after);
            if let Some(n) = next {
                self.start(n);
            }
            self.release(m);
        }
        self.terminate(Terminator::Reraise {
            ty: ety,
            value: ev,
            tb: etb,
        });
        self.start(orelse_b);
        self.stmts(orelse);
        self.jump_start(after);
    }

    fn try_finally(&mut self, body: &[Stmt], finalbody: &[Stmt]) {
        let outer = self.handler;
        let sel = self.temp();
        let ret = self.temp();
        let ety = self.temp();
        let ev = self.temp();
        let etb = self.temp();
        let h = self.new_block_with(outer);
        let entry = self.new_block_with(outer);
        self.set_handler(Some(h));
        self.fblocks.push(FBlock::Finally {
            entry,
            sel,
            ret,
            targets: Vec::new(),
            outer,
        });
        self.stmts(body);
        let Some(FBlock::Finally { targets, .. }) = self.fblocks.pop() else {
            unreachable!()
        };
        self.handler = outer;
        self.emit(Inst::SetInt { dst: sel, value: 0 });
        self.jump(entry);

        self.start(h);
        self.emit(Inst::FetchExc {
            ty: ety,
            value: ev,
            tb: etb,
        });
        self.emit(Inst::SetInt { dst: sel, value: 1 });
        self.jump(entry);

        self.start(entry);
        self.stmts(finalbody);
        let after = self.new_block();
        let reraise = self.new_block();
        let mut all = vec![after, reraise];
        all.extend(targets);
        self.terminate(Terminator::Switch { sel, targets: all });
        self.start(reraise);
        self.terminate(Terminator::Reraise {
            ty: ety,
            value: ev,
            tb: etb,
        });
        self.start(after);
    }

    fn with(&mut self, context_expr: &ast::Expr, target: Option<&ast::Expr>, body: &[Stmt]) {
        let mgr = self.expr(context_expr);
        let exit = self.temp();
        let value = self.temp();
        let ety = self.temp();
        let ev = self.temp();
        let etb = self.temp();
        self.emit(Inst::WithEnter { exit, value, mgr });
        let outer = self.handler;
        let h = self.new_block_with(outer);
        let after = self.new_block_with(outer);
        self.set_handler(Some(h));
        self.fblocks.push(FBlock::With { exit, outer });
        match target {
            Some(t) => self.assign(t, value),
            None => self.emit(Inst::Clear { slot: value }),
        }
        self.stmts(body);
        self.fblocks.pop();
        self.set_handler(outer);
        let n = self.none();
        let r = self.temp();
        self.emit(Inst::WithExit {
            dst: r,
            exit,
            ty: n,
            value: n,
            tb: n,
        });
        self.emit(Inst::Clear { slot: exit });
        self.jump(after);

        self.start(h);
        self.emit(Inst::FetchExc {
            ty: ety,
            value: ev,
            tb: etb,
        });
        self.emit(Inst::WithExit {
            dst: r,
            exit,
            ty: ety,
            value: ev,
            tb: etb,
        });
        let swallow = self.new_block();
        let reraise = self.new_block();
        self.terminate(Terminator::Branch {
            cond: r,
            if_true: swallow,
            if_false: reraise,
        });
        self.start(reraise);
        self.terminate(Terminator::Reraise {
            ty: ety,
            value: ev,
            tb: etb,
        });
        self.start(swallow);
        for slot in [exit, ety, ev, etb] {
            self.emit(Inst::Clear { slot });
        }
        self.jump_start(after);
    }

    // ---- imports ----

    fn import_level(&self, explicit: Option<u32>) -> i32 {
        match explicit {
            Some(0) | None if !self.ctx.flags.absolute_import => -1,
            Some(l) => l as i32,
            None => 0,
        }
    }

    fn import(&mut self, names: &[ast::Alias]) {
        for alias in names {
            let m = self.mark();
            let level = self.import_level(None);
            let name = self.mangle(&alias.name);
            let name = self.add_const(Const::Str(name.into_bytes()));
            let fromlist = self.none();
            let module = self.temp();
            self.emit(Inst::Import {
                dst: module,
                name,
                fromlist,
                level,
            });
            match &alias.asname {
                Some(asname) => {
                    let mut cur = module;
                    for part in alias.name.split('.').skip(1) {
                        let t = self.temp();
                        let name = self.name_id(part);
                        let site = self.site();
                        self.emit(Inst::GetAttr {
                            dst: t,
                            obj: cur,
                            name,
                            site,
                        });
                        cur = t;
                    }
                    self.store_var(asname, cur);
                }
                None => {
                    let first = alias.name.split('.').next().unwrap_or(&alias.name);
                    self.store_var(first, module);
                }
            }
            self.release(m);
        }
    }

    fn import_from(&mut self, module_name: Option<&str>, names: &[ast::Alias], level: u32) {
        let level = self.import_level(Some(level));
        let list = Const::Tuple(
            names
                .iter()
                .map(|a| Const::Str(a.name.as_bytes().to_vec()))
                .collect(),
        );
        let fromlist = self.temp();
        self.load_const(list, fromlist);
        let name = self.mangle(module_name.unwrap_or(""));
        let name = self.add_const(Const::Str(name.into_bytes()));
        let module = self.temp();
        self.emit(Inst::Import {
            dst: module,
            name,
            fromlist,
            level,
        });
        for alias in names {
            if alias.name == "*" {
                self.emit(Inst::ImportStar { module });
                continue;
            }
            let m = self.mark();
            let t = self.temp();
            let name = self.mangled_id(&alias.name);
            self.emit(Inst::ImportFrom {
                dst: t,
                module,
                name,
            });
            self.store_var(alias.asname.as_ref().unwrap_or(&alias.name), t);
            self.release(m);
        }
    }
}

/// `a, b = x, y` (one target, a tuple or list of one to three items, and a tuple or list display
/// of as many items that is not a constant): CPython's peephole pass turns the build and the
/// unpacking into stack rotations.
fn parallel_assign(targets: &[ast::Expr], value: &ast::Expr) -> bool {
    let [target] = targets else {
        return false;
    };
    let (ExprKind::Tuple { elts: t, .. } | ExprKind::List { elts: t, .. }) = &target.kind else {
        return false;
    };
    let (ExprKind::Tuple { elts: v, .. } | ExprKind::List { elts: v, .. }) = &value.kind else {
        return false;
    };
    let constant = matches!(value.kind, ExprKind::Tuple { .. }) && super::expr::foldable(value);
    (1..=3).contains(&t.len()) && t.len() == v.len() && !constant
}

/// The bounds of a simple slice `o[lo:hi]` (no step), which uses the `*Slice` instructions.
pub(super) fn simple_slice(s: &Slice) -> Option<(Option<&ast::Expr>, Option<&ast::Expr>)> {
    match s {
        Slice::Slice {
            lower,
            upper,
            step: None,
        } => Some((lower.as_deref(), upper.as_deref())),
        _ => None,
    }
}

pub(super) fn str_const(s: &ast::StrValue) -> Const {
    match s {
        ast::StrValue::Bytes(b) => Const::Str(b.clone()),
        ast::StrValue::Unicode(u) => Const::Unicode(u.clone()),
    }
}
