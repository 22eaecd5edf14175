//! The CFG: the one representation of code that the interpreter (tier 0) runs and the LLVM tiers
//! compile. Built from the AST by `compile::lower`; knows nothing of the runtime.
//!
//! A [`CodeUnit`] is one scope's code (module, function, lambda, class body, generator expression,
//! set/dict comprehension; a list comprehension is inline in its scope, as in Python 2). It holds
//! basic blocks of simple instructions over numbered *slots* (the frame's registers), plus the
//! constants and names the instructions refer to. Nested scopes' units are constants of their
//! parent ([`Const::Code`]).
//!
//! Slots: `0 .. n_locals` are the fast locals named by `local_names` (parameters first, in
//! CPython's `co_varnames` order); the rest are temporaries. A slot holds a reference or nothing
//! (unbound); only `LoadFast`/`DeleteFast` look at whether a local is bound. Cells are a separate
//! array: `cellvars` then `freevars` (CPython's `co_cellvars` + `co_freevars`), indexed by `Cell`.
//! A parameter that is also a cell variable is copied into its cell by the unit's first
//! instructions (`StoreDeref` from its local slot).
//!
//! Operands that are consecutive slots are given as a [`SlotRange`], so the interpreter can pass
//! call arguments as a slice of the frame without copying.
//!
//! Control flow: every block ends in one [`Terminator`]. Exceptions: every block has an optional
//! `handler`. When an instruction (or the terminator) of a block raises, the pending exception is
//! left in the thread state and control goes to the handler; a handler block's first instruction
//! is always `FetchExc`, which moves the exception into slots (and makes it the frame's
//! `sys.exc_info()`). With no handler, the exception leaves the unit (traceback entry added).
//! `try/finally` is lowered with a selector slot: each way into the `finally` body (falling
//! through, an exception, `return`, `break`, `continue`) stores a small int in the selector, and
//! the end of the body is a `Switch` on it back to the right continuation (a `Reraise`, a `Return`,
//! a jump to the loop's exit or header).
//!
//! Line numbers: each instruction and terminator carries the source line CPython 2.7's code
//! generator would attribute to it (a statement's line, raised by a sub-expression on a later
//! line, never lowered within a statement). Tracebacks and `f_lineno` read them.
//!
//! Loop headers (the targets of backedges: `while` tests, `for` iteration blocks) are listed in
//! `loop_headers`; their index is the OSR entry point number and the backedge-counter index.
//! Sites that record type feedback (binary/compare ops, attribute access, calls, subscripts) carry
//! a `site` number `< n_sites`.
//!
//! Invariants (checked by `compile::verify`): every slot < `n_slots`, every cell <
//! `cellvars.len() + freevars.len()`, every block id < `blocks.len()`, every const/name index in
//! range; block 0 is the entry; every handler block starts with `FetchExc`.

use num_bigint::BigInt;

/// A frame slot (local variable or temporary).
pub type Slot = u32;
/// An index into `CodeUnit::blocks`.
pub type BlockId = u32;
/// An index into `CodeUnit::consts`.
pub type ConstId = u32;
/// An index into `CodeUnit::names` (attribute, global and module names).
pub type NameId = u32;
/// An index into the frame's cells: `cellvars` then `freevars`.
pub type CellId = u32;
/// A type-feedback site.
pub type SiteId = u32;

/// `len` consecutive slots starting at `start` (possibly empty).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlotRange {
    pub start: Slot,
    pub len: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitKind {
    Module,
    /// `def`.
    Function,
    Lambda,
    /// A class body: runs with a locals dict (`LoadName`/`StoreName`) and ends `Return` of
    /// `LoadLocals`.
    Class,
    /// A generator expression (`<genexpr>`): a generator function of one argument `.0`, the
    /// iterator of its first loop.
    GenExpr,
    /// `{...}` set and dict comprehensions (`<setcomp>`, `<dictcomp>`): a function of `.0`.
    SetComp,
    DictComp,
    /// Code given to `eval` (its unit returns the expression's value).
    Eval,
    /// Code compiled in `single` mode (interactive statement: expression statements print).
    Interactive,
}

/// Compile-time constants. The runtime turns them into objects once per code object.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    Long(BigInt),
    Float(f64),
    /// An imaginary literal or folded complex: `real + imag*j`.
    Complex {
        real: f64,
        imag: f64,
    },
    Str(Vec<u8>),
    /// Code points (lone surrogates allowed).
    Unicode(Vec<u32>),
    Tuple(Vec<Const>),
    /// A nested scope's code.
    Code(Box<CodeUnit>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    /// `/` without `from __future__ import division` (classic division).
    Div,
    /// `/` with `from __future__ import division`.
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Not,
    Neg,
    Pos,
    Invert,
    /// Backquotes: `` `x` `` is `repr(x)`.
    Repr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
}

