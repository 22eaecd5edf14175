//! Lowering: a checked AST and its analysed symbol table in, one [`CodeUnit`] per scope out (nested
//! scopes' units as constants of their parent).
//!
//! The tree is walked in CPython 2.7's code generation order (`compile.c`), so evaluation order,
//! the `co_varnames` order (parameters, then other fast locals in the order the code generator first
//! emits them) and line numbers are CPython's. Dead code CPython does not compile is skipped too:
//! `if`/`while` bodies under a constant false test, bare number and string expression statements.
//!
//! This file: the unit under construction ([`Lowerer`]) and its bookkeeping — blocks, the current
//! exception handler, line numbers, constants and names, temporaries, name access through `scope`,
//! the frame-block stack (`FBlock`: loops, `try` bodies, `finally` bodies, `with` bodies) that
//! `break`/`continue`/`return` unwind, and the finishing pass. `stmt.rs` lowers statements and
//! `expr.rs` expressions.
//!
//! Invariants while lowering:
//! - Temporaries are numbered from `TEMP_BASE` upward with a stack discipline (`mark`/`release`
//!   around each statement and expression); the finishing pass renumbers them to follow the fast
//!   locals, whose count is only known at the end.
//! - `dst` slots passed to expression lowering are always temporaries, never locals, so an
//!   expression may build its result in place.
//! - Every block gets the handler in force when it is created; changing the handler starts a new
//!   block. Code emitted after a terminator goes to a fresh unreachable block, removed at the end.
//! - Native recursion follows statement nesting (at most 100 deep) and expression nesting; each
//!   level of expression recursion goes through small functions so 1,000 levels fit a debug stack.

mod expr;
mod stmt;

use std::collections::HashMap;

use super::ir::*;
use super::scope::{self, NameOp};
use super::slots::{self, SlotRef};
use super::CompileFlags;
use crate::syntax::ast::{self, Mod};
use crate::syntax::check::symtable::{BlockId as ScopeId, SymbolTable};
use crate::syntax::{ErrorKind, SyntaxError};

/// The first provisional temporary slot number.
const TEMP_BASE: Slot = 1 << 30;

/// What every unit of one compile shares.
struct Ctx<'t> {
    table: &'t SymbolTable,
    filename: &'t str,
    flags: CompileFlags,
}

/// Lowers the module (or expression, or interactive statement) to its unit.
pub(super) fn lower_module(
    module: &Mod,
    table: &SymbolTable,
    filename: &str,
    flags: CompileFlags,
) -> Result<CodeUnit, SyntaxError> {
    let ctx = Ctx {
        table,
        filename,
        flags,
    };
    let kind = match module {
        Mod::Module { .. } => UnitKind::Module,
        Mod::Interactive { .. } => UnitKind::Interactive,
        Mod::Expression { .. } => UnitKind::Eval,
    };
    let mut l = Lowerer::new(&ctx, 0, kind, "<module>".to_string(), 0, None);
    match module {
        Mod::Module { body } => {
            l.body_with_docstring(body);
            l.return_none();
        }
        Mod::Interactive { body } => {
            l.interactive = true;
            l.stmts(body);
            l.return_none();
        }
        Mod::Expression { body } => {
            let v = l.expr(body);
            l.terminate(Terminator::Return { value: v });
        }
    }
    l.finish()
}

/// What a nested unit is: its scope in the symbol table, kind, `co_name`, first line, and the
/// class name its names are mangled with.
struct UnitSpec {
    scope: ScopeId,
    kind: UnitKind,
    name: String,
    first_line: u32,
    private: Option<String>,
}

/// A region that `break`, `continue` and `return` must leave properly. `outer` is the exception
/// handler in force outside it.
enum FBlock {
    Loop {
        header: BlockId,
        exit: BlockId,
        /// A `for` loop's iterator, cleared when `break` leaves the loop.
        iter: Option<Slot>,
        outer: Option<BlockId>,
    },
    /// The body of `try`/`except`.
    TryExcept { outer: Option<BlockId> },
    /// The body of `try`/`finally`: leaving it runs the `finally` body first. `targets` are the
    /// continuations of the exits found so far (selector values 2, 3, ...).
    Finally {
        entry: BlockId,
        sel: Slot,
        ret: Slot,
        targets: Vec<BlockId>,
        outer: Option<BlockId>,
    },
    /// The body of `with`: leaving it calls `__exit__(None, None, None)`.
    With { exit: Slot, outer: Option<BlockId> },
}

impl FBlock {
    fn outer(&self) -> Option<BlockId> {
        match self {
            FBlock::Loop { outer, .. }
            | FBlock::TryExcept { outer }
            | FBlock::Finally { outer, .. }
            | FBlock::With { outer, .. } => *outer,
        }
    }
}

