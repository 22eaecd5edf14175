//! The symbol table pass of CPython 2.7 (`Python/symtable.c`), reduced to what decides its errors
//! and the later ones of the code generator.
//!
//! In: a module. Out: the first error the pass raises, or the table: one block per scope (module,
//! function, lambda, generator expression, set/dict comprehension, class), each with its names'
//! flags, its children, and after analysis the names that became cells (locals a nested scope
//! uses), which is what `del name` is checked against.
//!
//! The pass has two phases, each over the whole module:
//! - building (`Builder`): the tree is walked in symtable.c's order (which is not the code
//!   generator's: `try` bodies before `else` before handlers, a function's defaults before its
//!   decorators, a list comprehension's element before its loops). Errors: `duplicate argument 'x'
//!   in function definition` (at the function's line) and `'return' with argument inside generator`
//!   (at the `return` or `yield`, whichever comes second).
//! - analysis (`analyze`): blocks in depth-first order; a block's names are resolved (local, global,
//!   free) before its children are analysed, and its `import *` / bare `exec` is judged after them.
//!   Errors: `name 'x' is local and global` (a parameter declared global, at the function's line;
//!   with several, the first in the order CPython's dict of the block's names iterates, which
//!   `dict_order` reproduces), and the `import *` / `unqualified exec` errors at the line of the
//!   first such statement.
//!
//! A `global` declaration anywhere is also recorded among the module's names (CPython's
//! `st_global` is the module block's dict), so it makes the name a declared global for every
//! function in the file, including ones before it.
//!
//! Names are mangled inside classes (`__x` → `_C__x`) as CPython does, so `def f(__a, _C__a)` in class
//! `C` repeats an argument. Expressions are walked with an explicit stack and the analysis is
//! iterative, so deep nests of lambdas or comprehensions use no native stack.

use std::collections::{HashMap, HashSet};
use std::convert::Infallible;

use super::visit::{self, WalkTask};
use super::{error, mangled, truncate};

use crate::pyhash::{str_hash, DictTable};
use crate::syntax::ast::*;
use crate::syntax::SyntaxError;

pub(crate) type BlockId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BlockKind {
    Module,
    Function,
    Class,
}

// Symbol flags (symtable.h).
const DEF_GLOBAL: u8 = 1;
const DEF_LOCAL: u8 = 2;
const DEF_PARAM: u8 = 4;
const USE: u8 = 8;
const DEF_IMPORT: u8 = 16;
const DEF_BOUND: u8 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

// Why a block cannot use fast locals (`ste_unoptimized`).
const OPT_IMPORT_STAR: u8 = 1;
const OPT_EXEC: u8 = 2;
const OPT_BARE_EXEC: u8 = 4;

pub(crate) struct Block {
    pub kind: BlockKind,
    name: String,
    /// The line of the `def`, `class` or `lambda` (0 for the module).
    lineno: u32,
    /// Inside a function, at any depth.
    nested: bool,
    parent: BlockId,
    /// Mangled names in first-definition order, with their flags.
    names: Vec<(String, u8)>,
    index: HashMap<String, usize>,
    children: Vec<BlockId>,
    generator: bool,
    returns_value: bool,
    unoptimized: u8,
    /// The line of the first `exec` or of the first import once the block is unoptimized.
    opt_lineno: u32,
    /// Analysis: the block has free variables (or, nested, uses a global implicitly).
    free: bool,
    /// Analysis: a block inside it has free variables.
    child_free: bool,
    /// Analysis: locals that a nested scope uses (CPython's CELL scope), mangled.
    pub cells: HashSet<String>,
    /// Analysis: where each name of the block resolves (mangled names), including the names that
    /// are free here only because a nested scope uses them (`update_symbols`).
    pub resolved: HashMap<String, NameScope>,
    /// Analysis: names bound (or declared global) in a class body that are also free in a scope
    /// nested in it (CPython's `DEF_FREE_CLASS`): the class's code gets a free variable for them.
    pub free_class: HashSet<String>,
}