/// One simple operation. `dst` slots receive the result; every other slot operand is read.
#[derive(Clone, Debug, PartialEq)]
pub enum Inst {
    /// `dst = consts[c]`.
    Const {
        dst: Slot,
        c: ConstId,
    },
    /// `dst = src` (src is bound).
    Move {
        dst: Slot,
        src: Slot,
    },
    /// `dst = local`; UnboundLocalError `local variable 'x' referenced before assignment` if the
    /// local is unbound.
    LoadFast {
        dst: Slot,
        local: Slot,
    },
    /// Unbind a local; UnboundLocalError as `LoadFast` if it is unbound.
    DeleteFast {
        local: Slot,
    },
    /// `dst = cells[cell].contents`; NameError `free variable 'x' referenced before assignment
    /// in enclosing scope` (a free variable) or UnboundLocalError `local variable 'x' referenced
    /// before assignment` (own cell variable) if empty.
    LoadDeref {
        dst: Slot,
        cell: CellId,
    },
    StoreDeref {
        cell: CellId,
        src: Slot,
    },
    /// `dst = cells[cell]` itself (for building closures).
    LoadClosure {
        dst: Slot,
        cell: CellId,
    },
    /// Globals, then builtins; NameError `global name 'x' is not defined`.
    LoadGlobal {
        dst: Slot,
        name: NameId,
    },
    StoreGlobal {
        name: NameId,
        src: Slot,
    },
    /// NameError `global name 'x' is not defined` if absent (CPython's message for DELETE_GLOBAL
    /// is `name 'x' is not defined`; the interpreter uses CPython's).
    DeleteGlobal {
        name: NameId,
    },
    /// The frame's locals mapping, then globals, then builtins; NameError `name 'x' is not
    /// defined`. Used at module level, in class bodies and in unoptimized functions.
    LoadName {
        dst: Slot,
        name: NameId,
    },
    StoreName {
        name: NameId,
        src: Slot,
    },
    DeleteName {
        name: NameId,
    },
    /// `dst` = the frame's locals mapping (class bodies return it; `locals()` is a builtin call).
    LoadLocals {
        dst: Slot,
    },

    Binary {
        dst: Slot,
        op: BinOp,
        a: Slot,
        b: Slot,
        site: SiteId,
    },
    /// Augmented assignment: tries `__iop__` first.
    InPlace {
        dst: Slot,
        op: BinOp,
        a: Slot,
        b: Slot,
        site: SiteId,
    },
    Unary {
        dst: Slot,
        op: UnOp,
        a: Slot,
    },
    Compare {
        dst: Slot,
        op: CmpOp,
        a: Slot,
        b: Slot,
        site: SiteId,
    },
    /// `dst = bool(a)` as a bool object (used where a value, not a branch, is needed).
    Truth {
        dst: Slot,
        a: Slot,
    },

    GetAttr {
        dst: Slot,
        obj: Slot,
        name: NameId,
        site: SiteId,
    },
    /// `obj.name` looked up to be called at once (`obj.name(...)`, CPython 3.7's LOAD_METHOD):
    /// when the attribute is a function or method descriptor found on `obj`'s type by the generic
    /// lookup (not shadowed by the instance), `dst` = that function and `self_` = `obj`, and no
    /// bound method is made; otherwise `dst` = `obj.name` and `self_` is left unbound. `self_` is
    /// the first slot of the following method `Call`'s arguments.
    LoadMethod {
        dst: Slot,
        self_: Slot,
        obj: Slot,
        name: NameId,
        site: SiteId,
    },
    SetAttr {
        obj: Slot,
        name: NameId,
        src: Slot,
        site: SiteId,
    },
    DelAttr {
        obj: Slot,
        name: NameId,
    },
    GetItem {
        dst: Slot,
        obj: Slot,
        key: Slot,
        site: SiteId,
    },
    SetItem {
        obj: Slot,
        key: Slot,
        src: Slot,
    },
    DelItem {
        obj: Slot,
        key: Slot,
    },
    /// Simple slices `o[lo:hi]` (CPython's SLICE+n: `__getslice__` first, for old and new
    /// classes, with missing bounds as 0 and sys.maxint; else a slice object with `None`s).
    GetSlice {
        dst: Slot,
        obj: Slot,
        lo: Option<Slot>,
        hi: Option<Slot>,
    },
    SetSlice {
        obj: Slot,
        lo: Option<Slot>,
        hi: Option<Slot>,
        src: Slot,
    },
    DelSlice {
        obj: Slot,
        lo: Option<Slot>,
        hi: Option<Slot>,
    },
    /// `dst = slice(lo, hi, step)` with `None` for missing parts (extended slices).
    BuildSlice {
        dst: Slot,
        lo: Option<Slot>,
        hi: Option<Slot>,
        step: Option<Slot>,
    },