/// One code unit under construction.
struct Lowerer<'c> {
    ctx: &'c Ctx<'c>,
    scope: ScopeId,
    kind: UnitKind,
    name: String,
    first_line: u32,
    params: Params,
    /// The enclosing class's name, for mangling `__x`.
    private: Option<String>,
    /// Expression statements print their value (top level of an interactive unit).
    interactive: bool,
    local_names: Vec<String>,
    local_index: HashMap<String, Slot>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    consts: Vec<Const>,
    /// Constants already in `consts`, by `const_key`.
    const_index: HashMap<Vec<u8>, ConstId>,
    names: Vec<String>,
    name_index: HashMap<String, NameId>,
    blocks: Vec<Block>,
    cur: BlockId,
    /// `cur` has no terminator yet.
    open: bool,
    /// Blocks in the order code started going into them.
    start_order: Vec<BlockId>,
    handler: Option<BlockId>,
    line: u32,
    temp_top: u32,
    temp_max: u32,
    loop_headers: Vec<BlockId>,
    n_sites: u32,
    fblocks: Vec<FBlock>,
    doc: Option<Const>,
    error: Option<SyntaxError>,
}

impl<'c> Lowerer<'c> {
    fn new(
        ctx: &'c Ctx<'c>,
        scope: ScopeId,
        kind: UnitKind,
        name: String,
        first_line: u32,
        private: Option<String>,
    ) -> Lowerer<'c> {
        let block = &ctx.table.blocks[scope];
        let mut l = Lowerer {
            ctx,
            scope,
            kind,
            name,
            first_line,
            params: Params::default(),
            private,
            interactive: false,
            local_names: Vec::new(),
            local_index: HashMap::new(),
            cellvars: scope::cellvars(block),
            freevars: scope::freevars(block),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            blocks: Vec::new(),
            cur: 0,
            open: true,
            start_order: Vec::new(),
            handler: None,
            line: first_line,
            temp_top: 0,
            temp_max: 0,
            loop_headers: Vec::new(),
            n_sites: 0,
            fblocks: Vec::new(),
            doc: None,
            error: None,
        };
        if matches!(
            kind,
            UnitKind::Function
                | UnitKind::Lambda
                | UnitKind::GenExpr
                | UnitKind::SetComp
                | UnitKind::DictComp
        ) {
            for p in block.params() {
                l.local(p);
            }
        }
        let entry = l.new_block();
        l.start(entry);
        l
    }

    fn fail(&mut self, msg: impl Into<String>) {
        if self.error.is_none() {
            self.error = Some(SyntaxError::new(
                ErrorKind::SyntaxError,
                msg,
                self.line,
                None,
            ));
        }
    }

    // ---- blocks ----

    fn new_block_with(&mut self, handler: Option<BlockId>) -> BlockId {
        self.blocks.push(Block {
            insts: Vec::new(),
            lines: Vec::new(),
            term: Terminator::Unreachable,
            term_line: self.line,
            handler,
            loop_header: None,
        });
        (self.blocks.len() - 1) as BlockId
    }

    fn new_block(&mut self) -> BlockId {
        self.new_block_with(self.handler)
    }

    /// Continues emitting in `b` (a block with no code yet).
    fn start(&mut self, b: BlockId) {
        self.cur = b;
        self.open = true;
        self.start_order.push(b);
    }

    fn ensure_open(&mut self) {
        if !self.open {
            // Code after a terminator: unreachable, but lowered as CPython compiles it.
            let b = self.new_block();
            self.start(b);
        }
    }

    fn emit(&mut self, inst: Inst) {
        self.ensure_open();
        let line = self.line;
        let b = &mut self.blocks[self.cur as usize];
        b.insts.push(inst);
        b.lines.push(line);
    }

    fn terminate(&mut self, term: Terminator) {
        self.ensure_open();
        let line = self.line;
        let b = &mut self.blocks[self.cur as usize];
        b.term = term;
        b.term_line = line;
        self.open = false;
    }

    fn jump(&mut self, target: BlockId) {
        self.terminate(Terminator::Jump(target));
    }

    /// Jumps to `b` and continues there.
    fn jump_start(&mut self, b: BlockId) {
        self.jump(b);
        self.start(b);
    }

    /// Puts `handler` in force for the code that follows (in a new block).
    fn set_handler(&mut self, handler: Option<BlockId>) {
        self.handler = handler;
        let b = self.new_block();
        self.jump_start(b);
    }

    fn mark_loop_header(&mut self, b: BlockId) {
        self.blocks[b as usize].loop_header = Some(self.loop_headers.len() as u32);
        self.loop_headers.push(b);
    }

    // ---- slots, constants, names ----

    fn temp(&mut self) -> Slot {
        let s = TEMP_BASE + self.temp_top;
        self.temp_top += 1;
        self.temp_max = self.temp_max.max(self.temp_top);
        s
    }

    fn temps(&mut self, n: usize) -> SlotRange {
        let start = TEMP_BASE + self.temp_top;
        self.temp_top += n as u32;
        self.temp_max = self.temp_max.max(self.temp_top);
        SlotRange {
            start,
            len: n as u32,
        }
    }

    fn mark(&self) -> u32 {
        self.temp_top
    }

    fn release(&mut self, mark: u32) {
        self.temp_top = mark;
    }

    fn site(&mut self) -> SiteId {
        self.n_sites += 1;
        self.n_sites - 1
    }

    fn add_const(&mut self, c: Const) -> ConstId {
        let key = const_key(&c);
        if let Some(&i) = key.as_ref().and_then(|k| self.const_index.get(k)) {
            return i;
        }
        self.consts.push(c);
        let i = (self.consts.len() - 1) as ConstId;
        if let Some(k) = key {
            self.const_index.insert(k, i);
        }
        i
    }

    fn load_const(&mut self, c: Const, dst: Slot) {
        let c = self.add_const(c);
        self.emit(Inst::Const { dst, c });
    }

    fn none(&mut self) -> Slot {
        let t = self.temp();
        self.load_const(Const::None, t);
        t
    }

    fn name_id(&mut self, name: &str) -> NameId {
        if let Some(&i) = self.name_index.get(name) {
            return i;
        }
        self.names.push(name.to_string());
        let i = (self.names.len() - 1) as NameId;
        self.name_index.insert(name.to_string(), i);
        i
    }

    /// `_Py_Mangle` in the current class.
    fn mangle(&self, name: &str) -> String {
        crate::syntax::check::mangle(self.private.as_deref(), name)
            .unwrap_or_else(|| name.to_string())
    }

    /// A mangled name's id in `names` (attribute and import names).
    fn mangled_id(&mut self, name: &str) -> NameId {
        let m = self.mangle(name);
        self.name_id(&m)
    }

    /// The fast local slot of `name`, added to `local_names` on first use.
    fn local(&mut self, name: &str) -> Slot {
        if let Some(&s) = self.local_index.get(name) {
            return s;
        }
        let s = self.local_names.len() as Slot;
        self.local_names.push(name.to_string());
        self.local_index.insert(name.to_string(), s);
        s
    }

    /// The index of a cell or free variable in the frame's cells.
    fn cell(&mut self, name: &str) -> CellId {
        if let Some(i) = self.cellvars.iter().position(|n| n == name) {
            return i as CellId;
        }
        if let Some(i) = self.freevars.iter().position(|n| n == name) {
            return (self.cellvars.len() + i) as CellId;
        }
        self.fail(format!("internal error: no cell for '{}'", name));
        0
    }

    fn name_op(&self, mangled: &str) -> NameOp {
        scope::name_op(&self.ctx.table.blocks[self.scope], mangled)
    }

    fn load_var(&mut self, id: &str, dst: Slot) {
        let m = self.mangle(id);
        match self.name_op(&m) {
            // CPython's peephole pass turns a load of the name `None` into the constant.
            NameOp::Name | NameOp::Global if m == "None" => self.load_const(Const::None, dst),
            NameOp::Fast => {
                let local = self.local(&m);
                self.emit(Inst::LoadFast { dst, local });
            }
            NameOp::Deref => {
                let cell = self.cell(&m);
                self.emit(Inst::LoadDeref { dst, cell });
            }
            NameOp::Global => {
                let name = self.name_id(&m);
                self.emit(Inst::LoadGlobal { dst, name });
            }
            NameOp::Name => {
                let name = self.name_id(&m);
                self.emit(Inst::LoadName { dst, name });
            }
        }
    }

    fn store_var(&mut self, id: &str, src: Slot) {
        let m = self.mangle(id);
        match self.name_op(&m) {
            NameOp::Fast => {
                let local = self.local(&m);
                self.emit(Inst::Move { dst: local, src });
            }
            NameOp::Deref => {
                let cell = self.cell(&m);
                self.emit(Inst::StoreDeref { cell, src });
            }
            NameOp::Global => {
                let name = self.name_id(&m);
                self.emit(Inst::StoreGlobal { name, src });
            }
            NameOp::Name => {
                let name = self.name_id(&m);
                self.emit(Inst::StoreName { name, src });
            }
        }
    }

    fn delete_var(&mut self, id: &str) {
        let m = self.mangle(id);
        match self.name_op(&m) {
            NameOp::Fast => {
                let local = self.local(&m);
                self.emit(Inst::DeleteFast { local });
            }
            NameOp::Deref => self.fail(format!(
                "can not delete variable '{}' referenced in nested scope",
                m
            )),
            NameOp::Global => {
                let name = self.name_id(&m);
                self.emit(Inst::DeleteGlobal { name });
            }
            NameOp::Name => {
                let name = self.name_id(&m);
                self.emit(Inst::DeleteName { name });
            }
        }
    }

    // ---- units ----

    fn return_none(&mut self) {
        let v = self.none();
        self.terminate(Terminator::Return { value: v });
    }

    /// A nested unit of `scope`, lowered by `body`, then made into a function object in `dst`
    /// with the given default values and the closure its free variables need.
    fn nested_unit(
        &mut self,
        spec: UnitSpec,
        defaults: SlotRange,
        dst: Slot,
        body: impl FnOnce(&mut Lowerer<'c>),
    ) {
        let UnitSpec {
            scope,
            kind,
            name,
            first_line,
            private,
        } = spec;
        let mut child = Lowerer::new(self.ctx, scope, kind, name, first_line, private);
        body(&mut child);
        match child.finish() {
            Ok(unit) => self.make_function(unit, defaults, dst),
            Err(e) => {
                if self.error.is_none() {
                    self.error = Some(e);
                }
            }
        }
    }

    fn make_function(&mut self, unit: CodeUnit, defaults: SlotRange, dst: Slot) {
        let closure = self.temps(unit.freevars.len());
        for (i, name) in unit.freevars.iter().enumerate() {
            let cell = self.cell(name);
            self.emit(Inst::LoadClosure {
                dst: closure.start + i as u32,
                cell,
            });
        }
        let code = self.add_const(Const::Code(Box::new(unit)));
        self.emit(Inst::MakeFunction {
            dst,
            code,
            defaults,
            closure,
        });
    }

    /// Parameter set-up at the start of a function: parameters that are cells are copied into
    /// their cells, tuple parameters unpacked.
    ///
    /// CPython copies parameters into cells while setting up the frame, with no instruction of
    /// its own; here the copies carry `body_line`, the line of the first statement (CPython's
    /// first traced line). The unpacking of tuple parameters carries the `def` line, as in CPython.
    fn prologue(&mut self, args: &ast::Arguments, body_line: u32) {
        let def_line = self.line;
        self.line = body_line.max(def_line);
        let block = &self.ctx.table.blocks[self.scope];
        // Only the arguments proper (not the names inside tuple parameters) are copied into cells
        // on entry; the inner names are stored into theirs by the unpacking.
        let nargs =
            (self.params.argcount + self.params.varargs as u32 + self.params.varkw as u32) as usize;
        let params: Vec<String> = block.params().take(nargs).map(str::to_string).collect();
        for (i, p) in params.iter().enumerate() {
            if self.cellvars.contains(p) {
                let cell = self.cell(p);
                self.emit(Inst::StoreDeref {
                    cell,
                    src: i as Slot,
                });
            }
        }
        self.line = def_line;
        for (i, a) in args.args.iter().enumerate() {
            if let ast::ExprKind::Tuple { .. } = a.kind {
                let m = self.mark();
                let t = self.temp();
                let local = self.local(&format!(".{}", i));
                self.emit(Inst::LoadFast { dst: t, local });
                self.assign(a, t);
                self.release(m);
            }
        }
    }

    /// The finishing pass: drops unreachable blocks, renumbers temporaries after the locals.
    fn finish(mut self) -> Result<CodeUnit, SyntaxError> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        if self.open {
            self.terminate(Terminator::Unreachable);
        }
        // Reachable blocks from the entry, through terminators and handlers.
        let n = self.blocks.len();
        let mut reachable = vec![false; n];
        let mut work = vec![0u32];
        reachable[0] = true;
        while let Some(b) = work.pop() {
            let block = &self.blocks[b as usize];
            let mut next = slots::successors(&block.term);
            next.extend(block.handler);
            for s in next {
                if !reachable[s as usize] {
                    reachable[s as usize] = true;
                    work.push(s);
                }
            }
        }
        // Blocks are numbered in the order code was first emitted into them, which is CPython's
        // code order (blocks never reopen once started).
        let mut new_id = vec![u32::MAX; n];
        let mut order: Vec<usize> = Vec::with_capacity(n);
        let started = std::mem::take(&mut self.start_order);
        for b in started.into_iter().map(|b| b as usize).chain(0..n) {
            if reachable[b] && new_id[b] == u32::MAX {
                new_id[b] = order.len() as u32;
                order.push(b);
            }
        }
        // Code before any statement set a line (an empty module) is CPython's first line.
        let first_line = if self.first_line != 0 {
            self.first_line
        } else {
            self.blocks
                .iter()
                .flat_map(|b| b.lines.iter().copied().chain([b.term_line]))
                .find(|&l| l != 0)
                .unwrap_or(1)
        };
        for b in &mut self.blocks {
            for l in b.lines.iter_mut().chain([&mut b.term_line]) {
                if *l == 0 {
                    *l = first_line;
                }
            }
        }
        let n_locals = self.local_names.len() as u32;
        let remap_slot = |s: &mut Slot| {
            if *s >= TEMP_BASE {
                *s = *s - TEMP_BASE + n_locals;
            }
        };
        let mut old: Vec<Option<Block>> = std::mem::take(&mut self.blocks)
            .into_iter()
            .map(Some)
            .collect();
        let mut blocks = Vec::with_capacity(order.len());
        let mut loop_headers = Vec::new();
        for &i in &order {
            let Some(mut b) = old[i].take() else {
                continue;
            };
            for inst in &mut b.insts {
                slots::inst_slots(inst, &mut |r| match r {
                    SlotRef::One(s) => remap_slot(s),
                    SlotRef::Range(r) => remap_slot(&mut r.start),
                });
            }
            slots::term_slots(&mut b.term, &mut |r| match r {
                SlotRef::One(s) => remap_slot(s),
                SlotRef::Range(r) => remap_slot(&mut r.start),
            });
            slots::map_targets(&mut b.term, &|t| new_id[t as usize]);
            b.handler = b.handler.map(|h| new_id[h as usize]);
            if b.loop_header.is_some() {
                b.loop_header = Some(loop_headers.len() as u32);
                loop_headers.push(new_id[i]);
            }
            blocks.push(b);
        }
        let table_block = &self.ctx.table.blocks[self.scope];
        let function_like = !matches!(
            self.kind,
            UnitKind::Module | UnitKind::Class | UnitKind::Eval | UnitKind::Interactive
        );
        let flags = self.ctx.flags;
        Ok(CodeUnit {
            kind: self.kind,
            name: self.name,
            filename: self.ctx.filename.to_string(),
            first_line,
            params: self.params,
            is_generator: function_like && table_block.is_generator(),
            uses_locals_dict: !function_like || table_block.unoptimized(),
            future_division: flags.division,
            future_print_function: flags.print_function,
            future_unicode_literals: flags.unicode_literals,
            future_absolute_import: flags.absolute_import,
            local_names: self.local_names,
            n_locals,
            n_slots: n_locals + self.temp_max,
            cellvars: self.cellvars,
            freevars: self.freevars,
            consts: self.consts,
            names: self.names,
            doc: self.doc,
            blocks,
            loop_headers,
            n_sites: self.n_sites,
        })
    }
}