impl Block {
    /// The parameters, in CPython's `co_varnames` order (tuple parameters as `.N`).
    pub fn params(&self) -> impl Iterator<Item = &str> {
        self.names
            .iter()
            .filter(|(_, f)| f & DEF_PARAM != 0)
            .map(|(n, _)| n.as_str())
    }

    /// The block uses `import *` or a bare `exec` (CPython's `ste_unoptimized`).
    pub fn unoptimized(&self) -> bool {
        self.unoptimized != 0
    }

    /// A `yield` appears in it (or it is a generator expression).
    pub fn is_generator(&self) -> bool {
        self.generator
    }

    /// Where `name` (already mangled) resolves; `None` for a name the block never mentions.
    pub fn scope_of(&self, name: &str) -> Option<NameScope> {
        self.resolved.get(name).copied()
    }
}

/// Where a name resolves after analysis (CPython's scopes: `LOCAL`, `CELL`, `FREE`,
/// `GLOBAL_EXPLICIT`, `GLOBAL_IMPLICIT`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameScope {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

pub(crate) struct SymbolTable {
    pub blocks: Vec<Block>,
    /// The block each `def` and `class` statement opens, keyed by the statement's address.
    by_stmt: HashMap<*const Stmt, BlockId>,
    /// The block each lambda, generator expression and set/dict comprehension opens, keyed by the
    /// expression's address.
    by_expr: HashMap<*const Expr, BlockId>,
}

impl SymbolTable {
    pub fn block_of(&self, s: &Stmt) -> Option<BlockId> {
        self.by_stmt.get(&(s as *const Stmt)).copied()
    }

    pub fn block_of_expr(&self, e: &Expr) -> Option<BlockId> {
        self.by_expr.get(&(e as *const Expr)).copied()
    }
}

/// Builds and analyses the symbol table of `module`, or returns the first error of the pass.
pub(crate) fn build(module: &Mod) -> Result<SymbolTable, SyntaxError> {
    let mut b = Builder {
        table: SymbolTable {
            blocks: Vec::new(),
            by_stmt: HashMap::new(),
            by_expr: HashMap::new(),
        },
        cur: 0,
        private: None,
    };
    b.new_block(BlockKind::Module, "top", 0);
    match module {
        Mod::Module { body } | Mod::Interactive { body } => b.stmts(body)?,
        Mod::Expression { body } => b.expr(body)?,
    }
    let mut table = b.table;
    analyze(&mut table)?;
    Ok(table)
}

struct Builder<'a> {
    table: SymbolTable,
    cur: BlockId,
    /// The enclosing class's name, for mangling.
    private: Option<&'a str>,
}