    BuildTuple {
        dst: Slot,
        items: SlotRange,
    },
    BuildList {
        dst: Slot,
        items: SlotRange,
    },
    BuildSet {
        dst: Slot,
        items: SlotRange,
    },
    /// An empty dict (displays fill it with `DictSet` in CPython's evaluation order).
    BuildDict {
        dst: Slot,
    },
    /// `dict[key] = value` on a dict built by `BuildDict` (displays, dict comprehensions).
    DictSet {
        dict: Slot,
        key: Slot,
        value: Slot,
    },
    /// `list.append(item)` on a list built by `BuildList` (list comprehensions).
    ListAppend {
        list: Slot,
        item: Slot,
    },
    /// `set.add(item)` on a set built by `BuildSet` (set comprehensions).
    SetAdd {
        set: Slot,
        item: Slot,
    },
    /// Unpack an iterable into exactly `dsts.len` slots; ValueError `need more than N values to
    /// unpack` / `too many values to unpack`, TypeError for a non-iterable.
    Unpack {
        src: Slot,
        dsts: SlotRange,
    },

    /// `dst = func(*args)`: the last `kwnames.len()` slots of `args` are keyword arguments named by
    /// the `Const::Tuple` of `Const::Str` at `kwnames`; `star` is `*expr`, `dstar` is `**expr`.
    /// A `method` call's first argument slot is a `LoadMethod`'s `self_`: passed when bound,
    /// skipped when unbound.
    Call {
        dst: Slot,
        func: Slot,
        args: SlotRange,
        kwnames: Option<ConstId>,
        star: Option<Slot>,
        dstar: Option<Slot>,
        site: SiteId,
        method: bool,
    },
    /// `dst = iter(src)`.
    GetIter {
        dst: Slot,
        src: Slot,
    },

    /// A function object over the `Const::Code` at `code`, with the frame's globals, the given
    /// default values, and the closure cells (`LoadClosure` results, in the callee's `freevars`
    /// order).
    MakeFunction {
        dst: Slot,
        code: ConstId,
        defaults: SlotRange,
        closure: SlotRange,
    },
    /// `dst` = a class: the metaclass is `__metaclass__` in `dict`, else the first base's class,
    /// else the global `__metaclass__`, else classic class (CPython 2.7's rule); called as
    /// `meta(name, bases, dict)`. `name` is a `Const::Str`; `bases` a tuple slot.
    MakeClass {
        dst: Slot,
        name: ConstId,
        bases: Slot,
        dict: Slot,
    },

    /// `dst = __import__(name, globals, None-or-locals, fromlist, level)` as IMPORT_NAME does;
    /// `name` is a `Const::Str`, `fromlist` a slot (None or a tuple of str), `level` -1 for
    /// implicit relative imports (no `from __future__ import absolute_import`), else >= 0.
    Import {
        dst: Slot,
        name: ConstId,
        fromlist: Slot,
        level: i32,
    },
    /// `dst = module.name`; ImportError `cannot import name x` if absent.
    ImportFrom {
        dst: Slot,
        module: Slot,
        name: NameId,
    },
    /// `from module import *` into the frame's locals mapping (`__all__`, else public names).
    ImportStar {
        module: Slot,
    },

    /// `print` of one item: `dest` None/absent means sys.stdout; applies the softspace rules
    /// (a space before the item if the file's softspace is set; softspace set afterwards unless
    /// the item is a str/unicode ending in a whitespace other than ' ').
    PrintItem {
        dest: Option<Slot>,
        value: Slot,
    },
    /// The newline at the end of a `print` without a trailing comma (clears softspace).
    PrintNewline {
        dest: Option<Slot>,
    },
    /// An expression statement in `single` mode: `sys.displayhook(value)`.
    PrintExpr {
        value: Slot,
    },

    /// `exec code in globals, locals` (either may be absent: the current frame's).
    Exec {
        code: Slot,
        globals: Option<Slot>,
        locals: Option<Slot>,
    },

    /// First instruction of a handler block: take the pending exception (type, value,
    /// traceback) into slots; it becomes the frame's current exception (`sys.exc_info()`) until
    /// the frame returns or another exception is caught.
    FetchExc {
        ty: Slot,
        value: Slot,
        tb: Slot,
    },
    /// `dst = True` if the exception type in `ty` matches `pattern` (a class or a tuple of
    /// classes, nested tuples too, as `except pattern:` does).
    ExcMatch {
        dst: Slot,
        ty: Slot,
        pattern: Slot,
    },