/// A key equal for constants CPython's compiler shares in `co_consts` (same type and value;
/// floats by their bits, so `0.0` and `-0.0` stay apart); `None` for code objects, never shared.
fn const_key(c: &Const) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut work = vec![c];
    while let Some(c) = work.pop() {
        match c {
            Const::None => out.push(0),
            Const::True => out.push(1),
            Const::False => out.push(2),
            Const::Ellipsis => out.push(3),
            Const::Int(i) => {
                out.push(4);
                out.extend(i.to_le_bytes());
            }
            Const::Long(l) => {
                out.push(5);
                let bytes = l.to_signed_bytes_le();
                out.extend((bytes.len() as u64).to_le_bytes());
                out.extend(bytes);
            }
            Const::Float(f) => {
                out.push(6);
                out.extend(f.to_bits().to_le_bytes());
            }
            Const::Complex { real, imag } => {
                out.push(7);
                out.extend(real.to_bits().to_le_bytes());
                out.extend(imag.to_bits().to_le_bytes());
            }
            Const::Str(b) => {
                out.push(8);
                out.extend((b.len() as u64).to_le_bytes());
                out.extend(b);
            }
            Const::Unicode(u) => {
                out.push(9);
                out.extend((u.len() as u64).to_le_bytes());
                u.iter().for_each(|c| out.extend(c.to_le_bytes()));
            }
            Const::Tuple(items) => {
                out.push(10);
                out.extend((items.len() as u64).to_le_bytes());
                work.extend(items.iter().rev());
            }
            Const::Code(_) => return None,
        }
    }
    Some(out)
}