/// Work still to do while walking expressions.
enum Task<'a> {
    Expr(&'a Expr),
    Slice(&'a Slice),
    /// After a `yield`'s value: mark the block a generator.
    YieldDone(&'a Expr),
    /// Open a lambda's block and define its parameters.
    EnterLambda(&'a Expr),
    /// Open a comprehension's block (the outermost iterable was walked outside it).
    EnterComprehension(&'a Expr, bool),
    ExitBlock,
}

impl<'a> WalkTask<'a> for Task<'a> {
    fn expr(e: &'a Expr) -> Self {
        Task::Expr(e)
    }
    fn slice(s: &'a Slice) -> Self {
        Task::Slice(s)
    }
}

impl<'a> Builder<'a> {
    fn new_block(&mut self, kind: BlockKind, name: &str, lineno: u32) -> BlockId {
        let id = self.table.blocks.len();
        let nested = if id == 0 {
            false
        } else {
            let parent = &self.table.blocks[self.cur];
            parent.nested || parent.kind == BlockKind::Function
        };
        self.table.blocks.push(Block {
            kind,
            name: name.to_string(),
            lineno,
            nested,
            parent: self.cur,
            names: Vec::new(),
            index: HashMap::new(),
            children: Vec::new(),
            generator: false,
            returns_value: false,
            unoptimized: 0,
            opt_lineno: 0,
            free: false,
            child_free: false,
            cells: HashSet::new(),
            resolved: HashMap::new(),
            free_class: HashSet::new(),
        });
        if id != 0 {
            self.table.blocks[self.cur].children.push(id);
        }
        self.cur = id;
        id
    }

    fn exit_block(&mut self) {
        self.cur = self.table.blocks[self.cur].parent;
    }

    /// `symtable_add_def`.
    fn add_def(&mut self, name: &str, flag: u8) -> Result<(), SyntaxError> {
        let key = mangled(self.private, name);
        let block = &mut self.table.blocks[self.cur];
        match block.index.get(&key) {
            Some(&i) => {
                if flag & DEF_PARAM != 0 && block.names[i].1 & DEF_PARAM != 0 {
                    return Err(error(
                        format!("duplicate argument '{}' in function definition", name),
                        block.lineno,
                    ));
                }
                block.names[i].1 |= flag;
            }
            None => {
                block.index.insert(key.clone(), block.names.len());
                block.names.push((key.clone(), flag));
            }
        }
        if flag & DEF_GLOBAL != 0 {
            // CPython also records every `global` declaration among the module's own names, so
            // the name is a declared global for every function, even ones analysed before.
            self.add_to_block(0, key, DEF_GLOBAL);
        }
        Ok(())
    }

    fn add_to_block(&mut self, id: BlockId, key: String, flag: u8) {
        let block = &mut self.table.blocks[id];
        match block.index.get(&key) {
            Some(&i) => block.names[i].1 |= flag,
            None => {
                block.index.insert(key.clone(), block.names.len());
                block.names.push((key, flag));
            }
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

    fn stmt(&mut self, s: &'a Stmt) -> Result<(), SyntaxError> {
        let lineno = s.pos.lineno;
        match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
            } => {
                self.add_def(name, DEF_LOCAL)?;
                self.exprs(&args.defaults)?;
                self.exprs(decorator_list)?;
                let id = self.new_block(BlockKind::Function, name, lineno);
                self.table.by_stmt.insert(s as *const Stmt, id);
                self.arguments(args)?;
                self.stmts(body)?;
                self.exit_block();
            }
            StmtKind::ClassDef {
                name,
                bases,
                body,
                decorator_list,
            } => {
                self.add_def(name, DEF_LOCAL)?;
                self.exprs(bases)?;
                self.exprs(decorator_list)?;
                let id = self.new_block(BlockKind::Class, name, lineno);
                self.table.by_stmt.insert(s as *const Stmt, id);
                let saved = self.private.replace(name);
                self.stmts(body)?;
                self.private = saved;
                self.exit_block();
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    let block = &mut self.table.blocks[self.cur];
                    block.returns_value = true;
                    if block.generator {
                        return Err(error(RETURN_IN_GENERATOR, lineno));
                    }
                }
            }
            StmtKind::Delete { .. }
            | StmtKind::Print { .. }
            | StmtKind::Raise { .. }
            | StmtKind::Assert { .. } => visit::simple_stmt(s, |e| self.expr(e))?,
            StmtKind::Assign { targets, value } => {
                self.exprs(targets)?;
                self.expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With {
                context_expr,
                optional_vars,
                body,
            } => {
                self.expr(context_expr)?;
                self.opt_expr(optional_vars)?;
                self.stmts(body)?;
            }
            StmtKind::TryExcept {
                body,
                handlers,
                orelse,
            } => {
                self.stmts(body)?;
                self.stmts(orelse)?;
                for h in handlers {
                    self.opt_expr(&h.type_)?;
                    self.opt_expr(&h.name)?;
                    self.stmts(&h.body)?;
                }
            }
            StmtKind::TryFinally { body, finalbody } => {
                self.stmts(body)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    self.alias(alias)?;
                }
                let block = &mut self.table.blocks[self.cur];
                if block.unoptimized != 0 && block.opt_lineno == 0 {
                    block.opt_lineno = lineno;
                }
            }
            StmtKind::Exec {
                body,
                globals,
                locals,
            } => {
                self.expr(body)?;
                let block = &mut self.table.blocks[self.cur];
                if block.opt_lineno == 0 {
                    block.opt_lineno = lineno;
                }
                if let Some(g) = globals {
                    block.unoptimized |= OPT_EXEC;
                    self.expr(g)?;
                    self.opt_expr(locals)?;
                } else {
                    block.unoptimized |= OPT_BARE_EXEC;
                }
            }
            StmtKind::Global { names } => {
                for name in names {
                    self.add_def(name, DEF_GLOBAL)?;
                }
            }
            StmtKind::Expr { value } => self.expr(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    /// `symtable_visit_alias`: binds the first component of a dotted name (or the `as` name).
    fn alias(&mut self, alias: &Alias) -> Result<(), SyntaxError> {
        let name = alias.asname.as_ref().unwrap_or(&alias.name);
        if name == "*" {
            // Outside the module CPython warns (`import * only allowed at module level`).
            self.table.blocks[self.cur].unoptimized |= OPT_IMPORT_STAR;
            return Ok(());
        }
        let store = name.split('.').next().unwrap_or(name);
        self.add_def(store, DEF_IMPORT)
    }

    /// `symtable_visit_arguments`: top-level parameters (a tuple parameter as the implicit `.N`),
    /// then `*args` and `**kwargs`, then the names inside tuple parameters.
    fn arguments(&mut self, args: &'a Arguments) -> Result<(), SyntaxError> {
        self.params(&args.args, true)?;
        if let Some(v) = &args.vararg {
            self.add_def(v, DEF_PARAM)?;
        }
        if let Some(k) = &args.kwarg {
            self.add_def(k, DEF_PARAM)?;
        }
        self.nested_params(&args.args)
    }

    fn params(&mut self, params: &'a [Expr], toplevel: bool) -> Result<(), SyntaxError> {
        for (i, p) in params.iter().enumerate() {
            match &p.kind {
                ExprKind::Name { id, .. } => self.add_def(id, DEF_PARAM)?,
                ExprKind::Tuple { .. } if toplevel => {
                    self.add_def(&format!(".{}", i), DEF_PARAM)?
                }
                ExprKind::Tuple { .. } => {}
                _ => {
                    let lineno = self.table.blocks[self.cur].lineno;
                    return Err(error("invalid expression in parameter list", lineno));
                }
            }
        }
        if !toplevel {
            self.nested_params(params)?;
        }
        Ok(())
    }

    /// Tuple parameters nest as deep as their parentheses: walked with a stack, in CPython's order
    /// (a tuple's names, then its sub-tuples).
    fn nested_params(&mut self, params: &'a [Expr]) -> Result<(), SyntaxError> {
        let mut stack: Vec<std::slice::Iter<'a, Expr>> = vec![params.iter()];
        while let Some(top) = stack.last_mut() {
            match top.next() {
                Some(Expr {
                    kind: ExprKind::Tuple { elts, .. },
                    ..
                }) => {
                    for e in elts {
                        match &e.kind {
                            ExprKind::Name { id, .. } => self.add_def(id, DEF_PARAM)?,
                            ExprKind::Tuple { .. } => {}
                            _ => {
                                let lineno = self.table.blocks[self.cur].lineno;
                                return Err(error("invalid expression in parameter list", lineno));
                            }
                        }
                    }
                    stack.push(elts.iter());
                }
                Some(_) => {}
                None => {
                    stack.pop();
                }
            }
        }
        Ok(())
    }

    /// `symtable_visit_expr`, with an explicit stack.
    fn expr(&mut self, root: &'a Expr) -> Result<(), SyntaxError> {
        let mut stack = vec![Task::Expr(root)];
        while let Some(task) = stack.pop() {
            match task {
                Task::Expr(e) => self.expr_node(e, &mut stack)?,
                Task::Slice(s) => visit::push_slice_children(&mut stack, s),
                Task::YieldDone(e) => {
                    let block = &mut self.table.blocks[self.cur];
                    block.generator = true;
                    if block.returns_value {
                        return Err(error(RETURN_IN_GENERATOR, e.pos.lineno));
                    }
                }
                Task::EnterLambda(e) => {
                    if let ExprKind::Lambda { args, .. } = &e.kind {
                        let id = self.new_block(BlockKind::Function, "lambda", e.pos.lineno);
                        self.table.by_expr.insert(e as *const Expr, id);
                        self.arguments(args)?;
                    }
                }
                Task::EnterComprehension(e, is_generator) => {
                    let name = match e.kind {
                        ExprKind::SetComp { .. } => "setcomp",
                        ExprKind::DictComp { .. } => "dictcomp",
                        _ => "genexpr",
                    };
                    let id = self.new_block(BlockKind::Function, name, e.pos.lineno);
                    self.table.by_expr.insert(e as *const Expr, id);
                    self.table.blocks[self.cur].generator = is_generator;
                    self.add_def(".0", DEF_PARAM)?;
                }
                Task::ExitBlock => self.exit_block(),
            }
        }
        Ok(())
    }

    /// Visits `e` itself and pushes its children, so they are walked in symtable.c's order.
    fn expr_node(&mut self, e: &'a Expr, stack: &mut Vec<Task<'a>>) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Lambda { args, body } => {
                stack.push(Task::ExitBlock);
                stack.push(Task::Expr(body));
                stack.push(Task::EnterLambda(e));
                visit::push_all(stack, &args.defaults);
            }
            ExprKind::Dict { keys, values } => {
                // All keys, then all values (the code generator goes value, key, value, key).
                visit::push_all(stack, values);
                visit::push_all(stack, keys);
            }
            ExprKind::ListComp { elt, generators } => {
                // In the current block: the element, then each loop's target, iterable, ifs.
                for g in generators.iter().rev() {
                    visit::push_all(stack, &g.ifs);
                    stack.push(Task::Expr(&g.iter));
                    stack.push(Task::Expr(&g.target));
                }
                stack.push(Task::Expr(elt));
            }
            ExprKind::GeneratorExp { elt, generators } | ExprKind::SetComp { elt, generators } => {
                comprehension(stack, e, generators, elt, None);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => comprehension(stack, e, generators, key, Some(value)),
            ExprKind::Yield { value } => {
                stack.push(Task::YieldDone(e));
                if let Some(v) = value {
                    stack.push(Task::Expr(v));
                }
            }
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == ExprContext::Load {
                    USE
                } else {
                    DEF_LOCAL
                };
                self.add_def(id, flag)?;
            }
            _ => visit::push_children(stack, e),
        }
        Ok(())
    }
}

/// `symtable_handle_comprehension`: the outermost iterable in the current block; then, in the new
/// block, the outermost target and ifs, the other loops (target, iterable, ifs), the value of a
/// dict comprehension, and the element (or key).
fn comprehension<'a>(
    stack: &mut Vec<Task<'a>>,
    e: &'a Expr,
    generators: &'a [Comprehension],
    elt: &'a Expr,
    value: Option<&'a Expr>,
) {
    let Some(outermost) = generators.first() else {
        return;
    };
    stack.push(Task::ExitBlock);
    stack.push(Task::Expr(elt));
    if let Some(v) = value {
        stack.push(Task::Expr(v));
    }
    for g in generators[1..].iter().rev() {
        visit::push_all(stack, &g.ifs);
        stack.push(Task::Expr(&g.iter));
        stack.push(Task::Expr(&g.target));
    }
    visit::push_all(stack, &outermost.ifs);
    stack.push(Task::Expr(&outermost.target));
    let is_generator = matches!(e.kind, ExprKind::GeneratorExp { .. });
    stack.push(Task::EnterComprehension(e, is_generator));
    stack.push(Task::Expr(&outermost.iter));
}

const RETURN_IN_GENERATOR: &str = "'return' with argument inside generator";

/// Where a name resolves (`analyze_name`); cells are recorded in `Block::cells`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
}

/// One block being analysed: what it passes down to its children and what they reported so far.
struct Frame {
    block: BlockId,
    /// This block's names that resolved free (reported up with the children's).
    free: HashSet<String>,
    scopes: Vec<Scope>,
    newbound: HashSet<String>,
    newglobal: HashSet<String>,
    /// Free names reported by the children analysed so far.
    allfree: HashSet<String>,
    next_child: usize,
    /// The names the enclosing function scopes bind (`None` for the module).
    bound: Option<HashSet<String>>,
}

/// `symtable_analyze`: resolves every block's names, depth first, and raises the analysis errors.
fn analyze(table: &mut SymbolTable) -> Result<(), SyntaxError> {
    let mut stack = vec![enter(table, 0, None, HashSet::new())?];
    while let Some(frame) = stack.last_mut() {
        let block = &table.blocks[frame.block];
        if let Some(&child) = block.children.get(frame.next_child) {
            frame.next_child += 1;
            // Each child gets its own copies of what this block passes down.
            let bound = Some(frame.newbound.clone());
            let global = frame.newglobal.clone();
            let child_frame = enter(table, child, bound, global)?;
            stack.push(child_frame);
            continue;
        }
        let mut frame = stack.pop().expect("frame present");
        let mut newfree = std::mem::take(&mut frame.allfree);
        let block = &mut table.blocks[frame.block];
        if block.kind == BlockKind::Function {
            // `analyze_cells`: locals used by a nested scope become cells.
            for (i, (name, _)) in block.names.iter().enumerate() {
                if frame.scopes[i] == Scope::Local && newfree.remove(name) {
                    block.cells.insert(name.clone());
                }
            }
        }
        record_scopes(block, &frame, &newfree);
        check_unoptimized(block)?;
        let has_free = block.free || block.child_free;
        frame.free.extend(newfree);
        if let Some(parent) = stack.last_mut() {
            parent.allfree.extend(frame.free);
            if has_free {
                table.blocks[parent.block].child_free = true;
            }
        }
    }
    Ok(())
}

/// The first half of `analyze_block`: resolves the block's own names against what its enclosing
/// blocks bind (`bound`) and declare global (`global`), and computes what it passes to its children.
fn enter(
    table: &mut SymbolTable,
    id: BlockId,
    mut bound: Option<HashSet<String>>,
    mut global: HashSet<String>,
) -> Result<Frame, SyntaxError> {
    let block = &mut table.blocks[id];
    // A parameter declared global: CPython reports the first such name in its dict's order.
    let param_globals: Vec<usize> = (0..block.names.len())
        .filter(|&i| block.names[i].1 & DEF_GLOBAL != 0 && block.names[i].1 & DEF_PARAM != 0)
        .collect();
    if !param_globals.is_empty() {
        let keys: Vec<&str> = block.names.iter().map(|(n, _)| n.as_str()).collect();
        let first = dict_order(&keys)
            .into_iter()
            .find(|i| param_globals.contains(i))
            .unwrap_or(param_globals[0]);
        return Err(error(
            format!("name '{}' is local and global", block.names[first].0),
            block.lineno,
        ));
    }

    let bound_in = bound.clone();
    let mut newbound = HashSet::new();
    let mut newglobal = HashSet::new();
    if block.kind == BlockKind::Class {
        // A class's names are invisible to the functions inside it.
        if let Some(b) = &bound {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    }
    let mut free = HashSet::new();
    let mut local = HashSet::new();
    let mut scopes = Vec::with_capacity(block.names.len());
    for (name, flags) in &block.names {
        let scope = if flags & DEF_GLOBAL != 0 {
            global.insert(name.clone());
            if let Some(b) = &mut bound {
                b.remove(name);
            }
            Scope::GlobalExplicit
        } else if flags & DEF_BOUND != 0 {
            local.insert(name.clone());
            global.remove(name);
            Scope::Local
        } else if bound.as_ref().is_some_and(|b| b.contains(name)) {
            block.free = true;
            free.insert(name.clone());
            Scope::Free
        } else if global.contains(name) {
            Scope::GlobalImplicit
        } else {
            if block.nested {
                block.free = true;
            }
            Scope::GlobalImplicit
        };
        scopes.push(scope);
    }
    if block.kind != BlockKind::Class {
        if block.kind == BlockKind::Function {
            newbound.extend(local);
        }
        if let Some(b) = bound {
            newbound.extend(b);
        }
        newglobal.extend(global);
    }
    Ok(Frame {
        block: id,
        free,
        scopes,
        newbound,
        newglobal,
        allfree: HashSet::new(),
        next_child: 0,
        bound: bound_in,
    })
}

/// `update_symbols`: records where each of the block's names resolves, and the names that are
/// free in it only because a nested scope (`newfree`: what its children left free) uses a
/// variable of an enclosing function. Such a name passes through class bodies too; a class that
/// binds it itself keeps its own binding and marks it `free_class`.
fn record_scopes(block: &mut Block, frame: &Frame, newfree: &HashSet<String>) {
    let mut resolved = HashMap::with_capacity(block.names.len());
    for (i, (name, _)) in block.names.iter().enumerate() {
        let scope = match frame.scopes[i] {
            Scope::Local if block.cells.contains(name) => NameScope::Cell,
            Scope::Local => NameScope::Local,
            Scope::GlobalExplicit => NameScope::GlobalExplicit,
            Scope::GlobalImplicit => NameScope::GlobalImplicit,
            Scope::Free => NameScope::Free,
        };
        resolved.insert(name.clone(), scope);
    }
    for name in newfree {
        if let Some(&i) = block.index.get(name) {
            if block.kind == BlockKind::Class && block.names[i].1 & (DEF_BOUND | DEF_GLOBAL) != 0 {
                block.free_class.insert(name.clone());
            }
            continue;
        }
        if frame.bound.as_ref().is_some_and(|b| b.contains(name)) {
            resolved.insert(name.clone(), NameScope::Free);
        }
    }
    block.resolved = resolved;
}

/// `check_unoptimized`: a function using `import *` or a bare `exec` must not be nested with free
/// variables, nor contain a function with free variables.
fn check_unoptimized(block: &Block) -> Result<(), SyntaxError> {
    if block.kind != BlockKind::Function
        || block.unoptimized == 0
        || !(block.free || block.child_free)
    {
        return Ok(());
    }
    let trailer = if block.child_free {
        "contains a nested function with free variables"
    } else {
        "is a nested function"
    };
    let name = truncate(&block.name, 100);
    // CPython matches the exact flag set: a qualified exec plus a bare one falls to the last case.
    let msg = match block.unoptimized {
        OPT_EXEC => return Ok(()),
        OPT_IMPORT_STAR => format!(
            "import * is not allowed in function '{}' because it {}",
            name, trailer
        ),
        OPT_BARE_EXEC => format!(
            "unqualified exec is not allowed in function '{}' because it {}",
            name, trailer
        ),
        _ => format!(
            "function '{}' uses import * and bare exec, which are illegal because it {}",
            name, trailer
        ),
    };
    Err(error(msg, block.opt_lineno))
}

/// The order in which CPython 2.7 iterates a dict of `str` keys inserted in the given order (no
/// deletions): returns indices into `keys`.
pub(super) fn dict_order(keys: &[&str]) -> Vec<usize> {
    let mut table: DictTable<&str, usize> = DictTable::new();
    let mut eq = |a: &&str, b: &&str| Ok::<bool, Infallible>(a == b);
    for (i, key) in keys.iter().enumerate() {
        let Ok(_) = table.set_item(key, str_hash(key.as_bytes()), i, &mut eq);
    }
    table.iter().map(|(_, _, &i)| i).collect()
}