    /// `with mgr:` entry: looks up `__exit__` then `__enter__` (AttributeError as CPython),
    /// calls `__enter__()` into `value`, and keeps the bound `__exit__` in `exit`.
    WithEnter {
        exit: Slot,
        value: Slot,
        mgr: Slot,
    },
    /// `dst = exit(ty, value, tb)` (all three `None` on normal exit); a true result on the
    /// exception path suppresses the exception.
    WithExit {
        dst: Slot,
        exit: Slot,
        ty: Slot,
        value: Slot,
        tb: Slot,
    },

    /// `dst` = a small int (selector values for `Switch`).
    SetInt {
        dst: Slot,
        value: i64,
    },
    /// Clear a slot (temporaries that must not keep objects alive, e.g. after `with`).
    Clear {
        slot: Slot,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Terminator {
    Jump(BlockId),
    /// Truth value of `cond` (`__nonzero__`, `__len__`, ...) decides.
    Branch {
        cond: Slot,
        if_true: BlockId,
        if_false: BlockId,
    },
    Return {
        value: Slot,
    },
    /// `raise`, `raise E`, `raise E, V`, `raise E, V, TB` (CPython 2.7's three-argument rules).
    /// With no operands: re-raise the frame's current exception (TypeError `exceptions must be
    /// old-style classes or derived from BaseException, not NoneType` when there is none).
    Raise {
        ty: Option<Slot>,
        value: Option<Slot>,
        tb: Option<Slot>,
    },
    /// Re-raise an exception held in slots (end of a `finally` or unmatched `except`), keeping its
    /// traceback as it is.
    Reraise {
        ty: Slot,
        value: Slot,
        tb: Slot,
    },
    /// `dst = next(iter)` and go to `body`; on exhaustion go to `exit`.
    ForIter {
        iter: Slot,
        dst: Slot,
        body: BlockId,
        exit: BlockId,
    },
    /// Generators: suspend, producing `value`; when resumed by `send(v)`/`next()`, `dst = v`
    /// (None for next) and continue at `resume`. When resumed by `throw()`/`close()`, the
    /// exception is raised at this terminator (this block's handler applies).
    Yield {
        value: Slot,
        dst: Slot,
        resume: BlockId,
    },
    /// Go to `targets[int(sel)]` (selector set by `SetInt`).
    Switch {
        sel: Slot,
        targets: Vec<BlockId>,
    },
    /// Never reached (after a `return` in dead code, etc.).
    Unreachable,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub insts: Vec<Inst>,
    /// Source line of each instruction (same length as `insts`).
    pub lines: Vec<u32>,
    pub term: Terminator,
    pub term_line: u32,
    /// Where an exception raised in this block goes (a block starting with `FetchExc`).
    pub handler: Option<BlockId>,
    /// `Some(i)` when this block is `loop_headers[i]`.
    pub loop_header: Option<u32>,
}

/// Parameters as CPython's code object sees them.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Params {
    /// Positional parameters (`co_argcount`); they are locals `0 .. argcount`. Tuple parameters
    /// appear as `.0`, `.2`, ... (CPython's names) and are unpacked by the first instructions.
    pub argcount: u32,
    /// `*args` local (the next local after the positional ones), if any.
    pub varargs: bool,
    /// `**kwargs` local (after `*args`), if any.
    pub varkw: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CodeUnit {
    pub kind: UnitKind,
    /// `co_name`: the function/class name, `<module>`, `<lambda>`, `<genexpr>`, ...
    pub name: String,
    pub filename: String,
    pub first_line: u32,
    pub params: Params,
    /// Yield appears in it (`CO_GENERATOR`).
    pub is_generator: bool,
    /// The unit reads and writes names through a locals mapping (module, class body, or a
    /// function using `import *` / bare `exec`): `LoadName`/`StoreName`.
    pub uses_locals_dict: bool,
    /// `from __future__` flags in force (inherited by `exec`/`eval`/`compile` of strings).
    pub future_division: bool,
    pub future_print_function: bool,
    pub future_unicode_literals: bool,
    pub future_absolute_import: bool,
    /// `co_varnames`: names of slots `0 .. n_locals`.
    pub local_names: Vec<String>,
    pub n_locals: u32,
    /// Total slots (locals + temporaries).
    pub n_slots: u32,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub consts: Vec<Const>,
    pub names: Vec<String>,
    /// The docstring (`__doc__` of functions, classes and modules), if the body starts with one.
    pub doc: Option<Const>,
    pub blocks: Vec<Block>,
    pub loop_headers: Vec<BlockId>,
    pub n_sites: u32,
}
